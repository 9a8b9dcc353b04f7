import { describe, expect, it } from 'vitest';
import { describeKnownVersion, stepFit, stepVersionLabel } from './step-versions.ts';

const newer = { since: '2026.4.13' };
const older = { before: '2026.2.22' };

describe('version-aware steps', () => {
  it('shows every step, labelled, when the version is unknown', () => {
    expect(stepFit(newer, null)).toBe('unknown');
    expect(stepFit(undefined, null)).toBe('applies');
    expect(stepVersionLabel(newer)).toBe('For OpenClaw 2026.4.13 or newer');
    expect(stepVersionLabel(older)).toBe('For OpenClaw before 2026.2.22');
    expect(stepVersionLabel(undefined)).toBeNull();
  });

  it('decides from an exact version', () => {
    const known = { exact: '2026.2.15', bounds: null };
    expect(stepFit(older, known)).toBe('applies');
    expect(stepFit(newer, known)).toBe('other-version');
    expect(stepFit({ since: '2026.2.15' }, known)).toBe('applies');
    expect(stepFit({ before: '2026.2.15' }, known)).toBe('other-version');
  });

  it('decides from a range only when the whole range is on one side', () => {
    expect(stepFit(older, { exact: null, bounds: { since: '2026.3.11' } })).toBe('other-version');
    expect(stepFit(newer, { exact: null, bounds: { since: '2026.4.13' } })).toBe('applies');
    expect(stepFit(older, { exact: null, bounds: { since: '2026.2.14' } })).toBe('unknown');
    expect(describeKnownVersion({ exact: null, bounds: { since: '2026.2.14' } })).toBe('2026.2.14 or newer');
    expect(describeKnownVersion(null)).toBeNull();
  });
});
