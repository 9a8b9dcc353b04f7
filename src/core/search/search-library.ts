/*
 * The offline search of the guides page: finds a guide or a fix guide by any words, or by a pasted
 * error fragment. Words are matched as prefixes in weighted fields; when the query is an error the
 * matcher recognises, the fix for that class (and the guides that explain it) come first.
 * Pure and linear in the size of the library: it runs on every keystroke.
 */

export interface LibraryEntry {
  readonly kind: 'guide' | 'fix';
  /** Guide slug or error class id. */
  readonly id: string;
  readonly title: string;
  readonly description: string;
  readonly headings: readonly string[];
  readonly keywords: readonly string[];
  readonly text: string;
  /** Error class ids this entry is about (a fix guide: itself). */
  readonly classIds: readonly string[];
}

export interface SearchHit {
  readonly entry: LibraryEntry;
  readonly score: number;
  /** True when the query was recognised as this class's error text. */
  readonly recognised: boolean;
}

const fieldWeights = { title: 8, keywords: 6, headings: 4, description: 3, text: 1 } as const;
type Field = keyof typeof fieldWeights;

/** Lowercase words of two or more letters or digits. */
export function searchWords(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}][\p{L}\p{N}._-]*[\p{L}\p{N}]/gu) ?? [];
}

interface IndexedEntry {
  readonly entry: LibraryEntry;
  readonly fields: Readonly<Record<Field, ReadonlySet<string>>>;
}

function wordSet(text: string): Set<string> {
  const words = new Set<string>();
  for (const word of searchWords(text)) {
    words.add(word);
    // "gateway.auth.token" is also found by "auth" and "token".
    for (const part of word.split(/[._-]/)) if (part.length > 1) words.add(part);
  }
  return words;
}

export function indexLibrary(entries: readonly LibraryEntry[]): readonly IndexedEntry[] {
  return entries.map((entry) => ({
    entry,
    fields: {
      title: wordSet(entry.title),
      keywords: wordSet(entry.keywords.join(' ')),
      headings: wordSet(entry.headings.join(' ')),
      description: wordSet(entry.description),
      text: wordSet(entry.text),
    },
  }));
}

function fieldScore(words: ReadonlySet<string>, queryWord: string): boolean {
  if (words.has(queryWord)) return true;
  // The last word typed is often incomplete: "docke" finds "docker".
  for (const word of words) if (word.startsWith(queryWord)) return true;
  return false;
}

/**
 * Ranks the library for a query. `recognisedClassIds` are the classes the matcher found in the
 * query (most likely first): their fixes lead, then guides about them, then word matches.
 */
export function searchLibrary(
  index: readonly IndexedEntry[],
  query: string,
  recognisedClassIds: readonly string[] = [],
): SearchHit[] {
  const queryWords = [...new Set(searchWords(query).flatMap((word) => [word, ...word.split(/[._-]/)]))].filter(
    (word) => word.length > 1,
  );
  if (queryWords.length === 0 && recognisedClassIds.length === 0) return [];
  const hits: SearchHit[] = [];
  for (const { entry, fields } of index) {
    let score = 0;
    let matchedWords = 0;
    for (const word of queryWords) {
      let best = 0;
      for (const field of Object.keys(fieldWeights) as Field[]) {
        if (fieldScore(fields[field], word)) best = Math.max(best, fieldWeights[field]);
      }
      if (best > 0) matchedWords += 1;
      score += best;
    }
    const rank = recognisedClassIds.findIndex((id) => entry.classIds.includes(id));
    const recognised = rank >= 0;
    if (recognised) score += (entry.kind === 'fix' ? 1000 : 500) - rank * 10;
    // Words: every word must be found (a pasted error is handled by recognition instead).
    const wordsMatch = queryWords.length > 0 && matchedWords === queryWords.length;
    if (recognised || wordsMatch) hits.push({ entry, score, recognised });
  }
  return hits.sort((a, b) => b.score - a.score || a.entry.title.localeCompare(b.entry.title));
}
