import type { ErrorClass } from '../error-class-schema.ts';

/**
 * The nearest known error, for a paste that no signature matched: every message the catalogue
 * knows (each class's signatures, examples and title) is compared with each line of the paste by
 * the words and codes they share, each word weighted by how rare it is among the known messages
 * (IDF), word pairs counting too, so order matters a little. A line "covers" a message when it
 * holds most of that message's weight. The best-covered message names the class, unless it is one
 * of the look-alikes the classes list (`nearMisses`): then the paste is known not to be an error.
 *
 * Built from the catalogue on first use (no bytes added to the bundle: the catalogue is there
 * already). Pure; bounded work per line and at most `maxLines` lines, so linear in the paste.
 */

export interface NearestKnown {
  readonly classIndex: number;
  /** The known message the paste is closest to, as the catalogue has it. */
  readonly message: string;
  /** 0–1: the share of that message's weight the line holds. */
  readonly coverage: number;
  /** The line of the paste (normalized offsets) it was found on, without its indentation. */
  readonly start: number;
  readonly end: number;
}

interface KnownMessage {
  /** -1 for a known look-alike (a class's near-miss): a line closest to one is not an error. */
  readonly classIndex: number;
  readonly text: string;
  /** Σ idf of its distinct terms. */
  weight: number;
  /** Its distinct single words (not pairs). */
  readonly words: number;
}

export interface NearestIndex {
  readonly messages: readonly KnownMessage[];
  readonly postings: ReadonlyMap<string, readonly number[]>;
  readonly idf: ReadonlyMap<string, number>;
}

/** Only the last lines of a paste are read: a user's paste ends with the error they face. */
const maxLines = 400;
/** A longer line is read up to here (a minified bundle or a base64 blob says nothing). */
const maxLineLength = 1000;
/** A line must hold this share of a message's weight … */
const minCoverage = 0.7;
/** … and this many of its words (with a letter: numbers alone say little). */
const minSharedWords = 2;

const stopWords = new Set([
  'a',
  'an',
  'and',
  'are',
  'as',
  'at',
  'be',
  'by',
  'for',
  'from',
  'in',
  'is',
  'it',
  'of',
  'on',
  'or',
  'the',
  'this',
  'to',
  'with',
  'your',
  'you',
]);

/**
 * The terms of a text: words of letters or digits (CamelCase, snake_case and kebab-case split),
 * lower-cased, without stop words or numbers other than four-digit codes; a run of CJK characters as its character pairs; and each pair
 * of neighbouring words as "first second".
 */
export function termsOf(text: string): string[] {
  const words: string[] = [];
  const split = text.replace(/([\p{Ll}\d])(\p{Lu})/gu, '$1 $2').toLowerCase();
  for (const match of split.matchAll(/[a-z0-9]+|[\u3400-\u9fff\uf900-\ufaff]+/g)) {
    const word = match[0];
    if (word.charCodeAt(0) >= 0x3400) {
      for (let index = 0; index + 1 < word.length; index += 1) words.push(word.slice(index, index + 2));
      if (word.length === 1) words.push(word);
    } else if (/[a-z]/.test(word) ? !stopWords.has(word) && word.length > 1 : word.length === 4) {
      // Of numbers, only four digits (a close code: 1008, 4008) are worth a word; an address or a
      // port is in every paste and every example.
      words.push(word);
    }
  }
  const terms = [...words];
  for (let index = 0; index + 1 < words.length; index += 1) terms.push(`${words[index]} ${words[index + 1]}`);
  return terms;
}

const isPair = (term: string): boolean => term.includes(' ');
/** A single word with a letter (not a code, not a pair): what `minSharedWords` counts. */
const isLetterWord = (term: string): boolean => !isPair(term) && /[^\d]/.test(term);

