import { describe, expect, it } from 'vitest';
import type { Catalogue } from '../catalogue.ts';
import type { ErrorClass } from '../error-class-schema.ts';
import { inferVersion } from '../versions/infer-version.ts';
import { classifyError } from './classify-error.ts';
import { detectSequences, type SequenceRules } from './detect-sequences.ts';
import { normalizePaste } from './normalize-paste.ts';

function errorClass(id: string, phrase: string): ErrorClass {
  return {
    id,
    title: id,
    summary: 'summary for tests',
    explanation: ['explanation for tests'],
    signatures: [{ phrase, certainty: 'exact' }],
    examples: ['xxx'],
    nearMisses: ['yyy'],
    causes: [{ id: 'c', title: 'a cause', explanation: 'an explanation', likelihood: 50, steps: [{ title: 'do it' }] }],
    verify: { expect: 'it works' },
  };
}

const catalogue: Catalogue = {
  errorClasses: [
    errorClass('device-mismatch', 'unauthorized: device mismatch'),
    errorClass('locked', 'unauthorized: too many attempts'),
    errorClass('pairing', 'pairing required'),
  ],
  clientSignals: [],
};

const rules: SequenceRules = {
  lockout: {
    lockoutId: 'locked',
    failureIds: ['device-mismatch'],
    title: 'Stop retrying',
    text: '{count} failures, then locked',
    steps: [{ title: 'restart' }],
  },
  upgrade: {
    mismatchIds: ['device-mismatch'],
    unknownFrom: 'an earlier version',
    title: 'After an upgrade',
    text: 'from {from} to {to}',
    steps: [{ title: 'checklist' }],
  },
};

function insightsOf(paste: string) {
  const diagnosis = classifyError(paste, catalogue);
  return detectSequences(diagnosis, inferVersion(normalizePaste(paste), []), rules);
}

const texts = (paste: string, spans: readonly { start: number; end: number }[]): string[] =>
  spans.map((span) => paste.slice(span.start, span.end));

describe('detectSequences', () => {
  it('says "stop retrying" when mismatches come before a lockout, spanning every line of it', () => {
    const paste =
      'unauthorized: device mismatch\nunauthorized: device mismatch\nunauthorized: device mismatch\nunauthorized: too many attempts\n';
    const [insight, ...rest] = insightsOf(paste);
    expect(rest).toEqual([]);
    expect(insight?.id).toBe('locked-out-after-failed-attempts');
    expect(insight?.text).toBe('3 failures, then locked');
    expect(texts(paste, insight?.spans ?? [])).toEqual([
      'unauthorized: device mismatch',
      'unauthorized: device mismatch',
      'unauthorized: device mismatch',
      'unauthorized: too many attempts',
    ]);
  });

  it('says nothing about a lockout alone, or mismatches only after it', () => {
    expect(insightsOf('unauthorized: too many attempts')).toEqual([]);
    expect(insightsOf('unauthorized: too many attempts\nunauthorized: device mismatch')).toEqual([]);
    expect(insightsOf('pairing required\nunauthorized: too many attempts')).toEqual([]);
  });

  it('points at the post-upgrade checklist when a mismatch follows a new version banner', () => {
    const paste = 'OpenClaw 2026.2.9 (a)\nok\nOpenClaw 2026.2.15 (b)\nunauthorized: device mismatch\n';
    const [insight] = insightsOf(paste);
    expect(insight?.id).toBe('mismatch-after-upgrade');
    expect(insight?.text).toBe('from 2026.2.9 to 2026.2.15');
    expect(texts(paste, insight?.spans ?? [])).toEqual(['OpenClaw 2026.2.15', 'unauthorized: device mismatch']);
  });

  it('takes the user’s own "updated to" note as the upgrade', () => {
    const [insight] = insightsOf('unauthorized: device mismatch\nthis started after I upgraded to 2026.2.15');
    expect(insight?.text).toBe('from an earlier version to 2026.2.15');
  });

  it('ignores an upgrade when the mismatch came before it, or when there is no mismatch', () => {
    expect(insightsOf('unauthorized: device mismatch\nOpenClaw 2026.2.9 (a)\nOpenClaw 2026.2.15 (b)')).toEqual([]);
    expect(insightsOf('OpenClaw 2026.2.9 (a)\nOpenClaw 2026.2.15 (b)\npairing required')).toEqual([]);
    expect(insightsOf('OpenClaw 2026.2.15 (b)\nunauthorized: device mismatch')).toEqual([]);
  });
});
