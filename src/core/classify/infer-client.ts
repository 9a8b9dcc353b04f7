import { clientLabels, clientSpecificity, readClientLabels, type ReadClientKind } from '../clients.ts';
import type { Finding, Span } from './classify-error.ts';
import { compilePhrase } from './compile-signature.ts';
import { spanToOriginal, type NormalizedPaste } from './normalize-paste.ts';

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

const compiledSignals = new WeakMap<readonly ClientEvidenceSignal[], RegExp | null>();

function signalRegex(signals: readonly ClientEvidenceSignal[]): RegExp | null {
  if (compiledSignals.has(signals)) return compiledSignals.get(signals) ?? null;
  const regex =
    signals.length > 0
      ? new RegExp(
          signals
            .map((signal) => `(${compilePhrase(signal.phrase, { wholeWord: signal.wholeWord ?? false })})`)
            .join('|'),
          'gi',
        )
      : null;
  compiledSignals.set(signals, regex);
  return regex;
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

  const text = paste.text;
  clientFieldRegex.lastIndex = 0;
  for (let match = clientFieldRegex.exec(text); match; match = clientFieldRegex.exec(text)) {
    const id = match[1] ?? '';
    const mode = match[2] ?? '';
    // The platform= field comes a few fields later: look on the same line, within a bounded window
    // (a 1 MB line full of client= fields must stay linear).
    const window = text.slice(match.index, match.index + 1000);
    const newline = window.indexOf('\n');
    const line = newline === -1 ? window : window.slice(0, newline);
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

  const regex = signalRegex(signals);
  if (regex) {
    regex.lastIndex = 0;
    for (let match = regex.exec(text); match; match = regex.exec(text)) {
      let group = 1;
      while (group < match.length && match[group] === undefined) group += 1;
      const signal = signals[group - 1];
      if (!signal) continue;
      const item = {
        client: signal.client,
        span: spanToOriginal(paste, match.index, match.index + match[0].length),
        says: signal.says,
      };
      evidence.push(item);
      if (signal.name) names.set(item, signal.name);
    }
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
