import { describe, expect, it } from 'vitest';
import { findUnsafeRegexConstruct } from './compile-signature.ts';
import { normalizePaste } from './normalize-paste.ts';
import { compilePhraseSet, PhraseScanner, type PhraseEntry } from './phrase-scanner.ts';

const entries: PhraseEntry[] = [
  { phrase: 'unauthorized: gateway token mismatch' },
  { phrase: 'unauthorized: gateway token missing' },
  { phrase: 'unauthorized', atLineEnd: true },
  { phrase: 'token mismatch', wholeWord: true },
  { phrase: 'TOKEN_MISMATCH', wholeWord: true },
  { phrase: 'gateway token mismatch' },
  { phrase: 'gateway token mismatch' },
];

function scan(paste: string): [string, number[]][] {
  return new PhraseScanner(entries)
    .scan(normalizePaste(paste))
    .map((hit) => [paste.slice(hit.start, hit.end), [...hit.entries]]);
}

describe('PhraseScanner', () => {
  it('finds the longest phrase at a position, and says which entries it stands for', () => {
    expect(scan('x unauthorized: gateway token mismatch (y)')).toEqual([['unauthorized: gateway token mismatch', [0]]]);
    expect(scan('UNAUTHORIZED:\n  Gateway Token Missing')).toEqual([['UNAUTHORIZED:\n  Gateway Token Missing', [1]]]);
    expect(scan('the gateway token mismatch again')).toEqual([['gateway token mismatch', [5, 6]]]);
  });

  it('keeps whole-word and line-end conditions per phrase', () => {
    expect(scan('reason=token_mismatch')).toEqual([['token_mismatch', [4]]]);
    expect(scan('xtoken mismatch')).toEqual([]);
    expect(scan('closed: unauthorized\nnext')).toEqual([['unauthorized', [2]]]);
    expect(scan('closed: unauthorized: something')).toEqual([]);
  });

  it('falls back to case folding when lower-casing would move offsets', () => {
    const paste = 'İİ unauthorized: gateway token mismatch';
    expect(normalizePaste(paste).lowerCase()).toBeNull();
    expect(scan(paste)).toEqual([['unauthorized: gateway token mismatch', [0]]]);
  });

  it('compiles to a pattern with no nested unbounded repetition', () => {
    expect(findUnsafeRegexConstruct(compilePhraseSet(entries).source)).toBeNull();
  });
});
