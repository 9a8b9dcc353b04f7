import { clientLabels, clientSpecificity, readClientLabels, type ReadClientKind } from '../clients.ts';
import type { Finding, Span } from './classify-error.ts';
import { spanToOriginal, type NormalizedPaste } from './normalize-paste.ts';
import { PhraseScanner } from './phrase-scanner.ts';

/** A phrase that names the client, beyond the gateway's hint: an app's own wording, a wrapper's name. */
export interface ClientEvidenceSignal {
  readonly phrase: string;
  readonly client: ReadClientKind;
  /** The product, for third-party wrappers ("ClawX"). */
  readonly name?: string;
  readonly wholeWord?: boolean;
  readonly says: string;
}

export interface ClientEvidence {
  readonly client: ReadClientKind;
  readonly span: Span;
  readonly says: string;
}

export interface ClientReading {
  readonly client: ReadClientKind;
  /** "the macOS app", "a third-party app or wrapper (ClawX)". */
  readonly label: string;
  /** Every clue, in paste order; the first decisive one is `decidedBy`. */
  readonly evidence: readonly ClientEvidence[];
  readonly decidedBy: ClientEvidence;
}

// `client=<id> <mode>` on the gateway's `[ws]` lines (SOURCE-FACTS §1.5): bounded runs, linear.
const clientFieldRegex = /\bclient=([\w.-]{1,64})[ \t]{1,4}(\w{1,16})/g;
const platformFieldRegex = /\bplatform=([\w.-]{1,32})/y;
/** Words of a gateway log line about a rejected connect (lower-case: the text is lower-cased). */
const failureOnLine = /unauthori[sz]ed|reason=\S|pairing|rejected|denied|mismatch/i;
/** A huge log repeats the same clue thousands of times; the first ones say it all. */
const maxCluesPerKind = 20;

function kindFromClientField(id: string, mode: string, platform: string): ReadClientKind {
  const lowerId = id.toLowerCase();
  const lowerMode = mode.toLowerCase();
  if (lowerId.includes('control-ui') || lowerMode === 'webchat') return 'control-ui';
  if (lowerMode === 'probe') return 'probe';
  if (lowerMode === 'cli') return 'cli';
  if (lowerMode === 'node' || lowerId === 'node-host') return 'node';
  if (lowerId.includes('macos') || /^(?:darwin|macos)/i.test(platform)) return 'macos-app';
  if (lowerId.includes('windows') || /^(?:win32|windows)/i.test(platform)) return 'windows-app';
  if (lowerMode === 'ui') return 'mobile-app';
  return 'other-client';
}

const scanners = new WeakMap<readonly ClientEvidenceSignal[], PhraseScanner>();

function scannerFor(signals: readonly ClientEvidenceSignal[]): PhraseScanner {
  let scanner = scanners.get(signals);
  if (!scanner) {
    scanner = new PhraseScanner(signals);
    scanners.set(signals, scanner);
  }
  return scanner;
}

/**
 * Which client failed, for the whole paste. The top finding's own client (the hint the gateway
 * chose, or the wrapper around the reason) decides when it names a specific client; when it
 * only says "another client" or nothing, the most specific other clue decides: a gateway log
 * `client=` field, an app's own wording, a wrapper's name.
 */
export function inferClient(
  paste: NormalizedPaste,
  findings: readonly Finding[],
  signals: readonly ClientEvidenceSignal[],
): ClientReading | null {
  const evidence: ClientEvidence[] = [];
  const names = new Map<ClientEvidence, string>();
  const top = findings[0];
  let fromTop: ClientEvidence | null = null;
  if (top?.client && top.clientSpan) {
    fromTop = {
      client: top.client,
      span: top.clientSpan,
      says: `The text around the error is what OpenClaw prints for ${clientLabels[top.client]}.`,
    };
    evidence.push(fromTop);
  }

  // Client ids and modes are lower-case: read them from the lower-cased paste when it keeps offsets.
  const text = paste.lowerCase() ?? paste.text;
  let fieldClues = 0;
  clientFieldRegex.lastIndex = 0;
  for (let match = clientFieldRegex.exec(text); match; match = clientFieldRegex.exec(text)) {
    const id = match[1] ?? '';
    const mode = match[2] ?? '';
    // Only a failing connect names the failing client: healthy "[ws] connected … client=" lines
    // are noise. Look at the same line within a bounded window (a 1 MB line must stay linear).
    const before = text.slice(Math.max(0, match.index - 300), match.index);
    const lineBefore = before.slice(before.lastIndexOf('\n') + 1);
    const after = text.slice(match.index, match.index + 600);
    const newline = after.indexOf('\n');
    const line = newline === -1 ? after : after.slice(0, newline);
    if (!failureOnLine.test(lineBefore + line)) {
      // The rest of this window was just read: skip it (keeps a 1 MB line of client= fields linear).
      clientFieldRegex.lastIndex = Math.max(clientFieldRegex.lastIndex, match.index + line.length);
      continue;
    }
    if (fieldClues >= maxCluesPerKind) break;
    fieldClues += 1;
    const platformAt = line.indexOf('platform=');
    let platform = '';
    if (platformAt >= 0) {
      platformFieldRegex.lastIndex = platformAt;
      platform = platformFieldRegex.exec(line)?.[1] ?? '';
    }
    const client = kindFromClientField(id, mode, platform);
    evidence.push({
      client,
      span: spanToOriginal(paste, match.index, match.index + match[0].length),
      says: `The gateway log names the client "${id}" in ${mode} mode.`,
    });
  }

  let phraseClues = 0;
  for (const hit of scannerFor(signals).scan(paste)) {
    if (phraseClues >= maxCluesPerKind) break;
    phraseClues += 1;
    const signal = signals[hit.entries[0] ?? -1];
    if (!signal) continue;
    const item = { client: signal.client, span: spanToOriginal(paste, hit.start, hit.end), says: signal.says };
    evidence.push(item);
    if (signal.name) names.set(item, signal.name);
  }
  if (evidence.length === 0) return null;
  evidence.sort((a, b) => a.span.start - b.span.start);

  let decidedBy: ClientEvidence | null = fromTop && fromTop.client !== 'other-client' ? fromTop : null;
  if (!decidedBy) {
    for (const item of evidence) {
      if (!decidedBy || clientSpecificity[item.client] > clientSpecificity[decidedBy.client]) decidedBy = item;
    }
  }
  if (!decidedBy) return null;
  const name = names.get(decidedBy);
  return {
    client: decidedBy.client,
    label: `${readClientLabels[decidedBy.client]}${name ? ` (${name})` : ''}`,
    evidence,
    decidedBy,
  };
}
