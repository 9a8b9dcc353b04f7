import JSON5 from 'json5';
import { describe, expect, it } from 'vitest';
import { findingsOf, type ExpectedRow } from './finding-table.ts';
import { unusableToken } from './unusable-token.ts';

const run = (text: string, errorClassId: string | null = null) =>
  findingsOf(unusableToken, JSON5.parse, text, errorClassId);
const row = (path: string, line: number | null, message: string): ExpectedRow => ({
  id: 'unusable-token',
  path,
  line,
  message: expect.stringContaining(message),
});

describe('unusable-token', () => {
  it.each<[string, string, string | null, ExpectedRow[]]>([
    ['a real token: nothing', '{ gateway: { auth: { token: "abcdefabcdefabcdefabcdef" } } }', null, []],
    [
      'the text "undefined"',
      '{\n  gateway: {\n    auth: { token: "undefined" },\n  },\n}',
      null,
      [row('gateway.auth.token', 3, 'gateway.auth.token is the text "undefined": not a real secret.')],
    ],
    [
      'the text "null"',
      '{ gateway: { remote: { token: "null" } } }',
      null,
      [row('gateway.remote.token', 1, 'is the text "null"')],
    ],
    [
      'an empty token',
      '{ gateway: { auth: { token: "" } } }',
      null,
      [row('gateway.auth.token', 1, 'gateway.auth.token is empty')],
    ],
    ['spaces only', '{ gateway: { auth: { password: "  " } } }', null, [row('gateway.auth.password', 1, 'is empty')]],
  ])('%s', (_name, config, errorClassId, expected) => {
    expect(run(config, errorClassId)).toEqual(expected);
  });
});
