import JSON5 from 'json5';
import { describe, expect, it } from 'vitest';
import { findingsOf, type ExpectedRow } from './finding-table.ts';
import { tokenAndPasswordWithoutMode } from './token-and-password-without-mode.ts';

const run = (text: string, errorClassId: string | null = null) =>
  findingsOf(tokenAndPasswordWithoutMode, JSON5.parse, text, errorClassId);
const row = (path: string, line: number | null, message: string): ExpectedRow => ({
  id: 'token-and-password-without-mode',
  path,
  line,
  message: expect.stringContaining(message),
});

describe('token-and-password-without-mode', () => {
  it.each<[string, string, string | null, ExpectedRow[]]>([
    ['explicit mode: nothing', '{ gateway: { auth: { mode: "token", token: "t", password: "p" } } }', null, []],
    ['token only: nothing', '{ gateway: { auth: { token: "t" } } }', null, []],
    [
      'both without a mode',
      '{\n  gateway: {\n    auth: { token: "t", password: "p" },\n  },\n}',
      null,
      [row('gateway.auth', 3, 'Since 2026.3.7 OpenClaw refuses to start')],
    ],
  ])('%s', (_name, config, errorClassId, expected) => {
    expect(run(config, errorClassId)).toEqual(expected);
  });
});
