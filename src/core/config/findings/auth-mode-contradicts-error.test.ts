import JSON5 from 'json5';
import { describe, expect, it } from 'vitest';
import { findingsOf, type ExpectedRow } from './finding-table.ts';
import { authModeContradictsError } from './auth-mode-contradicts-error.ts';

const run = (text: string, errorClassId: string | null = null) =>
  findingsOf(authModeContradictsError, JSON5.parse, text, errorClassId);
const row = (path: string, line: number | null, message: string): ExpectedRow => ({
  id: 'auth-mode-contradicts-error',
  path,
  line,
  message: expect.stringContaining(message),
});

describe('auth-mode-contradicts-error', () => {
  it.each<[string, string, string | null, ExpectedRow[]]>([
    [
      'token mode and a token error: nothing',
      '{ gateway: { auth: { mode: "token", token: "t" } } }',
      'gateway-token-mismatch',
      [],
    ],
    ['no error pasted: nothing', '{ gateway: { auth: { mode: "password", password: "p" } } }', null, []],
    [
      'password mode but a token mismatch',
      '{\n  gateway: {\n    auth: {\n      mode: "password",\n      password: "pw",\n    },\n  },\n}',
      'gateway-token-mismatch',
      [row('gateway.auth.mode', 4, 'The error is about a token, but gateway.auth.mode is "password".')],
    ],
    [
      'a password without a mode resolves to password mode',
      '{ gateway: { auth: { password: "pw" } } }',
      'gateway-token-missing',
      [
        row(
          'gateway.auth.mode',
          1,
          'this config resolves to password mode (no gateway.auth.mode, and a password is set)',
        ),
      ],
    ],
    [
      'password mode but the gateway says no token is configured',
      '{ gateway: { auth: { mode: "password", password: "pw" } } }',
      'gateway-token-not-configured',
      [row('gateway.auth.mode', 1, 'The error is about a token')],
    ],
    [
      'token mode but a password error',
      '{ gateway: { auth: { mode: "token", token: "t" } } }',
      'gateway-password-mismatch',
      [row('gateway.auth.mode', 1, 'The error is about a password, but gateway.auth.mode is "token".')],
    ],
  ])('%s', (_name, config, errorClassId, expected) => {
    expect(run(config, errorClassId)).toEqual(expected);
  });
});
