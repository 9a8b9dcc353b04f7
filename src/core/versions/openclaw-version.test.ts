import { describe, expect, it } from 'vitest';
import {
  boundsWithin,
  compareVersions,
  describeBounds,
  intersectBounds,
  parseVersion,
  versionInBounds,
} from './openclaw-version.ts';

describe('OpenClaw versions', () => {
  it('compares date versions numerically, ignoring v prefixes and suffixes', () => {
    expect(parseVersion('v2026.2.15-beta.1')).toEqual([2026, 2, 15]);
    expect(parseVersion('latest')).toBeNull();
    expect(compareVersions('2026.2.9', '2026.2.14')).toBeLessThan(0);
    expect(compareVersions('2026.10.1', '2026.9.30')).toBeGreaterThan(0);
    expect(compareVersions('2026.3.2-1', '2026.3.2')).toBe(0);
  });

  it('treats since as inclusive and before as exclusive', () => {
    expect(versionInBounds('2026.2.22', { since: '2026.2.22' })).toBe(true);
    expect(versionInBounds('2026.2.22', { before: '2026.2.22' })).toBe(false);
    expect(versionInBounds('2026.2.21', { before: '2026.2.22' })).toBe(true);
  });

  it('intersects ranges and notices when they cannot both hold', () => {
    expect(intersectBounds({ since: '2026.2.14' }, { before: '2026.3.11' })).toEqual({
      since: '2026.2.14',
      before: '2026.3.11',
    });
    expect(intersectBounds({ since: '2026.2.6' }, { since: '2026.1.24', before: '2026.2.6' })).toBeNull();
    expect(boundsWithin({ since: '2026.3.1', before: '2026.3.5' }, { since: '2026.2.22' })).toBe(true);
    expect(boundsWithin({ since: '2026.2.14' }, { since: '2026.2.22' })).toBe(false);
  });

  it('describes ranges in words', () => {
    expect(describeBounds({ since: '2026.1.24', before: '2026.2.6' })).toBe('2026.1.24 to before 2026.2.6');
    expect(describeBounds({ before: '2026.2.22' })).toBe('before 2026.2.22');
    expect(describeBounds({})).toBe('any version');
  });
});
