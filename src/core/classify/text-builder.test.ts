import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TextBuilder } from './text-builder.ts';

const source = 'unauthorized: gateway token mismatch │ é 😀 '.repeat(40);

// A slice of `source` (short ones are copied, long ones kept) or one code unit.
const step = fc.oneof(
  fc.tuple(fc.nat(source.length), fc.nat(300)).map(([start, length]) => ({
    start,
    end: Math.min(source.length, start + length),
  })),
  fc.integer({ min: 0, max: 0xffff }),
);

describe('TextBuilder', () => {
  it('builds exactly the concatenation of its pieces, across blocks of any size, with its length', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 400 }), fc.integer({ min: 0, max: 20000 }), (steps, expectedLength) => {
        const builder = new TextBuilder(expectedLength);
        let expected = '';
        for (const piece of steps) {
          if (typeof piece === 'number') {
            builder.appendCode(piece);
            expected += String.fromCharCode(piece);
          } else {
            builder.appendSlice(source, piece.start, piece.end);
            expected += source.slice(piece.start, piece.end);
          }
        }
        expect(builder.length).toBe(expected.length);
        expect(builder.toString()).toBe(expected);
      }),
      { numRuns: 200 },
    );
  });
});
