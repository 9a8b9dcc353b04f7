import JSON5 from 'json5';
import { describe, expect, it } from 'vitest';
import { findingsOf, type ExpectedRow } from './finding-table.ts';
import { misplacedKey } from './misplaced-key.ts';

const run = (text: string, errorClassId: string | null = null) =>
  findingsOf(misplacedKey, JSON5.parse, text, errorClassId);
const row = (path: string, line: number | null, message: string): ExpectedRow => ({
  id: 'misplaced-key',
  path,
  line,
  message: expect.stringContaining(message),
});

describe('misplaced-key', () => {
  it.each<[string, string, string | null, ExpectedRow[]]>([
    ['the right place: nothing', '{ gateway: { auth: { token: "t" }, remote: { token: "t" } } }', null, []],
    [
      'gateway.token',
      '{\n  gateway: {\n    token: "abc",\n  },\n}',
      null,
      [
        row(
          'gateway.token',
          3,
          'OpenClaw itself says: Found "gateway.token" in config. Use "gateway.auth.token" instead.',
        ),
      ],
    ],
    [
      'a top-level token',
      '{\n  token: "abc",\n}',
      null,
      [row('token', 2, 'A "token" at the top level of openclaw.json is ignored')],
    ],
    [
      'auth.token without gateway',
      '{\n  auth: { token: "abc" },\n}',
      null,
      [row('auth', 2, 'An "auth" section at the top level is not the gateway\'s')],
    ],
    [
      'gateway nested under agents',
      '{\n  agents: {\n    defaults: {},\n    gateway: { auth: { token: "abc" } },\n  },\n}',
      null,
      [row('agents.gateway', 4, '"gateway" is nested under "agents"')],
    ],
  ])('%s', (_name, config, errorClassId, expected) => {
    expect(run(config, errorClassId)).toEqual(expected);
  });
});
