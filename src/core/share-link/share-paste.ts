import { buildExcerpt } from '../classify/build-excerpt.ts';
import type { Diagnosis } from '../classify/classify-error.ts';
import type { Platform } from '../platforms.ts';
import { redactSecrets, type RedactionKind } from '../redact/mask-secrets.ts';
import { encodeShareFragment, type EncodeResult, type ShareCompression } from './share-link-codec.ts';

/*
 * The share fragment for a paste, as "Share this diagnosis" and `error-doctor classify` build it:
 * the whole paste (redacted) when it fits in a link, otherwise the lines around every match.
 */

export type RedactionCounts = Readonly<Partial<Record<RedactionKind, number>>>;

export interface SharedPaste {
  readonly result: EncodeResult;
  /** True when only the lines around the matches are shared (the paste was too long for a link). */
  readonly excerpt: boolean;
  /** What redaction removed from what is shared. */
  readonly removed: RedactionCounts;
}

/**
 * The lines around every match: what a long paste shares instead of itself. Masked while it is cut
 * (a cut must not split a secret from its key), so what was removed is counted on the way.
 */
function excerptOf(paste: string, diagnosis: Diagnosis): { text: string; counts: RedactionCounts } {
  const counts: Partial<Record<RedactionKind, number>> = {};
  const mask = (text: string): string => {
    const redaction = redactSecrets(text);
    for (const [kind, count] of Object.entries(redaction.counts) as [RedactionKind, number][]) {
      counts[kind] = (counts[kind] ?? 0) + count;
    }
    return redaction.text;
  };
  const spans = diagnosis.findings.flatMap((finding) => finding.spans);
  const text = buildExcerpt(paste, spans, { contextLines: 3, maxMatches: 10, mask })
    .map((part) => (part.kind === 'gap' ? `\n… ${part.skippedLines} lines skipped …\n` : part.text))
    .join('');
  return { text, counts };
}

export async function sharePaste(
  paste: string,
  diagnosis: Diagnosis,
  platform: Platform | undefined,
  compression: ShareCompression,
): Promise<SharedPaste> {
  const whole = await encodeShareFragment({ paste, platform }, compression);
  if (whole.ok) return { result: whole, excerpt: false, removed: redactSecrets(paste).counts };
  // Too long for a link: share the lines around the matches instead of the whole log.
  const excerpt = excerptOf(paste, diagnosis);
  const result = await encodeShareFragment({ paste: excerpt.text, platform, excerpt: true }, compression);
  return { result, excerpt: true, removed: excerpt.counts };
}
