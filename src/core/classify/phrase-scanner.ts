import { lineEndLookahead, phraseTokens, wordBoundaries } from './compile-signature.ts';
import type { NormalizedPaste } from './normalize-paste.ts';

/**
 * Scans a paste for many literal phrases in one pass. The phrases are merged into a trie of
 * words, so phrases that share a start ("unauthorized: gateway token …") are tried once, not
 * once per phrase; each phrase ends in an empty capture group that says which one matched.
 * The regex runs without the `i` flag on the paste lower-cased once (when lower-casing keeps
 * every offset), which is several times faster in V8 than case-insensitive matching.
 * Same guarantees as compilePhrase: literals and one whitespace-run construct, linear time.
 */
export interface PhraseEntry {
  readonly phrase: string;
  readonly wholeWord?: boolean | undefined;
  readonly atLineEnd?: boolean | undefined;
}

export interface PhraseHit {
  /** Indexes into the entries given to the scanner (entries with the same phrase and options share a hit). */
  readonly entries: readonly number[];
  readonly start: number;
  readonly end: number;
}

interface TrieNode {
  readonly children: Map<string, TrieNode>;
  /** Phrases ending here, keyed by their end condition (plain, whole word, line end). */
  readonly terminals: Map<string, number[]>;
  maxLength: number;
}

function newNode(): TrieNode {
  return { children: new Map(), terminals: new Map(), maxLength: 0 };
}

/** lineEndLookahead for the folded paste, where a JSON `\n` is already " " + newline. */
const foldedLineEndLookahead = String.raw`(?=[ \t"'\x60)\]}.]{0,8}(?:[\r\n,;]|$))`;

/**
 * The regex source of a phrase set and, per capture group (1-based), the entries it stands for.
 * `folded`: the source for the folded paste (`NormalizedPaste.lowerCase()`), where every
 * separator is real whitespace, so `\s+` does; it keeps the pattern small (V8 stops optimising
 * patterns above about 20 KB, and a catalogue of 40 classes got 20× slower). Otherwise the full
 * separator of compilePhrase, for the `i`-flag fallback on the unfolded text.
 *
 * The trie is over characters (with "whitespace run" and "word start" as two more tokens) and
 * compressed where it does not branch, so at any position the engine follows one path and
 * compares each character once, however many phrases share it.
 */
export function compilePhraseSet(
  entries: readonly PhraseEntry[],
  options: { folded?: boolean } = {},
): { source: string; groups: number[][] } {
  const lineEnd = options.folded ? foldedLineEndLookahead : lineEndLookahead;
  const root = newNode();
  entries.forEach((entry, index) => {
    // Lazy separators: a separator is always followed by a word, which cannot start with
    // whitespace, so the run matches whole either way; lazily, a word that does not follow is
    // found out as the run is read, not by giving the run back character by character.
    const boundaries = entry.wholeWord ? wordBoundaries(entry.phrase) : { start: '', end: '' };
    const tokens: string[] = boundaries.start ? [boundaries.start] : [];
    tokens.push(...phraseTokens(entry.phrase, { folded: options.folded ?? false }));
    let node = root;
    for (const token of tokens) {
      node.maxLength = Math.max(node.maxLength, entry.phrase.length);
      let child = node.children.get(token);
      if (!child) {
        child = newNode();
        node.children.set(token, child);
      }
      node = child;
    }
    node.maxLength = Math.max(node.maxLength, entry.phrase.length);
    const end = `${boundaries.end}${entry.atLineEnd ? lineEnd : ''}`;
    const sharing = node.terminals.get(end) ?? [];
    sharing.push(index);
    node.terminals.set(end, sharing);
  });

  const groups: number[][] = [[]];
  const alternatives = (parts: string[]): string => (parts.length === 1 ? (parts[0] ?? '') : `(?:${parts.join('|')})`);

  // Emitted strictly left to right: capture groups are numbered in the order they appear.
  function emitNode(node: TrieNode): string {
    const parts: string[] = [];
    // Longest phrases first at every branch, so the longest phrase wins at a position.
    const children = [...node.children.entries()].sort(
      (first, second) => second[1].maxLength - first[1].maxLength || first[0].localeCompare(second[0]),
    );
    for (const [token, child] of children) {
      // Follow a chain that does not branch and ends nothing: one literal run.
      let label = token;
      let next = child;
      while (next.children.size === 1 && next.terminals.size === 0) {
        const [[nextToken, nextChild]] = [...next.children.entries()] as [[string, TrieNode]];
        label += nextToken;
        next = nextChild;
      }
      parts.push(label + emitNode(next));
    }
    // A phrase that ends here comes after the longer ones that go on; a conditional end
    // ("unauthorized" at a line end) before the plain one.
    const terminals = [...node.terminals.entries()].sort((first, second) => second[0].length - first[0].length);
    for (const [end, indexes] of terminals) {
      parts.push(`${end}()`);
      groups.push(indexes);
    }
    return parts.length === 0 ? '' : alternatives(parts);
  }
  const source = root.children.size === 0 ? '' : emitNode(root);
  return { source, groups };
}

