import JSON5 from 'json5';
import { describe, expect, it } from 'vitest';
import { findingsOf, type ExpectedRow } from './finding-table.ts';
import { authTokenMissing } from './auth-token-missing.ts';

const run = (text: string, errorClassId: string | null = null) =>
  findingsOf(authTokenMissing, JSON5.parse, text, errorClassId);
const row = (path: string, line: number | null, message: string): ExpectedRow => ({
  id: 'auth-token-missing',
  path,
  line,
  message: expect.stringContaining(message),
});

describe('auth-token-missing', () => {
  it.each<[string, string, string | null, ExpectedRow[]]>([
    ['token set: nothing', '{ gateway: { auth: { mode: "token", token: "abcdefabcdefabcdefabcdef" } } }', null, []],
    ['password mode: nothing', '{ gateway: { auth: { mode: "password", password: "pw" } } }', null, []],
    ['client in remote mode: nothing', '{ gateway: { mode: "remote", remote: { token: "x" } } }', null, []],
    [
      'token mode without a token (the Docker trap)',
      '{\n  gateway: {\n    auth: { mode: "token" },\n  },\n}',
      null,
      [row('gateway.auth.token', 3, 'Token mode, but no gateway.auth.token.')],
    ],
    [
      'no gateway section at all',
      '{ agents: {} }',
      null,
      [row('gateway.auth.token', null, 'in Docker a config folder that is not a volume loses it')],
    ],
  ])('%s', (_name, config, errorClassId, expected) => {
    expect(run(config, errorClassId)).toEqual(expected);
  });
});