export function buildNearestIndex(classes: readonly ErrorClass[]): NearestIndex {
  const messages: KnownMessage[] = [];
  const postings = new Map<string, number[]>();
  const termsByMessage: string[][] = [];
  classes.forEach((errorClass, classIndex) => {
    const texts = [
      errorClass.title,
      ...errorClass.signatures.map((signature) => signature.phrase),
      ...errorClass.examples,
    ];
    const lookAlikes = new Set(errorClass.nearMisses);
    for (const text of new Set([...texts, ...lookAlikes])) {
      const terms = [...new Set(termsOf(text))];
      const words = terms.filter(isLetterWord).length;
      if (words < minSharedWords) continue;
      const messageIndex = messages.length;
      messages.push({ classIndex: lookAlikes.has(text) ? -1 : classIndex, text, weight: 0, words });
      termsByMessage.push(terms);
      for (const term of terms) {
        let list = postings.get(term);
        if (!list) postings.set(term, (list = []));
        list.push(messageIndex);
      }
    }
  });
  const idf = new Map<string, number>();
  for (const [term, list] of postings) idf.set(term, Math.log(1 + messages.length / list.length));
  termsByMessage.forEach((terms, index) => {
    const message = messages[index];
    if (message) message.weight = terms.reduce((sum, term) => sum + (idf.get(term) ?? 0), 0);
  });
  return { messages, postings, idf };
}

interface LineRange {
  readonly start: number;
  readonly end: number;
}

/** The last `maxLines` non-blank lines, without indentation or trailing blanks. */
function lastLines(text: string): LineRange[] {
  const lines: LineRange[] = [];
  let end = text.length;
  while (end > 0 && lines.length < maxLines) {
    const lineStart = text.lastIndexOf('\n', end - 1) + 1;
    let start = lineStart;
    let stop = end;
    while (start < stop && /\s/.test(text[start] ?? '')) start += 1;
    while (stop > start && /\s/.test(text[stop - 1] ?? '')) stop -= 1;
    if (stop > start) lines.push({ start, end: stop });
    end = lineStart - 1;
  }
  return lines.reverse();
}

/**
 * The known message closest to a line of `text`, or null when no line covers one well enough.
 * `cues`: only a line with one of these words (lower-case) is compared: a paste without any is not
 * about OpenClaw, and gets no nearest answer at all.
 */
export function findNearestKnown(text: string, index: NearestIndex, cues: readonly string[]): NearestKnown | null {
  const lower = text.toLowerCase();
  if (!cues.some((cue) => lower.includes(cue))) return null;
  let best: NearestKnown | null = null;
  let bestCoverage = 0;
  let bestCovered = 0;
  const covered = new Map<number, number>();
  const shared = new Map<number, number>();
  for (const line of lastLines(text)) {
    const lineText = text.slice(line.start, Math.min(line.end, line.start + maxLineLength));
    // The line itself must be about OpenClaw: "Device removed" in a Bluetooth log is not.
    const lineLower = lineText.toLowerCase();
    if (!cues.some((cue) => lineLower.includes(cue))) continue;
    covered.clear();
    shared.clear();
    const terms = new Set(termsOf(lineText));
    for (const term of terms) {
      const weight = index.idf.get(term) ?? 0;
      for (const messageIndex of index.postings.get(term) ?? []) {
        covered.set(messageIndex, (covered.get(messageIndex) ?? 0) + weight);
        if (isLetterWord(term)) shared.set(messageIndex, (shared.get(messageIndex) ?? 0) + 1);
      }
    }
    for (const [messageIndex, weight] of covered) {
      const message = index.messages[messageIndex];
      if (!message || (shared.get(messageIndex) ?? 0) < minSharedWords) continue;
      const coverage = weight / message.weight;
      if (coverage < minCoverage) continue;
      // The better-covered message wins; at equal coverage the one with more weight (more said).
      // A look-alike wins ties: the catalogue says such a line is not this error.
      const better = coverage > bestCoverage || (coverage === bestCoverage && weight > bestCovered);
      const tie = coverage === bestCoverage && message.classIndex < 0;
      if (better || tie) {
        best = { classIndex: message.classIndex, message: message.text, coverage, start: line.start, end: line.end };
        bestCoverage = coverage;
        bestCovered = weight;
      }
    }
  }
  return best && best.classIndex >= 0 ? best : null;
}