/**
 * A phrase set compiled ahead of time (the CLI's build does it, so a one-line `classify` does not
 * spend its start-up building the trie): both regex sources and the entries behind each group.
 * `key` is `phraseSetKey(entries)`: a set whose phrases changed is compiled again, never mismatched.
 */
export interface CompiledPhraseSet {
  readonly key: string;
  readonly folded: string;
  readonly unfolded: string;
  readonly groups: readonly (readonly number[])[];
}

/** What identifies a phrase set's compiled form: each entry's phrase and end conditions, in order. */
export function phraseSetKey(entries: readonly PhraseEntry[]): string {
  return JSON.stringify(entries.map((entry) => [entry.phrase, entry.wholeWord === true, entry.atLineEnd === true]));
}

/** Compiles a phrase set for `usePrecompiledPhraseSets` (at build time). */
export function compilePhraseSetAhead(entries: readonly PhraseEntry[]): CompiledPhraseSet {
  const folded = compilePhraseSet(entries, { folded: true });
  return {
    key: phraseSetKey(entries),
    folded: folded.source,
    unfolded: compilePhraseSet(entries).source,
    groups: folded.groups,
  };
}

const precompiled = new Map<string, CompiledPhraseSet>();
let compiling: CompiledPhraseSet[] | null = null;

/** Every phrase set compiled while `run` runs (the CLI's build records what a classify needs). */
export function recordPhraseSetCompilations(run: () => void): CompiledPhraseSet[] {
  const log: CompiledPhraseSet[] = [];
  compiling = log;
  try {
    run();
  } finally {
    compiling = null;
  }
  return log;
}

/** Makes scanners over these phrase sets use their compiled form instead of compiling the trie. */
export function usePrecompiledPhraseSets(sets: readonly CompiledPhraseSet[]): void {
  for (const set of sets) precompiled.set(set.key, set);
}

export class PhraseScanner {
  private readonly lowerRegex: RegExp | null;
  private readonly foldingRegex: RegExp | null;
  private readonly groups: readonly (readonly number[])[];

  constructor(entries: readonly PhraseEntry[]) {
    // Both sources number their groups the same way: the trie and its order are the same.
    let compiled = precompiled.size > 0 ? precompiled.get(phraseSetKey(entries)) : undefined;
    if (!compiled) {
      compiled = compilePhraseSetAhead(entries);
      compiling?.push(compiled);
    }
    this.groups = compiled.groups;
    this.lowerRegex = entries.length > 0 ? new RegExp(compiled.folded, 'g') : null;
    this.foldingRegex = entries.length > 0 ? new RegExp(compiled.unfolded, 'gi') : null;
  }

  /** Every hit, left to right, never overlapping; offsets into `paste.text`. */
  scan(paste: NormalizedPaste): PhraseHit[] {
    const hits: PhraseHit[] = [];
    const lower = paste.lowerCase();
    const regex = lower === null ? this.foldingRegex : this.lowerRegex;
    const text = lower ?? paste.text;
    if (!regex) return hits;
    regex.lastIndex = 0;
    for (let match = regex.exec(text); match; match = regex.exec(text)) {
      let group = 1;
      while (group < match.length && match[group] === undefined) group += 1;
      hits.push({ entries: this.groups[group] ?? [], start: match.index, end: match.index + match[0].length });
      // An empty match cannot happen (every phrase has at least 3 characters); guard anyway.
      if (match[0].length === 0) regex.lastIndex += 1;
    }
    return hits;
  }
}
