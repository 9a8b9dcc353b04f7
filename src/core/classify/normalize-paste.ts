import { fromAsciiBytes, toAsciiBytes } from './ascii-bytes.ts';
import { foldableWideCharacters, foldWideCharacter } from './compile-signature.ts';
import { TextBuilder } from './text-builder.ts';

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
const SPACE = 0x20;
const LINE_FEED = 0x0a;
const LETTER_N = 0x6e;
const LETTER_R = 0x72;
const LETTER_T = 0x74;
const LETTER_CAPITAL_A = 0x41;
const LETTER_CAPITAL_Z = 0x5a;
/** Set in a lower-case ASCII letter, clear in its capital. */
const CASE_BIT = 0x20;

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
   * status tables as spaces, full-width forms (`（４００８）`, `，`, `。`) and typographic quotes as ASCII, and JSON escapes `\n`/`\r` as " " + newline and `\t` as two spaces,
   * so a phrase needs only `\s+` between its words. Computed once, on first use; null when
   * lower-casing would move offsets (a few characters such as "İ" grow), and matchers then
   * fall back to the `i` flag on `text`.
   */
  readonly lowerCase: () => string | null;
}

/**
 * JSON escapes `\\n` and `\\r` as " " + newline, `\\t` as two spaces, in one pass (same as
 * replacing them in turn: neither replacement makes or breaks a match of the other). A log
 * of escaped JSON has a million of them, and a regex replace pays for each match.
 */
function foldJsonEscapes(lower: string): string {
  let builder: TextBuilder | null = null;
  let last = 0;
  for (let index = lower.indexOf('\\'); index !== -1; index = lower.indexOf('\\', index)) {
    const next = lower.charCodeAt(index + 1);
    if (next !== LETTER_N && next !== LETTER_R && next !== LETTER_T) {
      index += 1;
      continue;
    }
    builder ??= new TextBuilder(lower.length);
    builder.appendSlice(lower, last, index);
    builder.appendCode(SPACE);
    builder.appendCode(next === LETTER_T ? SPACE : LINE_FEED);
    index += 2;
    last = index;
  }
  if (!builder) return lower;
  builder.appendSlice(lower, last, lower.length);
  return builder.toString();
}

/** `foldJsonEscapes(text.toLowerCase())` for ASCII bytes, in place, in one pass. */
function foldAsciiBytes(bytes: Uint8Array): Uint8Array {
  for (let index = 0; index < bytes.length; index += 1) {
    const code = bytes[index] ?? 0;
    if (code >= LETTER_CAPITAL_A && code <= LETTER_CAPITAL_Z) {
      bytes[index] = code + CASE_BIT;
    } else if (code === BACKSLASH) {
      // Only "N"/"n" give "n" with the case bit set (and so for "r" and "t").
      const next = (bytes[index + 1] ?? 0) | CASE_BIT;
      if (next === LETTER_N || next === LETTER_R || next === LETTER_T) {
        bytes[index] = SPACE;
        bytes[index + 1] = next === LETTER_T ? SPACE : LINE_FEED;
        index += 1;
      }
    }
  }
  return bytes;
}

/** A short text is not worth the two calls of the Encoding API. */
const minByteFoldLength = 1024;

/** See `NormalizedPaste.lowerCase`. */
function foldForMatching(text: string): string | null {
  // An ASCII paste with JSON escapes (a log of escaped JSON can have a million): lower-cased and
  // folded as bytes, in one pass, instead of lower-cased and then rebuilt around every escape.
  if (text.length >= minByteFoldLength && text.includes('\\')) {
    const bytes = toAsciiBytes(text);
    if (bytes) return fromAsciiBytes(foldAsciiBytes(bytes));
  }
  const lower = text.toLowerCase();
  return lower.length === text.length
    ? foldJsonEscapes(lower.replace(foldableWideCharacters, foldWideCharacter))
    : null;
}

function memoizedLowerCase(text: string): () => string | null {
  let folded: string | null | undefined;
  return () => {
    if (folded === undefined) folded = foldForMatching(text);
    return folded;
  };
}

/**
 * Where the text shifts against the original: from normalized offset `starts[i]` on (up to the
 * next entry), original = normalized + `shifts[i]`. One entry per removed escape (consecutive
 * escapes make one), in typed arrays: a log with a million colour codes needs two small
 * integers per code, not an object or a boxed number.
 */
class OffsetShifts {
  private starts = new Int32Array(16);
  private shifts = new Int32Array(16);
  private count = 1; // Entry 0: from offset 0, no shift.

  /** From normalized offset `start` on, the original is `shift` characters further. */
  add(start: number, shift: number): void {
    // Escapes back to back, or one at the very start: the later shift wins at the same offset.
    if (this.starts[this.count - 1] === start) {
      this.shifts[this.count - 1] = shift;
      return;
    }
    if (this.count === this.starts.length) {
      const starts = new Int32Array(this.count * 2);
      const shifts = new Int32Array(this.count * 2);
      starts.set(this.starts);
      shifts.set(this.shifts);
      this.starts = starts;
      this.shifts = shifts;
    }
    this.starts[this.count] = start;
    this.shifts[this.count] = shift;
    this.count += 1;
  }

