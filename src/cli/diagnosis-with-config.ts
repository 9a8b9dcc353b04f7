/*
 * A paste read together with a config, exactly as the doctor page reads them (src/ui/routes/doctor-route.tsx
 * with src/ui/components/config-input.tsx): the config is re-checked against the paste's top error class
 * with `withErrorClass` (so `auth-mode-contradicts-error` and its `config-contradicts-error` fact appear),
 * and the causes of that class are ranked with the failing client's facts plus the config's.
 * `classify --config` and `check-config --error` both go through here, so the terminal never disagrees
 * with the page about the same paste and config.
 */
import { rankCauses, type RankedCause } from '../core/causes/rank-causes.ts';
import type { PasteReading } from '../core/classify/read-paste.ts';
import { withErrorClass, type ConfigAnalysis } from '../core/config/analyze-config-text.ts';
import type { LocatedFinding } from '../core/config/config-finding.ts';
import { rankingFactsFor } from '../core/diagnosis-facts.ts';
import type { ErrorClass } from '../core/error-class-schema.ts';
import type { RankingFact } from '../core/ranking-facts.ts';
import { errorClassById } from '../content/error-classes/index.ts';

export interface DiagnosisWithConfig {
  /** The class of the paste's top finding (the one the page shows the fix guide of), if any. */
  readonly topClass: ErrorClass | undefined;
  /** The config checked against that class; null without a config. */
  readonly analysis: ConfigAnalysis | null;
  readonly facts: ReadonlySet<RankingFact>;
  /** The top class's causes, most likely first, for this client and config; [] when nothing matched. */
  readonly causes: readonly RankedCause[];
}

/** `analysis` is the config read once (`analyzeConfigText(text)`); it is re-checked per paste. */
export function diagnoseWithConfig(reading: PasteReading, analysis: ConfigAnalysis | null): DiagnosisWithConfig {
  // A nearest-known answer is a guess, not a diagnosis: like the page, no fix guide, causes or config check for it.
  const first = reading.diagnosis.findings[0];
  const top = first?.certainty === 'nearest' ? undefined : first;
  const topClass = top ? errorClassById.get(top.id) : undefined;
  const checked = analysis ? withErrorClass(analysis, top?.id ?? null) : null;
  const facts = rankingFactsFor(reading, checked);
  return { topClass, analysis: checked, facts, causes: topClass ? rankCauses(topClass, facts) : [] };
}

/** The config findings: none when there is no config or it could not be read. */
export function configFindings(diagnosis: DiagnosisWithConfig): readonly LocatedFinding[] {
  return diagnosis.analysis?.ok ? diagnosis.analysis.findings : [];
}

/** A config finding in `--json` output (check-config's contract; never a secret value). */
export function configFindingToJson(finding: LocatedFinding) {
  return {
    id: finding.id,
    severity: finding.severity,
    path: finding.path,
    message: finding.message,
    line: finding.line,
    fix: finding.fix,
    commands: finding.commands,
  };
}

/** A ranked cause in `--json` output: the cause's stable id, its title, its score and why it moved. */
export function rankedCauseToJson({ cause, score, reasons }: RankedCause) {
  return { id: cause.id, title: cause.title, score, reasons };
}

/** A config finding for people, with its fix commands. */
export function describeConfigFinding(finding: LocatedFinding, indent = '  '): string {
  const where = `${finding.path}${finding.line === null ? '' : ` (line ${finding.line})`}`;
  const pad = `${indent}        `;
  return [
    `${indent}${finding.severity.padEnd(7)} ${where}`,
    `${pad}${finding.message}`,
    `${pad}fix: ${finding.fix}`,
    ...finding.commands.map((command) => `${pad}  $ ${command}`),
  ].join('\n');
}

/** The most likely cause and why it ranks there, for people. */
export function describeTopCause(causes: readonly RankedCause[], indent: string): string[] {
  const [first] = causes;
  if (!first) return [];
  return [
    `${indent}most likely cause: ${first.cause.title}`,
    ...first.reasons.map((reason) => `${indent}  because: ${reason}`),
  ];
}
