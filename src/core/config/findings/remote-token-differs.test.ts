import JSON5 from 'json5';
import { describe, expect, it } from 'vitest';
import { findingsOf, type ExpectedRow } from './finding-table.ts';
import { remoteTokenDiffers } from './remote-token-differs.ts';

const run = (text: string, errorClassId: string | null = null) =>
  findingsOf(remoteTokenDiffers, JSON5.parse, text, errorClassId);
const row = (path: string, line: number | null, message: string): ExpectedRow => ({
  id: 'remote-token-differs',
  path,
  line,
  message: expect.stringContaining(message),
});

describe('remote-token-differs', () => {
  it.each<[string, string, string | null, ExpectedRow[]]>([
    [
      'equal tokens: nothing',
      '{ gateway: { mode: "remote", auth: { token: "abc123abc123abc123abc123" }, remote: { token: "abc123abc123abc123abc123" } } }',
      null,
      [],
    ],
    ['no remote token: nothing', '{ gateway: { auth: { token: "abcdefabcdefabcdefabcdef" } } }', null, []],
    [
      'different tokens in remote mode',
      '{\n  gateway: {\n    mode: "remote",\n    auth: { token: "aaaaaaaaaaaaaaaaaaaaaaaa" },\n    remote: {\n      token: "bbbbbbbbbbbbbbbbbbbbbbbb",\n    },\n  },\n}',
      null,
      [row('gateway.remote.token', 6, 'gateway.remote.token differs from gateway.auth.token (24 and 24 characters)')],
    ],
    [
      'equal apart from a trailing space',
      '{ gateway: { auth: { token: "abc123abc123abc123abc123" }, remote: { token: "abc123abc123abc123abc123 " } } }',
      null,
      [row('gateway.remote.token', 1, 'equal apart from spaces')],
    ],
    [
      'a ${VAR} is not compared',
      '{ gateway: { auth: { token: "${OPENCLAW_GATEWAY_TOKEN}" }, remote: { token: "bbbbbbbbbbbbbbbbbbbbbbbb" } } }',
      null,
      [],
    ],
  ])('%s', (_name, config, errorClassId, expected) => {
    expect(run(config, errorClassId)).toEqual(expected);
  });
});
