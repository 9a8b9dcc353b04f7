import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Catalogue } from '../catalogue.ts';
import type { ErrorClass } from '../error-class-schema.ts';
import { classifyError, maxSpansPerFinding } from './classify-error.ts';

function errorClass(id: string, signatures: ErrorClass['signatures']): ErrorClass {
  return {
    id,
    title: id,
    summary: 'summary',
    explanation: ['explanation'],
    signatures,
    examples: ['xxx'],
    nearMisses: ['yyy'],
    causes: [{ id: 'cause', title: 'a cause', explanation: 'why', likelihood: 50, steps: [{ title: 'do it' }] }],
    verify: { expect: 'it works' },
  };
}

const catalogue: Catalogue = {
  errorClasses: [
    errorClass('alpha-mismatch', [
      { phrase: 'unauthorized: alpha token mismatch', certainty: 'exact' },
      { phrase: 'ALPHA_MISMATCH', certainty: 'exact', wholeWord: true },
      { phrase: 'set alpha to match', certainty: 'weak', weight: 0.45, hint: true },
      { phrase: 'token mismatch', certainty: 'weak', weight: 0.3, wholeWord: true },
    ]),
    errorClass('beta-missing', [{ phrase: 'unauthorized: beta token missing', certainty: 'exact' }]),
  ],
  clientSignals: [
    { phrase: 'set alpha to match', client: 'cli', position: 'hint' },
    { phrase: 'disconnected (1008):', client: 'control-ui', position: 'wrapper' },
  ],
};

const paste = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        'unauthorized: alpha token mismatch',
        'unauthorized:\x1b[31m alpha\\ntoken  mismatch',
        'ALPHA_MISMATCH',
        '(set alpha to match)',
        'disconnected (1008): ',
        'unauthorized: beta token missing',
        'token mismatch',
        '\x1b[0m',
        '\n',
        '│',
      ),
      fc.string({ maxLength: 30 }),
      fc.string({ unit: 'binary', maxLength: 30 }),
    ),
    { maxLength: 40 },
  )
  .map((parts) => parts.join(''));

describe('classifyError properties', () => {
  it('never throws, and every span and client span lies inside the paste, in order', () => {
    fc.assert(
      fc.property(paste, (text) => {
        const diagnosis = classifyError(text, catalogue);
        for (const finding of diagnosis.findings) {
          expect(finding.spans.length).toBeGreaterThan(0);
          expect(finding.spans.length).toBeLessThanOrEqual(maxSpansPerFinding);
          expect(finding.occurrences).toBeGreaterThanOrEqual(finding.spans.length);
          expect(finding.confidence).toBeGreaterThan(0);
          expect(finding.confidence).toBeLessThanOrEqual(1);
          let previousEnd = 0;
          for (const span of [...finding.spans, ...(finding.clientSpan ? [finding.clientSpan] : [])]) {
            expect(span.start).toBeGreaterThanOrEqual(0);
            expect(span.end).toBeGreaterThan(span.start);
            expect(span.end).toBeLessThanOrEqual(text.length);
          }
          for (const span of finding.spans) {
            expect(span.start).toBeGreaterThanOrEqual(previousEnd);
            previousEnd = span.end;
          }
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('always finishes on adversarial repetitions of near-phrases (linear time)', () => {
    for (const unit of ['unauthorized: alpha token ', 'token ', ' ', '\\n', 'ALPHA_', '\x1b[', '\x1b]', '[31', '│ ']) {
      const text = unit.repeat(Math.ceil(500_000 / unit.length));
      expect(Array.isArray(classifyError(text, catalogue).findings)).toBe(true);
    }
  });
});
