import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizePaste, spanToOriginal, terminalEscapePattern } from './normalize-paste.ts';

// Pieces that make escape sequences, broken ones and look-alikes likely in random text.
const piece = fc.constantFrom(
  '\x1b',
  '[',
  ']',
  '\x1b[',
  '\x1b]',
  '\x07',
  '\\',
  ';',
  'm',
  '31',
  '1234',
  '␛',
  '?',
  ' ',
  '\n',
  'a',
  'Z',
  '@',
  '~',
  '_',
  '/',
  'token',
);

describe('normalizePaste', () => {
  it('strips exactly what the reference pattern strips, and maps every kept character back', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        const original = pieces.join('');
        const normalized = normalizePaste(original);
        expect(normalized.text).toBe(original.replace(new RegExp(terminalEscapePattern.source, 'g'), ''));
        for (let offset = 0; offset < normalized.text.length; offset += 1) {
          expect(original[normalized.toOriginal(offset)]).toBe(normalized.text[offset]);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('strips colour codes with and without their ESC byte, keeping ordinary brackets', () => {
    const original = '\x1b[31mgateway\x1b[0m [1] ␛[1;33mtoken[0m mismatch \x1b]8;;http://x\x07link\x1b]8;;\x07';
    const normalized = normalizePaste(original);
    expect(normalized.text).toBe('gateway [1] token mismatch link');
    const start = normalized.text.indexOf('token');
    expect(spanToOriginal(normalized, start, start + 5)).toEqual({
      start: original.indexOf('token'),
      end: original.indexOf('token') + 5,
    });
  });

  it('folds case, box bars and JSON escapes without moving any offset, in ASCII and other text', () => {
    // A long ASCII paste is folded as bytes, anything else piece by piece: both must give what
    // lower-casing and then replacing each construct in turn gives.
    const asciiPiece = fc.constantFrom('\\', 'n', 'N', 'r', 'R', 't', 'T', '\\n', '\\\\t', ' ', '\n', 'x', 'Q', '[');
    const otherPiece = fc.constantFrom('│', '║', 'é', 'İ', '😀');
    const reference = (text: string): string | null => {
      const lower = text.toLowerCase();
      if (lower.length !== text.length) return null;
      return lower
        .replace(/[│┃║]/g, ' ')
        .replace(/\\[nr]/g, ' \n')
        .replace(/\\t/g, '  ');
    };
    fc.assert(
      fc.property(
        fc.array(asciiPiece, { maxLength: 40 }),
        fc.array(otherPiece, { maxLength: 2 }),
        fc.integer({ min: 1, max: 400 }),
        (pieces, others, times) => {
          const text = [...pieces, ...others].join('').repeat(times);
          const folded = normalizePaste(text).lowerCase();
          expect(folded).toBe(reference(text));
          if (folded !== null) expect(folded.length).toBe(text.length);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('strips a paste made mostly of colour codes the same way, and maps every character back', () => {
    // Past a thousand escapes close together, the rest of an ASCII paste is stripped as bytes;
    // a non-ASCII character after that point keeps it on the piece-by-piece path.
    const asciiPiece = fc.constantFrom(
      '\x1b[31m',
      '\x1b[0m',
      '[1;33m',
      '[0m',
      '\x1b]8;;x\x07',
      '\x1b',
      '[',
      '[1]',
      'ab',
      ' ',
      '\n',
      'm',
      ';',
    );
    const check = (original: string): void => {
      const normalized = normalizePaste(original);
      expect(normalized.text).toBe(original.replace(new RegExp(terminalEscapePattern.source, 'g'), ''));
      // Every character read back through the offset map, in order (one comparison, not one per character).
      const readBack: string[] = [];
      let previous = -1;
      for (let offset = 0; offset < normalized.text.length; offset += 1) {
        const at = normalized.toOriginal(offset);
        readBack.push(at > previous ? (original[at] ?? '') : '<out of order>');
        previous = at;
      }
      expect(readBack.join('')).toBe(normalized.text);
    };
    for (const unit of ['\x1b[31mgateway\x1b[0m \x1b[1mtoken\x1b[22m ', '[31mtoken[0m ']) {
      check(unit.repeat(3000));
      check(`${unit.repeat(3000)}é${unit.repeat(10)}`);
    }
    fc.assert(
      fc.property(fc.array(asciiPiece, { minLength: 1, maxLength: 8 }), fc.boolean(), (pieces, nonAscii) => {
        const unit = `\x1b[1m${pieces.join('')}`;
        check(`${unit.repeat(1100)}${nonAscii ? '│' : ''}${unit.repeat(20)}`);
      }),
      { numRuns: 40 },
    );
  });
});
