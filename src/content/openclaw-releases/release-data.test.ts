import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { releaseData } from './index.ts';

const seen = { first: z.string(), last: z.string() };
const releaseDataSchema = z.object({
  generatedBy: z.string().check(z.minLength(10)),
  extractorVersion: z.number(),
  releases: z.array(z.string()).check(z.minLength(1)),
  strings: z.array(
    z.object({ text: z.string(), kind: z.enum(['message', 'code', 'reason']), module: z.string(), ...seen }),
  ),
  cards: z.array(z.object({ locale: z.string(), key: z.string(), text: z.string(), ...seen })),
  commands: z.record(z.string(), z.object({ ...seen, flags: z.record(z.string(), z.object(seen)) })),
  configKeys: z.record(z.string(), z.object({ ...seen, retiredIn: z.optional(z.string()) })),
  configKeyReleases: z.array(z.string()),
  phraseSightings: z.record(z.string(), z.object(seen)),
});

describe('release-data.json', () => {
  it('has the shape the reader writes (regenerate it with npm run openclaw:releases)', () => {
    const result = releaseDataSchema.safeParse(releaseData);
    expect(
      result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`),
    ).toEqual([]);
  });

  it('says how to regenerate it, and dates every entry with releases it read', () => {
    expect(releaseData.generatedBy).toContain('npm run openclaw:releases');
    const known = new Set(releaseData.releases);
    for (const item of releaseData.strings) expect(known.has(item.first) && known.has(item.last), item.text).toBe(true);
  });
});
