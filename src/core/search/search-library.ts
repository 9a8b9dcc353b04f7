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

/**
 * One entry of the built index: what a result shows, and its words by field. Plain JSON, so the
 * index is built once at build time (scripts/page-data-plugin.ts) and the browser only reads it.
 */
export interface IndexedEntry {
  readonly kind: LibraryEntry['kind'];
  readonly id: string;
  readonly title: string;
  readonly description: string;
  readonly classIds: readonly string[];
  /** Each word once, in the heaviest field it appears in (a lighter field could not score more). */
  readonly fields: Readonly<Partial<Record<Field, readonly string[]>>>;
}

export interface SearchHit {
  readonly entry: IndexedEntry;
  readonly score: number;
  /** True when the query was recognised as this class's error text. */
  readonly recognised: boolean;
}

const fieldWeights = { title: 8, keywords: 6, headings: 4, description: 3, text: 1 } as const;
type Field = keyof typeof fieldWeights;
const fieldsByWeight = Object.keys(fieldWeights) as Field[];

/** Lowercase words of two or more letters or digits. */
export function searchWords(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}][\p{L}\p{N}._-]*[\p{L}\p{N}]/gu) ?? [];
}

function addWords(words: Set<string>, text: string): void {
  for (const word of searchWords(text)) {
    words.add(word);
    // "gateway.auth.token" is also found by "auth" and "token".
    for (const part of word.split(/[._-]/)) if (part.length > 1) words.add(part);
  }
}

export function indexLibrary(entries: readonly LibraryEntry[]): IndexedEntry[] {
  return entries.map((entry) => {
    const texts: Record<Field, string> = {
      title: entry.title,
      keywords: entry.keywords.join(' '),
      headings: entry.headings.join(' '),
      description: entry.description,
      text: entry.text,
    };
    const seen = new Set<string>();
    const fields: Partial<Record<Field, string[]>> = {};
    for (const field of fieldsByWeight) {
      const words = new Set<string>();
      addWords(words, texts[field]);
      const own = [...words].filter((word) => !seen.has(word));
      for (const word of own) seen.add(word);
      if (own.length > 0) fields[field] = own;
    }
    const { kind, id, title, description, classIds } = entry;
    return { kind, id, title, description, classIds, fields };
  });
}

function fieldHas(words: readonly string[] | undefined, queryWord: string): boolean {
  // The last word typed is often incomplete: "docke" finds "docker".
  return words?.some((word) => word.startsWith(queryWord)) ?? false;
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
  for (const entry of index) {
    const { fields } = entry;
    let score = 0;
    let matchedWords = 0;
    for (const word of queryWords) {
      // Fields are heaviest first: the first that has the word gives its best score.
      const field = fieldsByWeight.find((candidate) => fieldHas(fields[candidate], word));
      if (field) {
        matchedWords += 1;
        score += fieldWeights[field];
      }
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

/**
 * Whether a search may be a pasted error rather than a few words: punctuation, digits or
 * underscores (`(1008):`, `AUTH_TOKEN_MISMATCH`, `gateway.auth.token`), or three words or more.
 * Only then is the matcher (the whole catalogue) worth loading to recognise it.
 */
export function mayBeErrorText(query: string): boolean {
  const trimmed = query.trim();
  return /[^\p{L}\s-]/u.test(trimmed) || trimmed.split(/\s+/).length >= 3;
}
