/**
 * Authors write literal phrases; this turns them into regular-expression sources that run in
 * linear time. A phrase never becomes a wildcard: the only quantifier we emit is the whitespace
 * run between words, over a character set disjoint from the words around it, so there is
 * nothing to backtrack into (a `(.+)` between words would backtrack on every failed match).
 */

// Between two words of a phrase: real whitespace, the `\n`/`\t` escapes a JSON log line has
// where the terminal had a line break, or the vertical bars of a status table whose cell wrapped
// the message (`openclaw status` draws boxes with │). Also `_` and `-` (an identifier such as
// `openclaw_gateway_pairing_required` or `device-id-mismatch` reads as its words) and nothing at
// all (a CamelCase name `GatewaySecretRefUnavailableError`, lower-cased, has no separator left).
export const flexibleWhitespace = String.raw`(?:[\s│┃║_-]|\\[nrt])*?`;
/** Beside a punctuation mark inside a word ("(4008):", `"message":"…`): any spacing, or none. */
export const flexibleSpacing = String.raw`(?:[\s│┃║]|\\[nrt])*?`;
/** The folded paste (`NormalizedPaste.lowerCase()`) has every separator as real whitespace. */
export const foldedWhitespace = String.raw`[\s_-]*?`;
export const foldedSpacing = String.raw`\s*?`;
/** Any quotation mark stands for any other: `'…'`, `"…"`, `` `…` `` and typographic quotes (folded to ASCII). */
const anyQuote = '["\'\x60]';
const anyQuoteUnfolded = '["\'\x60\u2018\u2019\u201c\u201d]';

const regexSpecials = /[.*+?^${}()|[\]\\/-]/g;

export function escapeLiteral(text: string): string {
  return text.replace(regexSpecials, '\\$&');
}

/**
 * Full-width ASCII forms (U+FF01–FF5E: `（４００８）：`, `，`), the ideographic full stop, comma and
 * space, and typographic quotes, as the ASCII they stand for. One code unit for one: offsets stay.
 */
export const foldableWideCharacters = /[\uff01-\uff5e\u3000-\u3002\u2018\u2019\u201c\u201d│┃║]/g;
export function foldWideCharacter(character: string): string {
  const code = character.charCodeAt(0);
  if (code >= 0xff01 && code <= 0xff5e) return String.fromCharCode(code - 0xfee0);
  switch (character) {
    case '\u3001':
      return ',';
    case '\u3002':
      return '.';
    case '\u2018':
    case '\u2019':
      return "'";
    case '\u201c':
    case '\u201d':
      return '"';
    default:
      return ' ';
  }
}

const isWordCharacter = (character: string): boolean => /[\p{L}\p{N}_]/u.test(character);
const isQuote = (character: string): boolean => character === '"' || character === "'" || character === '`';

/**
 * A phrase as the tokens of its pattern, folded the way the paste is: full-width forms as ASCII,
 * CamelCase and `kebab-case` split into words, lower-cased. Between two words the
 * separator (any whitespace, `_`, `-`, or none); beside a punctuation mark any spacing; a quote
 * matches any quote. Each token is a literal character or one of these constructs, so the
 * pattern stays linear (one bounded choice per position, nothing nested).
 */
export function phraseTokens(phrase: string, options: { folded?: boolean } = {}): string[] {
  const separator = options.folded ? foldedWhitespace : flexibleWhitespace;
  const spacing = options.folded ? foldedSpacing : flexibleSpacing;
  const quote = options.folded ? anyQuote : anyQuoteUnfolded;
  const words = phrase
    .replace(foldableWideCharacters, foldWideCharacter)
    .trim()
    // CamelCase: "SecretRef" → "Secret Ref"; a run of capitals stays one word ("TLS").
    .replace(/([\p{Ll}\p{N}])(\p{Lu})/gu, '$1 $2')
    .toLowerCase()
    // A hyphen between words is a word break ("self-signed certificate" is also "self signed …").
    // An underscore is not: a detail code (`PAIRING_REQUIRED`, `password_mismatch`) matches only
    // that code (or its CamelCase/kebab forms), never the plain words a chat log may also print.
    .replace(/([\p{L}\p{N}])-(?=[\p{L}\p{N}])/gu, '$1 ')
    .split(/\s+/);
  const tokens: string[] = [];
  words.forEach((word, position) => {
    if (position > 0) tokens.push(separator);
    let previous = '';
    // Code points, so a character outside the BMP stays one token.
    for (const character of word) {
      if (previous !== '' && !(isWordCharacter(previous) && isWordCharacter(character))) tokens.push(spacing);
      tokens.push(isQuote(character) ? quote : escapeLiteral(character));
      previous = character;
    }
  });
  return tokens;
}

