import type { Span } from '../classify/classify-error.ts';
import { spanToOriginal, type NormalizedPaste } from '../classify/normalize-paste.ts';
import { PhraseScanner } from '../classify/phrase-scanner.ts';
import { compareVersions, intersectBounds, versionInBounds, type VersionBounds } from './openclaw-version.ts';

/** A wording that exists only in some releases: its presence bounds the version. */
export interface VersionSignal {
  /** Literal phrase, compiled like a signature (case-insensitive, flexible whitespace). */
  readonly phrase: string;
  readonly versions: VersionBounds;
  /** Shown as the evidence: "the Control UI hint was reworded in 2026.2.6". */
  readonly says: string;
}

export interface VersionEvidence {
  /**
   * `banner`: `OpenClaw 2026.2.15 (3fe22ea)`; `client-field`: `client=… v2026.3.2` in a gateway log;
   * `user-note`: "updated to 2026.2.15"; `wording`: a message that exists only in some releases.
   */
  readonly kind: 'banner' | 'client-field' | 'user-note' | 'wording';
  /** Where it is in the paste (original offsets). */
  readonly span: Span;
  /** The exact version it names (banner, client field, user note). */
  readonly version: string | null;
  /** The range it implies (wording). */
  readonly bounds: VersionBounds | null;
  readonly says: string;
}

export interface VersionReading {
  /** The version the paste names, the latest one when it names several; null when none. */
  readonly exact: string | null;
  /** Without an exact version: the range every wording allows; null when nothing bounds it. */
  readonly bounds: VersionBounds | null;
  /** Every distinct version named, in the order first seen (two or more: an upgrade in the paste). */
  readonly named: readonly string[];
  /** True when the evidence disagrees (wordings from different releases, or a banner outside them). */
  readonly mixed: boolean;
  readonly evidence: readonly VersionEvidence[];
}

const version = String.raw`(\d{4}\.\d{1,2}\.\d{1,2}(?:-(?:beta\.)?\d{1,3})?)`;
// Each of these is literals, single-class runs and one bounded group: linear time.
const bannerRegex = new RegExp(String.raw`\bopenclaw[ \t]{1,4}v?${version}(?![\d.])`, 'g');
const clientFieldRegex = new RegExp(String.raw`\bclient=[\w.-]{1,64}[ \t]{1,4}\w{1,16}[ \t]{1,4}v${version}`, 'g');
const userNoteRegex = new RegExp(
  String.raw`\b(?:upgraded|updated|upgrading|updating|upgrade|update)[ \t]{1,4}(?:openclaw[ \t]{1,4})?to[ \t]{1,4}v?${version}`,
  'g',
);

const scanners = new WeakMap<readonly VersionSignal[], PhraseScanner>();

function scannerFor(signals: readonly VersionSignal[]): PhraseScanner {
  let scanner = scanners.get(signals);
  if (!scanner) {
    scanner = new PhraseScanner(signals);
    scanners.set(signals, scanner);
  }
  return scanner;
}

function exactEvidence(
  paste: NormalizedPaste,
  regex: RegExp,
  kind: 'banner' | 'client-field' | 'user-note',
  says: (found: string) => string,
): VersionEvidence[] {
  const found: VersionEvidence[] = [];
  // The patterns are lower-case literals: run them on the lower-cased paste when offsets allow.
  const text = paste.lowerCase() ?? paste.text;
  const folding = new RegExp(regex.source, paste.lowerCase() === null ? 'gi' : 'g');
  for (let match = folding.exec(text); match; match = folding.exec(text)) {
    const named = match[1] ?? '';
    found.push({
      kind,
      span: spanToOriginal(paste, match.index, match.index + match[0].length),
      version: named,
      bounds: null,
      says: says(named),
    });
  }
  return found;
}

/**
 * Reads which OpenClaw version wrote a paste: an exact version when a banner, a gateway log
 * client field or the user names one, otherwise the range the wording allows, with the evidence.
 */
export function inferVersion(paste: NormalizedPaste, signals: readonly VersionSignal[]): VersionReading {
  const evidence: VersionEvidence[] = [
    ...exactEvidence(paste, bannerRegex, 'banner', (named) => `The banner names OpenClaw ${named}.`),
    ...exactEvidence(
      paste,
      clientFieldRegex,
      'client-field',
      (named) => `The gateway log names the connecting client's version, ${named}.`,
    ),
    ...exactEvidence(paste, userNoteRegex, 'user-note', (named) => `The text says it was updated to ${named}.`),
  ];
  const seenSignals = new Set<number>();
  for (const hit of scannerFor(signals).scan(paste)) {
    const index = hit.entries[0] ?? -1;
    const signal = signals[index];
    // One piece of evidence per wording is enough; a log repeating it adds nothing.
    if (!signal || seenSignals.has(index)) continue;
    seenSignals.add(index);
    evidence.push({
      kind: 'wording',
      span: spanToOriginal(paste, hit.start, hit.end),
      version: null,
      bounds: signal.versions,
      says: signal.says,
    });
  }
  evidence.sort((a, b) => a.span.start - b.span.start);

  const named: string[] = [];
  for (const item of evidence) {
    if (item.version !== null && !named.some((seen) => compareVersions(seen, item.version ?? '') === 0)) {
      named.push(item.version);
    }
  }
  // The latest release named is what runs now (an upgrade moves forwards).
  const exact = named.reduce<string | null>(
    (latest, candidate) => (latest === null || compareVersions(candidate, latest) > 0 ? candidate : latest),
    null,
  );

  let bounds: VersionBounds | null = null;
  let mixed = false;
  for (const item of evidence) {
    if (!item.bounds) continue;
    const next = intersectBounds(bounds ?? {}, item.bounds);
    if (next === null) mixed = true;
    else bounds = next;
  }
  if (exact !== null) {
    if (evidence.some((item) => item.bounds && !versionInBounds(exact, item.bounds) && named.length === 1))
      mixed = true;
    bounds = null;
  }
  return { exact, bounds, named, mixed, evidence };
}
