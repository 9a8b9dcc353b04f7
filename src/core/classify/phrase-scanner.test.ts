import { describe, expect, it } from 'vitest';
import { findUnsafeRegexConstruct } from './compile-signature.ts';
import { normalizePaste } from './normalize-paste.ts';
import {
  compilePhraseSet,
  compilePhraseSetAhead,
  PhraseScanner,
  recordPhraseSetCompilations,
  usePrecompiledPhraseSets,
  type PhraseEntry,
} from './phrase-scanner.ts';

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

describe('phrase sets compiled ahead of time (the built CLI)', () => {
  it('records what a run compiles, and a scanner over the same phrases then finds the same hits', () => {
    const log = recordPhraseSetCompilations(() => new PhraseScanner(entries));
    expect(log).toEqual([compilePhraseSetAhead(entries)]);
    const paste = 'x unauthorized: gateway token mismatch\nunauthorized\nTOKEN_MISMATCH';
    const before = scan(paste);
    usePrecompiledPhraseSets(log);
    expect(scan(paste)).toEqual(before);
  });

  it('is used only for exactly the phrases it was compiled from', () => {
    const original: PhraseEntry[] = [{ phrase: 'gateway token missing' }];
    // A stand-in with the same key but another pattern shows which one a scanner uses.
    usePrecompiledPhraseSets([{ ...compilePhraseSetAhead(original), folded: 'stand-in', unfolded: 'stand-in' }]);
    const hitsOf = (phrases: PhraseEntry[], paste: string): string[] =>
      new PhraseScanner(phrases).scan(normalizePaste(paste)).map((hit) => paste.slice(hit.start, hit.end));
    expect(hitsOf(original, 'a stand-in, gateway token missing')).toEqual(['stand-in']);
    // One phrase more, or one condition changed: compiled afresh.
    expect(hitsOf([...original, { phrase: 'other' }], 'a stand-in, gateway token missing')).toEqual([
      'gateway token missing',
    ]);
    expect(hitsOf([{ phrase: 'gateway token missing', wholeWord: true }], 'stand-in gateway token missing')).toEqual([
      'gateway token missing',
    ]);
  });
});
