import JSON5 from 'json5';
import { describe, expect, it } from 'vitest';
import { findingsOf, type ExpectedRow } from './finding-table.ts';
import { hooksTokenReusesGatewayToken } from './hooks-token-reuses-gateway-token.ts';

const run = (text: string) => findingsOf(hooksTokenReusesGatewayToken, JSON5.parse, text);
const row = (path: string, line: number | null, message: string): ExpectedRow => ({
  id: 'hooks-token-reuses-gateway-token',
  path,
  line,
  message: expect.stringContaining(message),
});

describe('hooks-token-reuses-gateway-token', () => {
  it.each<[string, string, ExpectedRow[]]>([
    ['own hooks token: nothing', '{ gateway: { auth: { token: "aaaa" } }, hooks: { token: "bbbb" } }', []],
    ['no hooks: nothing', '{ gateway: { auth: { token: "aaaa" } } }', []],
    [
      'the same token',
      '{\n  gateway: { auth: { token: "aaaa" } },\n  hooks: {\n    token: "aaaa",\n  },\n}',
      [
        row(
          'hooks.token',
          4,
          'OpenClaw refuses to start: "Invalid config: hooks.token must not match gateway auth token."',
        ),
      ],
    ],
  ])('%s', (_name, config, expected) => {
    expect(run(config)).toEqual(expected);
  });
});