/**
 * Whole-word conditions, only where the phrase starts or ends with a letter or digit. For a phrase
 * of words, `_` is a boundary (`reason=token mismatch` and `openclaw_token_mismatch` hold the
 * words); for a detail code with `_` in it, it is not (`XALPHA_MISMATCH_2` is another code).
 */
export function wordBoundaries(phrase: string): { start: string; end: string } {
  const trimmed = phrase.trim();
  const word = trimmed.includes('_') ? 'A-Za-z0-9_' : 'A-Za-z0-9';
  return {
    start: /^[A-Za-z0-9]/.test(trimmed) ? `(?<![${word}])` : '',
    end: /[A-Za-z0-9]$/.test(trimmed) ? `(?![${word}])` : '',
  };
}

// After an `atLineEnd` phrase: at most a few closing quotes, brackets, dots or spaces, then the end
// of the line (a real one, a JSON-escaped one, or a JSON field separator). Bounded: constant work.
export const lineEndLookahead = String.raw`(?=[ \t"'\x60)\]}.]{0,8}(?:[\r\n,;]|\\[nr]|$))`;

/** Compiles a literal phrase to a regex source (use with the `i` flag). */
export function compilePhrase(phrase: string, options: { wholeWord?: boolean; atLineEnd?: boolean } = {}): string {
  let body = phraseTokens(phrase).join('');
  // Lookarounds over a single character: constant work per position.
  if (options.wholeWord) {
    const boundaries = wordBoundaries(phrase);
    body = boundaries.start + body + boundaries.end;
  }
  if (options.atLineEnd) body += lineEndLookahead;
  return body;
}

/**
 * A static check that a regex source has no construct that can backtrack super-linearly:
 * no quantified group that itself contains a quantifier (`(a+)+`, `(?:x*y)*`), and no
 * back-references. Used by tests over every compiled signature.
 */
export function findUnsafeRegexConstruct(source: string): string | null {
  if (/\\[1-9]/.test(source)) return 'a back-reference';
  // Walk the source tracking, for each open group, whether it contains a quantifier.
  const stack: boolean[] = [];
  for (let index = 0; index < source.length; index += 1) {
    const character = source[index];
    if (character === '\\') {
      index += 1;
      continue;
    }
    if (character === '[') {
      // Skip a character class: quantifier characters inside it are literals.
      index += 1;
      while (index < source.length && source[index] !== ']') {
        if (source[index] === '\\') index += 1;
        index += 1;
      }
      continue;
    }
    if (character === '(') {
      stack.push(false);
      continue;
    }
    const next = source[index + 1];
    const quantifiedNext = next === '*' || next === '+' || next === '{' || next === '?';
    if (character === ')') {
      const innerHasQuantifier = stack.pop() ?? false;
      const unbounded = next === '*' || next === '+' || (next === '{' && /^\{\d+,\}/.test(source.slice(index + 1)));
      if (innerHasQuantifier && unbounded) return `a quantified group containing a quantifier, at ${index}`;
      if (quantifiedNext && stack.length > 0) stack[stack.length - 1] = true;
      continue;
    }
    if ((character === '*' || character === '+') && stack.length > 0) {
      stack[stack.length - 1] = true;
    }
  }
  return null;
}
