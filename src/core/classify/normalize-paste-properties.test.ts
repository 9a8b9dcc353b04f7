import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizePaste, spanToOriginal, stripTerminalEscapes } from './normalize-paste.ts';

// Terminal output: text interleaved with colour codes, OSC hyperlinks, bare "[31m" leftovers.
const escapes = [
  '\x1b[31m',
  '\x1b[0m',
  '\x1b[1;32m',
  '\x1b]8;;http://x\x07',
  '\x1b]0;title\x1b\\',
  '[31m',
  '␛[0m',
  '\x1b',
];
const terminalText = fc
  .array(fc.oneof(fc.constantFrom(...escapes), fc.string({ maxLength: 20 }), fc.string({ unit: 'binary' })), {
    maxLength: 30,
  })
  .map((parts) => parts.join(''));

describe('normalizePaste properties', () => {
  it('never throws, never grows the text, and agrees with stripTerminalEscapes', () => {
    fc.assert(
      fc.property(terminalText, (paste) => {
        const normalized = normalizePaste(paste);
        expect(normalized.text.length).toBeLessThanOrEqual(paste.length);
        expect(normalized.text).toBe(stripTerminalEscapes(paste));
      }),
      { numRuns: 500 },
    );
  });

  it('maps every normalized offset to the same character in the paste, in order', () => {
    fc.assert(
      fc.property(terminalText, (paste) => {
        const normalized = normalizePaste(paste);
        let previous = -1;
        for (let offset = 0; offset < normalized.text.length; offset += 1) {
          const original = normalized.toOriginal(offset);
          expect(original).toBeGreaterThan(previous);
          expect(paste[original]).toBe(normalized.text[offset]);
          previous = original;
        }
      }),
      { numRuns: 300 },
    );
  });

  it('maps every span inside the paste', () => {
    fc.assert(
      fc.property(terminalText, fc.nat(), fc.nat(), (paste, a, b) => {
        const normalized = normalizePaste(paste);
        const length = normalized.text.length;
        const start = Math.min(a, b) % (length + 1);
        const end = Math.min(length, start + (Math.max(a, b) % 50));
        const span = spanToOriginal(normalized, start, end);
        expect(span.start).toBeGreaterThanOrEqual(0);
        expect(span.end).toBeGreaterThanOrEqual(span.start);
        expect(span.end).toBeLessThanOrEqual(paste.length);
      }),
      { numRuns: 300 },
    );
  });
});