  toOriginal(offset: number): number {
    // Binary search for the last entry starting at or before `offset`.
    let low = 0;
    let high = this.count - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((this.starts[middle] ?? 0) <= offset) low = middle;
      else high = middle - 1;
    }
    return offset + (this.shifts[low] ?? 0);
  }
}

/** How far past an escape (or a look-alike) the next one is looked for by hand, before indexOf. */
const nearbyWindow = 16;

const isEscapeStart = (code: number): boolean => code === ESC || code === LEFT_BRACKET || code === SYMBOL_FOR_ESCAPE;

/**
 * A paste whose first `denseAfter` escapes come within `denseSpacing` characters each, on
 * average, is mostly escapes (a colour code around every word): the rest of it, when ASCII, is
 * stripped as bytes in one pass instead of piece by piece.
 */
const denseAfter = 1024;
const denseSpacing = 32;

/**
 * Strips the escapes from `bytes`, the ASCII of `original` from `start` on, moving the kept
 * bytes down in place; returns how many are kept. `keptBefore`: the length of the normalized
 * text before `start`, for the offset shifts.
 */
function stripAsciiEscapes(
  original: string,
  start: number,
  bytes: Uint8Array,
  keptBefore: number,
  shifts: OffsetShifts,
): number {
  let kept = 0;
  let read = 0;
  while (read < bytes.length) {
    const code = bytes[read] ?? 0;
    // U+241B is not ASCII: ESC and "[" are the only starts left.
    if (code === ESC || code === LEFT_BRACKET) {
      const escapeLength = escapeLengthAt(original, start + read);
      if (escapeLength > 0) {
        read += escapeLength;
        shifts.add(keptBefore + kept, start + read - (keptBefore + kept));
        continue;
      }
    }
    bytes[kept] = code;
    kept += 1;
    read += 1;
  }
  return kept;
}

export function normalizePaste(original: string): NormalizedPaste {
  let builder: TextBuilder | null = null;
  let shifts: OffsetShifts | null = null;
  const length = original.length;
  // Kept text runs from `last`; the next escape is looked for from `from`.
  let last = 0;
  let from = 0;
  // Jump between the only characters an escape can start with, found by native indexOf: a
  // log is mostly plain text, and reading it character by character in JS costs more. But
  // escapes come in clusters (a colour code around every word), and a call of indexOf costs
  // more than reading the few characters to the next one: those are read by hand first.
  let nextEscape = original.indexOf('\x1b');
  let nextBracket = original.indexOf('[');
  let nextSymbol = original.indexOf('\u241b');
  let escapes = 0;
  for (;;) {
    let index = -1;
    const nearbyEnd = Math.min(length, from + nearbyWindow);
    for (let at = from; at < nearbyEnd; at += 1) {
      if (isEscapeStart(original.charCodeAt(at))) {
        index = at;
        break;
      }
    }
    if (index === -1) {
      const start = Math.max(from, nearbyEnd);
      if (nextEscape !== -1 && nextEscape < start) nextEscape = original.indexOf('\x1b', start);
      if (nextBracket !== -1 && nextBracket < start) nextBracket = original.indexOf('[', start);
      if (nextSymbol !== -1 && nextSymbol < start) nextSymbol = original.indexOf('\u241b', start);
      index = nextEscape;
      if (nextBracket !== -1 && (index === -1 || nextBracket < index)) index = nextBracket;
      if (nextSymbol !== -1 && (index === -1 || nextSymbol < index)) index = nextSymbol;
      if (index === -1) break;
    }
    const escapeLength = escapeLengthAt(original, index);
    if (escapeLength === 0) {
      // Not an escape here: look for the next candidate after this character.
      from = index + 1;
      continue;
    }
    builder ??= new TextBuilder(length);
    shifts ??= new OffsetShifts();
    builder.appendSlice(original, last, index);
    last = index + escapeLength;
    from = last;
    shifts.add(builder.length, last - builder.length);
    escapes += 1;
    if (escapes === denseAfter && last <= denseAfter * denseSpacing) {
      const bytes = toAsciiBytes(original.slice(last));
      if (bytes) {
        const kept = stripAsciiEscapes(original, last, bytes, builder.length, shifts);
        const rest = fromAsciiBytes(bytes.subarray(0, kept));
        builder.appendSlice(rest, 0, rest.length);
        last = length;
        break;
      }
    }
  }
  // Most pastes have no escape codes: a 10 MB log is then not copied for nothing.
  if (!builder || !shifts) {
    return { text: original, toOriginal: (offset) => offset, lowerCase: memoizedLowerCase(original) };
  }
  builder.appendSlice(original, last, length);
  const text = builder.toString();
  const map = shifts;
  return { text, lowerCase: memoizedLowerCase(text), toOriginal: (offset) => map.toOriginal(offset) };
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
