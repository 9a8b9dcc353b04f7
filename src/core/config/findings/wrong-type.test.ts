import JSON5 from 'json5';
import { describe, expect, it } from 'vitest';
import { findingsOf, type ExpectedRow } from './finding-table.ts';
import { wrongType } from './wrong-type.ts';

const run = (text: string, errorClassId: string | null = null) =>
  findingsOf(wrongType, JSON5.parse, text, errorClassId);
const row = (path: string, line: number | null, message: string): ExpectedRow => ({
  id: 'wrong-type',
  path,
  line,
  message: expect.stringContaining(message),
});

describe('wrong-type', () => {
  it.each<[string, string, string | null, ExpectedRow[]]>([
    ['right types: nothing', '{ gateway: { port: 18789, bind: "lan", auth: { mode: "token" } } }', null, []],
    [
      'a port as a string',
      '{\n  gateway: {\n    port: "18789",\n  },\n}',
      null,
      [row('gateway.port', 3, 'gateway.port should be a number.')],
    ],
    [
      'an unknown auth mode',
      '{ gateway: { auth: { mode: "tokens" } } }',
      null,
      [row('gateway.auth.mode', 1, 'gateway.auth.mode should be one of "none", "token", "password", "trusted-proxy".')],
    ],
    [
      'a token that is a number',
      '{ gateway: { auth: { token: 12345 } } }',
      null,
      [row('gateway.auth.token', 1, 'should be a string, or a SecretRef object { source, provider, id }')],
    ],
    ['gateway as a list', '{ gateway: [] }', null, [row('gateway', 1, 'gateway should be an object { … }.')]],
  ])('%s', (_name, config, errorClassId, expected) => {
    expect(run(config, errorClassId)).toEqual(expected);
  });
});
