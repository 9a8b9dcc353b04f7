import { describe, expect, it } from 'vitest';
import { deepestConfigNesting, findTooDeepBracket } from './config-nesting.ts';

const objects = (depth: number) => `${'{a:'.repeat(depth)}1${'}'.repeat(depth)}`;
const arrays = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;

describe('measuring how deeply a pasted config nests', () => {
  it('lets a config as deep as the limit through and stops at the first bracket past it', () => {
    expect(findTooDeepBracket(objects(deepestConfigNesting))).toBeNull();
    expect(findTooDeepBracket(arrays(deepestConfigNesting))).toBeNull();
    // '{a:' is three characters: the 65th brace starts at column 64 × 3 + 1.
    expect(findTooDeepBracket(objects(deepestConfigNesting + 1))).toEqual({ line: 1, column: 193, bracket: '{' });
    expect(findTooDeepBracket(arrays(100_000))).toEqual({ line: 1, column: 65, bracket: '[' });
  });

  it('counts braces and brackets together, and closing ones give levels back', () => {
    const mixed = `${'[{a:'.repeat(40)}1${'}]'.repeat(40)}`;
    expect(findTooDeepBracket(mixed)).toEqual({ line: 1, column: 4 * 32 + 1, bracket: '[' });
    // Ten thousand siblings, never more than four deep: the levels are given back each time.
    expect(findTooDeepBracket(`{ list: [${'{ a: [1] },'.repeat(10_000)}] }`, 4)).toBeNull();
  });

  it('ignores brackets in strings (with escaped quotes) and comments', () => {
    const brackets = '{['.repeat(200);
    const text = [
      `// ${brackets}`,
      `{ /* ${brackets}`,
      `   ${brackets} */`,
      `  a: "${brackets} \\" ${brackets}",`,
      `  b: '${brackets} \\' ${brackets}',`,
      `  c: "line \\`,
      `continued ${brackets}",`,
      '}',
    ].join('\n');
    expect(findTooDeepBracket(text, 1)).toBeNull();
  });

  it('says the line and column after comments, strings and line breaks', () => {
    const text = `// gateway host\n{\n  /* old\n  settings */ note: "{ [",\n  x: ${'['.repeat(70)}`;
    expect(findTooDeepBracket(text)).toEqual({ line: 5, column: 6 + 63, bracket: '[' });
  });
});
