import JSON5 from 'json5';
import { describe, expect, it } from 'vitest';
import { findingsOf, type ExpectedRow } from './finding-table.ts';
import { placeholderToken } from './placeholder-token.ts';

const run = (text: string, errorClassId: string | null = null) =>
  findingsOf(placeholderToken, JSON5.parse, text, errorClassId);
const row = (path: string, line: number | null, message: string): ExpectedRow => ({
  id: 'placeholder-token',
  path,
  line,
  message: expect.stringContaining(message),
});

describe('placeholder-token', () => {
  it.each<[string, string, string | null, ExpectedRow[]]>([
    ['a real token: nothing', '{ gateway: { auth: { token: "abcdefabcdefabcdefabcdef" } } }', null, []],
    [
      'the .env.example placeholder',
      '{\n  gateway: {\n    auth: {\n      token: "change-me-to-a-long-random-token",\n    },\n  },\n}',
      null,
      [row('gateway.auth.token', 4, 'OpenClaw refuses to start with it')],
    ],
    [
      'the placeholder on the client',
      '{ gateway: { remote: { token: "change-me-to-a-long-random-token" } } }',
      null,
      [row('gateway.remote.token', 1, 'No gateway accepts it')],
    ],
  ])('%s', (_name, config, errorClassId, expected) => {
    expect(run(config, errorClassId)).toEqual(expected);
  });
});
