import { describe, expect, it } from 'vitest';
import { parseOpenclawConfig } from './parse-openclaw-config.ts';

describe('parseOpenclawConfig on hostile input', () => {
  it('answers JSON5 nested 100 000 levels deep instead of crashing (read, or "nested too deeply")', async () => {
    for (const text of [
      `${'['.repeat(100_000)}${']'.repeat(100_000)}`,
      `${'{a:'.repeat(100_000)}1${'}'.repeat(100_000)}`,
    ]) {
      const parsed = await parseOpenclawConfig(text);
      if (!parsed.ok) expect(parsed.error.message).toMatch(/nested too deeply|valid JSON5 but not a config/);
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
