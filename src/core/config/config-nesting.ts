/**
 * How deeply a pasted config nests braces and brackets, measured on the text before json5 reads
 * it. json5 itself parses any depth, but everything after it that walks the value or its key
 * paths (key lines, schema, JSON copies, the browser's memory for 100 000 nested paths) grows
 * with the depth; a 100 000-deep paste crashed the page. One linear pass that skips strings and
 * comments finds the first bracket past the limit, so a hostile paste is refused in milliseconds.
 */

/** A real openclaw.json nests fewer than 10 levels (gateway.auth.token is 3); 64 leaves room for any real one. */
export const deepestConfigNesting = 64;

/** The first `{` or `[` that opens a level past the limit: where it is (1-based) and which it is. */
export interface TooDeepBracket {
  readonly line: number;
  /** 1-based, in UTF-16 code units, as json5 counts. */
  readonly column: number;
  readonly bracket: '{' | '[';
}

const newline = 10;
const slash = 47;
const star = 42;
const backslash = 92;
const doubleQuote = 34;
const singleQuote = 39;
const openBrace = 123;
const openBracket = 91;
const closeBrace = 125;
const closeBracket = 93;

/**
 * Null when no bracket nests deeper than `limit`. Brackets inside strings ("…" and '…', with
 * backslash escapes) and comments (// and /* *\/) do not count. Text json5 would reject may be
 * measured loosely; json5 reports its real mistake.
 */
export function findTooDeepBracket(text: string, limit: number = deepestConfigNesting): TooDeepBracket | null {
  let depth = 0;
  let line = 1;
  let lineStart = 0;
  let position = 0;
  while (position < text.length) {
    const code = text.charCodeAt(position);
    if (code === newline) {
      line += 1;
      lineStart = position + 1;
      position += 1;
    } else if (code === doubleQuote || code === singleQuote) {
      position += 1;
      while (position < text.length) {
        const inside = text.charCodeAt(position);
        if (inside === code) break;
        // A raw line break ends the string for json5 (an error); line continuations are escaped.
        if (inside === newline) break;
        if (inside === backslash) {
          if (text.charCodeAt(position + 1) === newline) {
            line += 1;
            lineStart = position + 2;
          }
          position += 2;
        } else position += 1;
      }
      if (text.charCodeAt(position) !== newline) position += 1;
    } else if (code === slash && text.charCodeAt(position + 1) === slash) {
      const end = text.indexOf('\n', position);
      position = end === -1 ? text.length : end;
    } else if (code === slash && text.charCodeAt(position + 1) === star) {
      const end = text.indexOf('*/', position + 2);
      const stop = end === -1 ? text.length : end + 2;
      for (let at = text.indexOf('\n', position); at !== -1 && at < stop; at = text.indexOf('\n', at + 1)) {
        line += 1;
        lineStart = at + 1;
      }
      position = stop;
    } else if (code === openBrace || code === openBracket) {
      depth += 1;
      if (depth > limit) return { line, column: position - lineStart + 1, bracket: code === openBrace ? '{' : '[' };
      position += 1;
    } else if (code === closeBrace || code === closeBracket) {
      if (depth > 0) depth -= 1;
      position += 1;
    } else {
      position += 1;
    }
  }
  return null;
}
