import type { FixStep } from '../error-class-schema.ts';
import type { VersionReading } from '../versions/infer-version.ts';
import type { Diagnosis, Finding, Span } from './classify-error.ts';

/**
 * Sequences in a paste that change the advice: what one line cannot say, the order of several
 * can. Pure: reads the diagnosis and the version reading, never the text again.
 */
export type InsightId = 'locked-out-after-failed-attempts' | 'mismatch-after-upgrade';

export interface Insight {
  readonly id: InsightId;
  readonly title: string;
  /** Plain text; `{count}`, `{from}` and `{to}` in the rule's text are filled in. */
  readonly text: string;
  readonly steps: readonly FixStep[];
  /** The lines that make the sequence, in paste order (original offsets). */
  readonly spans: readonly Span[];
}

interface InsightText {
  readonly title: string;
  readonly text: string;
  readonly steps: readonly FixStep[];
}

export interface SequenceRules {
  /** A lockout class preceded by the failures that count towards it. */
  readonly lockout: InsightText & { readonly lockoutId: string; readonly failureIds: readonly string[] };
  /** A credential mismatch in a paste that also shows an upgrade. */
  readonly upgrade: InsightText & {
    readonly mismatchIds: readonly string[];
    /** Used for `{from}` when the paste names only the new version. */
    readonly unknownFrom: string;
  };
}

function fill(text: string, values: Record<string, string>): string {
  return text.replace(/\{(count|from|to)\}/g, (whole, key: string) => values[key] ?? whole);
}

function lockoutAfterFailures(findings: readonly Finding[], rules: SequenceRules['lockout']): Insight | null {
  const lockout = findings.find((finding) => finding.id === rules.lockoutId);
  const firstLock = lockout?.spans[0];
  if (!lockout || !firstLock) return null;
  const before: Span[] = [];
  for (const finding of findings) {
    if (!rules.failureIds.includes(finding.id)) continue;
    before.push(...finding.spans.filter((span) => span.start < firstLock.start));
  }
  if (before.length === 0) return null;
  before.sort((a, b) => a.start - b.start);
  return {
    id: 'locked-out-after-failed-attempts',
    title: rules.title,
    text: fill(rules.text, { count: String(before.length) }),
    steps: rules.steps,
    spans: [...before, firstLock],
  };
}

function mismatchAfterUpgrade(
  findings: readonly Finding[],
  version: VersionReading,
  rules: SequenceRules['upgrade'],
): Insight | null {
  const mismatchSpans = findings
    .filter((finding) => rules.mismatchIds.includes(finding.id))
    .flatMap((finding) => finding.spans);
  if (mismatchSpans.length === 0) return null;
  const named = version.evidence.filter((item) => item.version !== null && item.kind !== 'client-field');
  const note = named.find((item) => item.kind === 'user-note');
  const newVersion = version.named.length >= 2 ? version.exact : (note?.version ?? null);
  if (newVersion === null) return null;
  // Two banners: the mismatch must come after the new version first shows. A note from the
  // user ("after updating to …") is about the whole paste, wherever it stands.
  const upgradeAt = note ?? named.find((item) => item.version === newVersion && item.kind === 'banner');
  if (!upgradeAt) return null;
  const after = note ? mismatchSpans : mismatchSpans.filter((span) => span.start >= upgradeAt.span.end);
  if (after.length === 0) return null;
  const older = version.named.filter((named) => named !== newVersion);
  return {
    id: 'mismatch-after-upgrade',
    title: rules.title,
    text: fill(rules.text, { from: older[0] ?? rules.unknownFrom, to: newVersion }),
    steps: rules.steps,
    spans: [upgradeAt.span, ...after.slice(0, 1)].sort((a, b) => a.start - b.start),
  };
}

/** The insights of a paste, most important first (a lockout must be cleared before anything else). */
export function detectSequences(diagnosis: Diagnosis, version: VersionReading, rules: SequenceRules): Insight[] {
  const insights: Insight[] = [];
  const lockout = lockoutAfterFailures(diagnosis.findings, rules.lockout);
  if (lockout) insights.push(lockout);
  const upgrade = mismatchAfterUpgrade(diagnosis.findings, version, rules.upgrade);
  if (upgrade) insights.push(upgrade);
  return insights;
}
