import { flexibleWhitespace, lineEndLookahead, escapeLiteral } from './compile-signature.ts';
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

const wordStart = String.raw`(?<![A-Za-z0-9_])`;
const wordEnd = String.raw`(?![A-Za-z0-9_])`;
/** After consuming a phrase's first character: the one before it is not a word character. */
const wordStartAfterFirst = String.raw`(?<![A-Za-z0-9_].)`;

/** The regex source of a phrase set and, per capture group (1-based), the entries it stands for. */
export function compilePhraseSet(entries: readonly PhraseEntry[]): { source: string; groups: number[][] } {
  const root = newNode();
  entries.forEach((entry, index) => {
    const words = entry.phrase.trim().toLowerCase().split(/\s+/);
    let node = root;
    words.forEach((word, position) => {
      // The first word carries the start condition, so whole-word phrases have their own branch.
      const key = position === 0 && entry.wholeWord ? `${wordStart}${escapeLiteral(word)}` : escapeLiteral(word);
      let child = node.children.get(key);
      if (!child) {
        child = newNode();
        node.children.set(key, child);
      }
      node.maxLength = Math.max(node.maxLength, entry.phrase.length);
      node = child;
    });
    node.maxLength = Math.max(node.maxLength, entry.phrase.length);
    const end = `${entry.wholeWord ? wordEnd : ''}${entry.atLineEnd ? lineEndLookahead : ''}`;
    const sharing = node.terminals.get(end) ?? [];
    sharing.push(index);
    node.terminals.set(end, sharing);
  });

  const groups: number[][] = [[]];
  // Longest phrases first at every branch, so the longest phrase wins at a position (as before).
  const ordered = (node: TrieNode): [string, TrieNode][] =>
    [...node.children.entries()].sort((a, b) => b[1].maxLength - a[1].maxLength || a[0].localeCompare(b[0]));
  const alternatives = (parts: string[]): string => (parts.length === 1 ? (parts[0] ?? '') : `(?:${parts.join('|')})`);

  function emitAfter(node: TrieNode): string {
    const parts: string[] = [];
    if (node.children.size > 0) {
      parts.push(flexibleWhitespace + alternatives(ordered(node).map(([key, child]) => key + emitAfter(child))));
    }
    // Terminals with a condition before the plain one: "unauthorized" at a line end is more specific.
    const terminals = [...node.terminals.entries()].sort((a, b) => b[0].length - a[0].length);
    for (const [end, indexes] of terminals) {
      parts.push(`${end}()`);
      groups.push(indexes);
    }
    return alternatives(parts);
  }
  // At the root, branch on the first character: the engine then tries one branch per position
  // instead of every first word (a 10 MB paste is 10 million positions). A whole-word phrase
  // checks the character before its first one with a lookbehind over both.
  const byFirstCharacter = new Map<string, { wholeWord: boolean; rest: string; child: TrieNode }[]>();
  for (const [key, child] of ordered(root)) {
    const wholeWord = key.startsWith(wordStart);
    const word = wholeWord ? key.slice(wordStart.length) : key;
    const first = word.startsWith('\\') ? word.slice(0, 2) : word.slice(0, 1);
    const branch = byFirstCharacter.get(first) ?? [];
    branch.push({ wholeWord, rest: word.slice(first.length), child });
    byFirstCharacter.set(first, branch);
  }
  // Emitted strictly left to right: capture groups are numbered in the order they appear.
  const branches: string[] = [];
  for (const [first, items] of byFirstCharacter) {
    const rests: string[] = [];
    for (const item of items) {
      rests.push(`${item.wholeWord ? wordStartAfterFirst : ''}${item.rest}${emitAfter(item.child)}`);
    }
    branches.push(first + alternatives(rests));
  }
  const source = alternatives(branches);
  return { source, groups };
}

export class PhraseScanner {
  private readonly lowerRegex: RegExp | null;
  private readonly foldingRegex: RegExp | null;
  private readonly groups: number[][];

  constructor(entries: readonly PhraseEntry[]) {
    const { source, groups } = compilePhraseSet(entries);
    this.groups = groups;
    this.lowerRegex = entries.length > 0 ? new RegExp(source, 'g') : null;
    this.foldingRegex = entries.length > 0 ? new RegExp(source, 'gi') : null;
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
