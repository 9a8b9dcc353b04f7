import JSON5 from 'json5';
import { describe, expect, it } from 'vitest';
import { findingsOf, type ExpectedRow } from './finding-table.ts';
import { bindWithoutAuth } from './bind-without-auth.ts';

const run = (text: string, errorClassId: string | null = null) =>
  findingsOf(bindWithoutAuth, JSON5.parse, text, errorClassId);
const row = (path: string, line: number | null, message: string): ExpectedRow => ({
  id: 'bind-without-auth',
  path,
  line,
  message: expect.stringContaining(message),
});

describe('bind-without-auth', () => {
  it.each<[string, string, string | null, ExpectedRow[]]>([
    ['loopback without auth: nothing', '{ gateway: { bind: "loopback", auth: { mode: "none" } } }', null, []],
    ['lan with a token: nothing', '{ gateway: { bind: "lan", auth: { mode: "token", token: "t" } } }', null, []],
    [
      'lan with auth mode none',
      '{\n  gateway: {\n    bind: "lan",\n    auth: { mode: "none" },\n  },\n}',
      null,
      [
        row(
          'gateway.bind',
          3,
          'gateway.bind is "lan" (reachable from other machines), but gateway.auth.mode is "none".',
        ),
      ],
    ],
    [
      'tailnet in password mode without a password',
      '{ gateway: { bind: "tailnet", auth: { mode: "password" } } }',
      null,
      [row('gateway.bind', 1, 'Refusing to bind gateway to tailnet without auth.')],
    ],
  ])('%s', (_name, config, errorClassId, expected) => {
    expect(run(config, errorClassId)).toEqual(expected);
  });
});
