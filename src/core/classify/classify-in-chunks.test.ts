import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Catalogue } from '../catalogue.ts';
import type { ErrorClass } from '../error-class-schema.ts';
import { classifyError } from './classify-error.ts';
import { classifyAllChunks, classifyInChunks, splitIntoChunks } from './classify-in-chunks.ts';

function errorClass(id: string, signatures: ErrorClass['signatures'], kind?: ErrorClass['kind']): ErrorClass {
  return {
    id,
    title: id,
    summary: 'summary for tests',
    explanation: ['explanation for tests'],
    signatures,
    examples: ['x'.repeat(3)],
    nearMisses: ['y'.repeat(3)],
    causes: [
      { id: 'cause', title: 'a cause', explanation: 'an explanation', likelihood: 50, steps: [{ title: 'do it' }] },
    ],
    verify: { expect: 'it works' },
    ...(kind ? { kind } : {}),
  };
}

// Shaped like the real catalogue: exact reasons, a shared hint, loose fragments, a wrapper class.
const catalogue: Catalogue = {
  errorClasses: [
    errorClass('alpha-mismatch', [
      { phrase: 'unauthorized: alpha token mismatch', certainty: 'exact' },
      { phrase: 'ALPHA_MISMATCH', certainty: 'exact', wholeWord: true },
      { phrase: 'set alpha to match', certainty: 'weak', weight: 0.45, hint: true },
      { phrase: 'mismatch', certainty: 'weak', weight: 0.3, wholeWord: true },
    ]),
    errorClass('beta-missing', [
      { phrase: 'unauthorized: beta token missing', certainty: 'exact' },
      { phrase: 'set alpha to match', certainty: 'weak', weight: 0.35, hint: true },
    ]),
    errorClass('connect-failed', [{ phrase: 'gateway connect failed', certainty: 'strong' }], 'wrapper'),
  ],
  clientSignals: [
    { phrase: 'set alpha to match', client: 'cli', position: 'hint' },
    { phrase: 'disconnected (1008):', client: 'control-ui', position: 'wrapper' },
  ],
};

const fragments = [
  'unauthorized: alpha token mismatch',
  'unauthorized: beta\ntoken missing',
  'ALPHA_MISMATCH',
  ' (set alpha to match)',
  'disconnected (1008): ',
  'gateway connect failed: ',
  'mismatch',
  'mismatches',
  '\x1b[31m',
  '\x1b[0m',
  '\x1b]8;;http://x\x07',
  '\n',
  '\r\n',
  ' ',
  '2026-03-02T21:40:11.955Z [gateway/ws] heartbeat ok conn=c81f\n',
  '\u0000',
  '\ud800',
  'é😀',
];

const pasteArbitrary = fc
  .array(
    fc.oneof(
      { arbitrary: fc.constantFrom(...fragments), weight: 4 },
      { arbitrary: fc.string({ maxLength: 40 }), weight: 1 },
      { arbitrary: fc.integer({ min: 200, max: 3000 }).map((length) => 'x'.repeat(length)), weight: 1 },
      { arbitrary: fc.integer({ min: 20, max: 300 }).map((lines) => 'noise line\n'.repeat(lines)), weight: 2 },
    ),
    { minLength: 5, maxLength: 80, size: 'max' },
  )
  .map((parts) => parts.join(''));

describe('classifyInChunks', () => {
  it('cuts the paste into line-aligned chunks that cover it exactly', () => {
    fc.assert(
      fc.property(pasteArbitrary, fc.integer({ min: 1, max: 5000 }), (paste, chunkSize) => {
        const chunks = splitIntoChunks(paste, chunkSize);
        let expectedStart = 0;
        for (const [index, chunk] of chunks.entries()) {
          expect(chunk.start).toBe(expectedStart);
          expect(chunk.end).toBeGreaterThan(chunk.start);
          if (index < chunks.length - 1) expect(paste[chunk.end - 1]).toBe('\n');
          expectedStart = chunk.end;
        }
        expect(expectedStart).toBe(paste.length);
      }),
    );
  });

  it('gives exactly the answer classifyError gives, for any paste and chunk size', () => {
    fc.assert(
      fc.property(pasteArbitrary, fc.integer({ min: 1024, max: 8192 }), (paste, chunkSize) => {
        expect(classifyAllChunks(paste, catalogue, { chunkSize })).toEqual(classifyError(paste, catalogue));
      }),
      { numRuns: 300 },
    );
  });

  it('finds a reason buried in the middle of a large log, with its client, at the pasted offsets', () => {
    const noise = '2026-03-02T21:40:11.955Z [gateway/ws] heartbeat ok conn=c81f\n'.repeat(20_000);
    const line = 'disconnected (1008): unauthorized: alpha token mismatch (set alpha to match)\n';
    const paste = noise + line + noise;
    const diagnosis = classifyAllChunks(paste, catalogue, { chunkSize: 64 * 1024 });
    expect(diagnosis).toEqual(classifyError(paste, catalogue));
    const [top] = diagnosis.findings;
    expect(top?.id).toBe('alpha-mismatch');
    expect(top?.client).toBe('cli');
    const span = top?.spans[0];
    expect(span && paste.slice(span.start, span.end)).toBe('unauthorized: alpha token mismatch');
  });

  it('reports progress chunk by chunk up to the whole paste, and can be stopped after any step', () => {
    const paste = 'noise line\n'.repeat(50_000);
    const steps = classifyInChunks(paste, catalogue, { chunkSize: 64 * 1024 });
    const progress: number[] = [];
    for (let step = steps.next(); !step.done; step = steps.next()) progress.push(step.value.done);
    expect(progress.length).toBeGreaterThan(5);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    expect(progress.at(-1)).toBe(paste.length);
    // Stopping: a generator that is never resumed does no more work.
    const stopped = classifyInChunks(paste, catalogue, { chunkSize: 64 * 1024 });
    expect(stopped.next().done).toBe(false);
    expect(stopped.return({ findings: [], runnerUp: null }).done).toBe(true);
  });
});
