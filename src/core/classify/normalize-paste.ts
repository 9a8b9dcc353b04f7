/**
 * Terminal pastes carry colour codes that split phrases apart ("gateway \x1b[31mtoken…").
 * We strip them before matching and keep a map back to the original offsets, so every
 * highlighted span points into the text exactly as the user pasted it.
 */

// CSI sequences (colours, cursor moves): ESC [ params intermediates final. The three runs use
// disjoint character classes, so the pattern is linear. OSC sequences (hyperlinks, titles) end
// at BEL or ESC \ (bounded, so an unterminated one cannot eat the paste). A copy from some terminals loses the ESC byte and leaves "[31m" or "␛[31m":
// those are stripped too, bounded to SGR (…m) so ordinary "[1]" text survives.
const terminalEscapes =
  // eslint-disable-next-line no-control-regex -- matching terminal control bytes is the point
  /\x1b\[[0-9;?]*[ -/]*[@-~]|\x1b\][^\x07\x1b\n]{0,2048}(?:\x07|\x1b\\)?|\x1b[@-Z\\-_]|\u241b?\[[0-9]{1,3}(?:;[0-9]{1,3}){0,7}m/g;

const ESC = 0x1b;
const BEL = 0x07;
const LEFT_BRACKET = 0x5b;
const RIGHT_BRACKET = 0x5d;
const BACKSLASH = 0x5c;
const SYMBOL_FOR_ESCAPE = 0x241b;
const maxOscLength = 2048;

const isDigit = (code: number): boolean => code >= 0x30 && code <= 0x39;

/** After `[`: 1–3 digits, up to 7 more `;` + 1–3 digits, then `m`. Returns the end, or -1. */
function sgrEnd(text: string, from: number): number {
  let index = from;
  for (let group = 0; group < 8; group += 1) {
    if (group > 0) {
      if (text.charCodeAt(index) !== 0x3b) break;
      index += 1;
    }
    let digits = 0;
    while (digits < 3 && isDigit(text.charCodeAt(index))) {
      index += 1;
      digits += 1;
    }
    if (digits === 0) return -1;
  }
  return text.charCodeAt(index) === 0x6d ? index + 1 : -1;
}

/**
 * The length of the escape sequence starting at `index`, or 0. A hand-written scanner for the
 * `terminalEscapes` pattern above (same matches, tested against it): a regex that matches
 * millions of colour codes in a 10 MB log costs ten times more than reading the characters.
 */
function escapeLengthAt(text: string, index: number): number {
  const code = text.charCodeAt(index);
  if (code === ESC) {
    const next = text.charCodeAt(index + 1);
    if (next === LEFT_BRACKET) {
      let end = index + 2;
      for (let c = text.charCodeAt(end); isDigit(c) || c === 0x3b || c === 0x3f; c = text.charCodeAt(end)) end += 1;
      for (let c = text.charCodeAt(end); c >= 0x20 && c <= 0x2f; c = text.charCodeAt(end)) end += 1;
      const final = text.charCodeAt(end);
      // Without a final byte this is not a CSI; ESC [ then falls through to "ESC + one char" below,
      // which does not take "[" either, so nothing is stripped here.
      return final >= 0x40 && final <= 0x7e ? end + 1 - index : 0;
    }
    if (next === RIGHT_BRACKET) {
      let end = index + 2;
      const limit = Math.min(text.length, end + maxOscLength);
      for (
        let c = text.charCodeAt(end);
        end < limit && c !== BEL && c !== ESC && c !== 0x0a;
        c = text.charCodeAt(end)
      ) {
        end += 1;
      }
      if (text.charCodeAt(end) === BEL) end += 1;
      else if (text.charCodeAt(end) === ESC && text.charCodeAt(end + 1) === BACKSLASH) end += 2;
      return end - index;
    }
    if ((next >= 0x40 && next <= 0x5a) || (next >= BACKSLASH && next <= 0x5f)) return 2;
    return 0;
  }
  if (code === SYMBOL_FOR_ESCAPE) {
    if (text.charCodeAt(index + 1) !== LEFT_BRACKET) return 0;
    const end = sgrEnd(text, index + 2);
    return end === -1 ? 0 : end - index;
  }
  if (code === LEFT_BRACKET) {
    const end = sgrEnd(text, index + 1);
    return end === -1 ? 0 : end - index;
  }
  return 0;
}

export interface NormalizedPaste {
  /** The text the matcher reads: escapes removed, everything else untouched. */
  readonly text: string;
  /** Maps an offset in `text` to the offset of the same character in the original paste. */
  readonly toOriginal: (offset: number) => number;
  /**
   * `text` folded for matching, with every offset kept: lower-cased, the box-drawing bars of
   * status tables as spaces, and JSON escapes `\n`/`\r` as " " + newline and `\t` as two spaces,
   * so a phrase needs only `\s+` between its words. Computed once, on first use; null when
   * lower-casing would move offsets (a few characters such as "İ" grow), and matchers then
   * fall back to the `i` flag on `text`.
   */
  readonly lowerCase: () => string | null;
}

function memoizedLowerCase(text: string): () => string | null {
  let folded: string | null | undefined;
  return () => {
    if (folded === undefined) {
      const lower = text.toLowerCase();
      folded =
        lower.length === text.length
          ? lower
              .replace(/[│┃║]/g, ' ')
              .replace(/\\[nr]/g, ' \n')
              .replace(/\\t/g, '  ')
          : null;
    }
    return folded;
  };
}

export function normalizePaste(original: string): NormalizedPaste {
  const pieces: string[] = [];
  // For each kept piece: where it starts in the normalized text and in the original.
  const normalizedStarts: number[] = [];
  const originalStarts: number[] = [];
  let normalizedLength = 0;
  let last = 0;
  // Jump between the only characters an escape can start with, found by native indexOf: a
  // log is mostly plain text, and reading it character by character in JS costs more.
  let nextEscape = original.indexOf('\x1b');
  let nextBracket = original.indexOf('[');
  let nextSymbol = original.indexOf('\u241b');
  for (;;) {
    if (nextEscape !== -1 && nextEscape < last) nextEscape = original.indexOf('\x1b', last);
    if (nextBracket !== -1 && nextBracket < last) nextBracket = original.indexOf('[', last);
    if (nextSymbol !== -1 && nextSymbol < last) nextSymbol = original.indexOf('\u241b', last);
    let index = Infinity;
    if (nextEscape !== -1) index = nextEscape;
    if (nextBracket !== -1 && nextBracket < index) index = nextBracket;
    if (nextSymbol !== -1 && nextSymbol < index) index = nextSymbol;
    if (index === Infinity) break;
    const length = escapeLengthAt(original, index);
    if (length === 0) {
      // Not an escape here: look for the next candidate after this character.
      if (index === nextEscape) nextEscape = original.indexOf('\x1b', index + 1);
      if (index === nextBracket) nextBracket = original.indexOf('[', index + 1);
      if (index === nextSymbol) nextSymbol = original.indexOf('\u241b', index + 1);
      continue;
    }
    if (index > last) {
      normalizedStarts.push(normalizedLength);
      originalStarts.push(last);
      pieces.push(original.slice(last, index));
      normalizedLength += index - last;
    }
    last = index + length;
  }
  // Most pastes have no escape codes: a 10 MB log is then not copied for nothing.
  if (normalizedStarts.length === 0 && last === 0) {
    return { text: original, toOriginal: (offset) => offset, lowerCase: memoizedLowerCase(original) };
  }
  normalizedStarts.push(normalizedLength);
  originalStarts.push(last);
  pieces.push(original.slice(last));

  const text = pieces.join('');
  return {
    text,
    lowerCase: memoizedLowerCase(text),
    toOriginal(offset) {
      // Binary search for the last piece starting at or before `offset`.
      let low = 0;
      let high = normalizedStarts.length - 1;
      while (low < high) {
        const middle = (low + high + 1) >> 1;
        if ((normalizedStarts[middle] ?? 0) <= offset) low = middle;
        else high = middle - 1;
      }
      return (originalStarts[low] ?? 0) + offset - (normalizedStarts[low] ?? 0);
    },
  };
}

/** Maps a half-open span [start, end) of normalized text back to the original paste. */
export function spanToOriginal(paste: NormalizedPaste, start: number, end: number): { start: number; end: number } {
  if (end <= start) return { start: paste.toOriginal(start), end: paste.toOriginal(start) };
  return { start: paste.toOriginal(start), end: paste.toOriginal(end - 1) + 1 };
}

/** The paste without terminal escape codes, for plain-text display (terminal output, reports). */
export function stripTerminalEscapes(text: string): string {
  return normalizePaste(text).text;
}

/** The reference pattern the scanner implements; kept for the equivalence test. */
export const terminalEscapePattern: RegExp = terminalEscapes;
