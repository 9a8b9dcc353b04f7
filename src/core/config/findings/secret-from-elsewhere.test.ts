import JSON5 from 'json5';
import { describe, expect, it } from 'vitest';
import { findingsOf, type ExpectedRow } from './finding-table.ts';
import { secretFromElsewhere } from './secret-from-elsewhere.ts';

const run = (text: string, errorClassId: string | null = null) =>
  findingsOf(secretFromElsewhere, JSON5.parse, text, errorClassId);
const row = (path: string, line: number | null, message: string): ExpectedRow => ({
  id: 'secret-from-elsewhere',
  path,
  line,
  message: expect.stringContaining(message),
});

describe('secret-from-elsewhere', () => {
  it.each<[string, string, string | null, ExpectedRow[]]>([
    ['a literal token: nothing', '{ gateway: { auth: { token: "abcdefabcdefabcdefabcdef" } } }', null, []],
    [
      'a ${VAR} token',
      '{\n  gateway: {\n    auth: { token: "${OPENCLAW_GATEWAY_TOKEN}" },\n  },\n}',
      null,
      [
        row(
          'gateway.auth.token',
          3,
          'OpenClaw substitutes the environment variable OPENCLAW_GATEWAY_TOKEN when it loads the config',
        ),
      ],
    ],
    [
      'an env SecretRef',
      '{ gateway: { auth: { token: { source: "env", provider: "default", id: "GW_TOKEN" } } } }',
      null,
      [row('gateway.auth.token', 1, 'It comes from the environment variable GW_TOKEN')],
    ],
    [
      'a file SecretRef on the client',
      '{ gateway: { remote: { token: { source: "file", provider: "vault", id: "gateway/token" } } } }',
      null,
      [row('gateway.remote.token', 1, 'the secrets file of provider "vault", under the key gateway/token')],
    ],
    [
      'a password SecretRef cannot be resolved at startup',
      '{ gateway: { auth: { password: { source: "exec", id: "pw" } } } }',
      null,
      [row('gateway.auth.password', 1, 'cannot be resolved at gateway startup')],
    ],
  ])('%s', (_name, config, errorClassId, expected) => {
    expect(run(config, errorClassId)).toEqual(expected);
  });
});
