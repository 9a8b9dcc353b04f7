import { describe, expect, it } from 'vitest';
import { analyzeConfigText } from './analyze-config-text.ts';
import { deepestConfigNesting } from './config-nesting.ts';
import { parseOpenclawConfig } from './parse-openclaw-config.ts';

const tooDeep =
  /^The config is nested more than 64 levels deep: the ([{[]) at line (\d+), column (\d+) opens level 65\. .*Paste only ~\/\.openclaw\/openclaw\.json, or remove the extra brackets\.$/;

describe('parseOpenclawConfig on hostile input', () => {
  it('refuses JSON5 nested 100 000 levels deep (objects, arrays, mixed) with where the limit was passed', async () => {
    const cases = [
      { text: `${'{a:'.repeat(100_000)}1${'}'.repeat(100_000)}`, column: 193 },
      { text: `${'['.repeat(100_000)}${']'.repeat(100_000)}`, column: 65 },
      { text: `{ gateway: {}, deep: ${'['.repeat(100_000)}${']'.repeat(100_000)} }`, column: 22 + 63 },
      { text: `${'{a:['.repeat(50_000)}1${']}'.repeat(50_000)}`, column: 32 * 4 + 1 },
    ];
    for (const { text, column } of cases) {
      const parsed = await parseOpenclawConfig(text);
      expect(parsed.ok).toBe(false);
      if (parsed.ok) continue;
      expect(parsed.error.message).toMatch(tooDeep);
      expect(parsed.error).toMatchObject({ line: 1, column });
      // The excerpt shows the text around that bracket with the caret under it.
      const [shown = '', caret = ''] = parsed.error.excerpt.split('\n');
      expect(shown.charAt(caret.indexOf('^'))).toMatch(/[{[]/);
    }
  });

  it('reads a config nested as deep as the limit, and analyses it', async () => {
    const text = `{ gateway: { auth: { token: "${'t'.repeat(40)}" } }, plugins: ${'{a:'.repeat(deepestConfigNesting - 1)}1${'}'.repeat(deepestConfigNesting - 1)} }`;
    const analysis = await analyzeConfigText(text);
    expect(analysis.ok).toBe(true);
    if (analysis.ok) expect(analysis.tokens.authToken.kind).toBe('literal');
  });

  it('the page and the CLI get the same message from the analysis', async () => {
    const analysis = await analyzeConfigText(`{\n  gateway: {\n    auth: ${'{ x: '.repeat(100_000)}`);
    expect(analysis.ok).toBe(false);
    if (!analysis.ok) {
      expect(analysis.error.message).toMatch(tooDeep);
      expect(analysis.error).toMatchObject({ line: 3, column: 11 + 5 * 62 });
    }
  });

  it('refuses a 20 MB config with its size and what to paste instead', async () => {
    const parsed = await parseOpenclawConfig(`{ gateway: { auth: { token: "${'a'.repeat(20 * 1024 * 1024)}" } } }`);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok)
      expect(parsed.error.message).toMatch(
        /^This is 21\.0 million characters; an openclaw\.json is a few thousand\. Paste only the config file/,
      );
  });
});
