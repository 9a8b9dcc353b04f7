import { describe, expect, it } from 'vitest';
import { describePaste } from './paste-notices.ts';

const kinds = (paste: string): string[] => describePaste(paste).map((notice) => notice.kind);

describe('describePaste', () => {
  it('says nothing about an ordinary error line', () => {
    expect(describePaste('disconnected (1008): unauthorized: gateway token mismatch')).toEqual([]);
  });

  it('recognises binary garbage but not terminal colours', () => {
    const garbage = Array.from({ length: 4000 }, (_, index) => String.fromCharCode((index * 37) % 256)).join('');
    expect(kinds(garbage)).toContain('binary');
    expect(kinds('\x1b[31merror\x1b[0m: unauthorized\t(1008)\r\n'.repeat(100))).not.toContain('binary');
  });

  it('points at a lone surrogate by line and column, and accepts proper pairs', () => {
    const [notice] = describePaste('first line\nsecond \ud83d line');
    expect(notice?.kind).toBe('lone-surrogate');
    expect(notice?.message).toContain('line 2, column 8');
    expect(kinds('emoji 😀 fine')).toEqual([]);
    expect(kinds('trailing low \udc00')).toEqual(['lone-surrogate']);
  });

  it('tells about a giant single line, a million lines and a huge paste', () => {
    expect(kinds('x'.repeat(5 * 1024 * 1024))).toEqual(['large', 'long-line']);
    const million = 'ok\n'.repeat(1_000_000);
    expect(kinds(million)).toEqual(['large', 'many-lines']);
    expect(describePaste(million).at(-1)?.message).toContain('1,000,001 lines');
  });
});
