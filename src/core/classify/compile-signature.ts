/**
 * Authors write literal phrases; this turns them into regular-expression sources that run in
 * linear time. A phrase never becomes a wildcard: the only quantifier we emit is the whitespace
 * run between words, over a character set disjoint from the words around it, so there is
 * nothing to backtrack into (a `(.+)` between words would backtrack on every failed match).
 */

// Between two words of a phrase: real whitespace, the `\n`/`\t` escapes a JSON log line has
// where the terminal had a line break, or the vertical bars of a status table whose cell wrapped
// the message (`openclaw status` draws boxes with │).
export const flexibleWhitespace = String.raw`(?:[\s│┃║]|\\[nrt])+`;

const regexSpecials = /[.*+?^${}()|[\]\\/-]/g;

export function escapeLiteral(text: string): string {
  return text.replace(regexSpecials, '\\$&');
}

// After an `atLineEnd` phrase: at most a few closing quotes, brackets, dots or spaces, then the end
// of the line (a real one, a JSON-escaped one, or a JSON field separator). Bounded: constant work.
export const lineEndLookahead = String.raw`(?=[ \t"'\x60)\]}.]{0,8}(?:[\r\n,;]|\\[nr]|$))`;

/** Compiles a literal phrase to a regex source (use with the `i` flag). */
export function compilePhrase(phrase: string, options: { wholeWord?: boolean; atLineEnd?: boolean } = {}): string {
  const words = phrase.trim().split(/\s+/);
  let body = words.map(escapeLiteral).join(flexibleWhitespace);
  // Lookarounds over a single character: constant work per position.
  if (options.wholeWord) body = String.raw`(?<![A-Za-z0-9_])` + body + String.raw`(?![A-Za-z0-9_])`;
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
