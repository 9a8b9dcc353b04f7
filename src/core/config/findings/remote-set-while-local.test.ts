import JSON5 from 'json5';
import { describe, expect, it } from 'vitest';
import { findingsOf, type ExpectedRow } from './finding-table.ts';
import { remoteSetWhileLocal } from './remote-set-while-local.ts';

const run = (text: string, errorClassId: string | null = null) =>
  findingsOf(remoteSetWhileLocal, JSON5.parse, text, errorClassId);
const row = (path: string, line: number | null, message: string): ExpectedRow => ({
  id: 'remote-set-while-local',
  path,
  line,
  message: expect.stringContaining(message),
});

describe('remote-set-while-local', () => {
  it.each<[string, string, string | null, ExpectedRow[]]>([
    [
      'remote mode: nothing',
      '{ gateway: { mode: "remote", remote: { url: "wss://gw:18789", token: "t" } } }',
      null,
      [],
    ],
    ['no remote section: nothing', '{ gateway: { mode: "local" } }', null, []],
    [
      'remote url in local mode',
      '{\n  gateway: {\n    mode: "local",\n    remote: { url: "wss://gw.example:18789" },\n  },\n}',
      null,
      [row('gateway.remote', 4, 'gateway.remote.url is set, but gateway.mode is "local".')],
    ],
    [
      'remote token with no mode and no auth token',
      '{ gateway: { remote: { url: "wss://gw:18789", token: "secret-value-here" } } }',
      null,
      [row('gateway.remote', 1, 'are set, but gateway.mode is not set (which means local)')],
    ],
  ])('%s', (_name, config, errorClassId, expected) => {
    expect(run(config, errorClassId)).toEqual(expected);
  });
});
