import { describe, expect, it } from 'vitest';
import { leakedPieces, plantedSecrets } from '../redact/planted-secrets.fixture.ts';
import { buildExcerpt, type ExcerptPart } from './build-excerpt.ts';

const error = 'unauthorized: gateway token mismatch';

function spanOf(text: string, phrase = error): { start: number; end: number } {
  const start = text.indexOf(phrase);
  return { start, end: start + phrase.length };
}

function joined(parts: readonly ExcerptPart[]): string {
  return parts.map((part) => (part.kind === 'gap' ? `\n… ${part.skippedLines} lines skipped …\n` : part.text)).join('');
}

/** The text pieces only, without gap markers. */
function shownText(parts: readonly ExcerptPart[]): string {
  return parts.map((part) => (part.kind === 'gap' ? '' : part.text)).join('');
}

describe('buildExcerpt', () => {
  const log = ['one', 'two', 'three', 'four', `gateway closed (1008): ${error}`, 'five', 'six', 'seven', 'eight'].join(
    '\n',
  );

  it('shows the matched line with its context lines and says how many lines it skipped', () => {
    const parts = buildExcerpt(log, [spanOf(log)], { contextLines: 2 });
    expect(parts).toEqual([
      { kind: 'gap', skippedLines: 2 },
      { kind: 'text', text: 'three\nfour\ngateway closed (1008): ' },
      { kind: 'match', text: error },
      { kind: 'text', text: '\nfive\nsix' },
      { kind: 'gap', skippedLines: 2 },
    ]);
  });

  it('masks the secrets in what it shows, or applies the mask it is given', () => {
    const withToken = log.replace('four', `OPENCLAW_GATEWAY_TOKEN=${'ab12'.repeat(12)}`);
    expect(joined(buildExcerpt(withToken, [spanOf(withToken)]))).toContain('OPENCLAW_GATEWAY_TOKEN=[redacted]');
    const seen: string[] = [];
    const parts = buildExcerpt(withToken, [spanOf(withToken)], { mask: (text) => (seen.push(text), text) });
    expect(joined(parts)).toContain('ab12ab12ab12');
    expect(seen.join('')).toBe(shownText(parts));
  });

  it('keeps a long line readable: at most maxLineLength on each side of the match', () => {
    const line = `${'x'.repeat(5000)} ${error} ${'y'.repeat(5000)}`;
    const text = shownText(buildExcerpt(line, [spanOf(line)], { maxLineLength: 400 }));
    expect(text).toBe(`${'x'.repeat(399)} ${error} ${'y'.repeat(399)}`);
  });

  // A JSON log line with a secret, then a long field, then the error: wherever the 400-character
  // cut falls (before the key, between key and value, inside the value, after it), no piece of
  // the secret is shown. Masking after the cut would leave `…Token_PnLXo9jjgru", "b": …` bare.
  for (const planted of plantedSecrets) {
    it(`never cuts a long line inside a ${planted.kind}`, () => {
      const cutsInside: number[] = [];
      for (let filler = 300; filler <= 400 + planted.line.length; filler += 1) {
        const line = `{"time":"2026-03-02T21:40:11Z", ${planted.line} "detail":"${'y'.repeat(filler)}","msg":"${error}"}`;
        const paste = `gateway starting\n${line}\ngateway stopped`;
        const shown = joined(buildExcerpt(paste, [spanOf(paste)], { contextLines: 3, maxLineLength: 400 }));
        expect(shown).toContain(error);
        expect(leakedPieces(shown, planted.secret), `filler ${filler}: ${shown.slice(0, 80)}`).toEqual([]);
        if (shown.length < line.length) cutsInside.push(filler);
      }
      // The loop really cut the line at every position around the secret.
      expect(cutsInside.length).toBeGreaterThan(planted.line.length);
    });
  }
});
