import JSON5 from 'json5';
import { describe, expect, it } from 'vitest';
import { findingsOf, type ExpectedRow } from './finding-table.ts';
import { tokenTooShort } from './token-too-short.ts';

const run = (text: string, errorClassId: string | null = null) =>
  findingsOf(tokenTooShort, JSON5.parse, text, errorClassId);
const row = (path: string, line: number | null, message: string): ExpectedRow => ({
  id: 'token-too-short',
  path,
  line,
  message: expect.stringContaining(message),
});

describe('token-too-short', () => {
  it.each<[string, string, string | null, ExpectedRow[]]>([
    ['48 hex characters: nothing', `{ gateway: { auth: { token: "${'a1'.repeat(24)}" } } }`, null, []],
    ['"undefined" is another finding', '{ gateway: { auth: { token: "undefined" } } }', null, []],
    [
      'eight characters',
      '{\n  gateway: {\n    auth: { token: "hunter22" },\n  },\n}',
      null,
      [row('gateway.auth.token', 3, 'gateway.auth.token is only 8 characters long.')],
    ],
    [
      'a client token cut off',
      '{ gateway: { remote: { token: "0123456789abcdef" } } }',
      null,
      [row('gateway.remote.token', 1, 'gateway.remote.token is only 16 characters long.')],
    ],
  ])('%s', (_name, config, errorClassId, expected) => {
    expect(run(config, errorClassId)).toEqual(expected);
  });
});
