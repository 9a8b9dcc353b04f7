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
    // The fold takes a byte path for ASCII text and a piece-by-piece path otherwise: both must
    // give what replacing each construct in turn gives.
    const foldPiece = fc.constantFrom(
      '\\',
      'n',
      'N',
      'r',
      't',
      'T',
      '\\n',
      '\\\\t',
      ' ',
      '\n',
      'x',
      '│',
      '║',
      'é',
      '😀',
    );
    const reference = (text: string): string =>
      text
        .toLowerCase()
        .replace(/[│┃║]/g, ' ')
        .replace(/\\[nr]/g, ' \n')
        .replace(/\\t/g, '  ');
    fc.assert(
      fc.property(fc.array(foldPiece, { maxLength: 60 }), fc.integer({ min: 1, max: 400 }), (pieces, times) => {
        const text = pieces.join('').repeat(times);
        const folded = normalizePaste(text).lowerCase();
        expect(folded).toBe(reference(text));
        expect(folded?.length).toBe(text.length);
      }),
      { numRuns: 300 },
    );
  });
});
