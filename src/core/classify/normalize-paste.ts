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

export interface NormalizedPaste {
  /** The text the matcher reads: escapes removed, everything else untouched. */
  readonly text: string;
  /** Maps an offset in `text` to the offset of the same character in the original paste. */
  readonly toOriginal: (offset: number) => number;
}

export function normalizePaste(original: string): NormalizedPaste {
  const pieces: string[] = [];
  // For each kept piece: where it starts in the normalized text and in the original.
  const normalizedStarts: number[] = [];
  const originalStarts: number[] = [];
  let normalizedLength = 0;
  let last = 0;
  terminalEscapes.lastIndex = 0;
  for (let match = terminalEscapes.exec(original); match; match = terminalEscapes.exec(original)) {
    if (match.index > last) {
      normalizedStarts.push(normalizedLength);
      originalStarts.push(last);
      pieces.push(original.slice(last, match.index));
      normalizedLength += match.index - last;
    }
    last = match.index + match[0].length;
  }
  // Most pastes have no escape codes: a 10 MB log is then not copied for nothing.
  if (normalizedStarts.length === 0 && last === 0) {
    return { text: original, toOriginal: (offset) => offset };
  }
  normalizedStarts.push(normalizedLength);
  originalStarts.push(last);
  pieces.push(original.slice(last));

  return {
    text: pieces.join(''),
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
  return text.replace(terminalEscapes, '');
}
