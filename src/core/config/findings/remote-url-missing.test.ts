import JSON5 from 'json5';
import { describe, expect, it } from 'vitest';
import { findingsOf, type ExpectedRow } from './finding-table.ts';
import { remoteUrlMissing } from './remote-url-missing.ts';

const run = (text: string) => findingsOf(remoteUrlMissing, JSON5.parse, text);
const row = (path: string, line: number | null, message: string): ExpectedRow => ({
  id: 'remote-url-missing',
  path,
  line,
  message: expect.stringContaining(message),
});

describe('remote-url-missing', () => {
  it.each<[string, string, ExpectedRow[]]>([
    ['remote with a URL: nothing', '{ gateway: { mode: "remote", remote: { url: "wss://gw:18789" } } }', []],
    ['local mode: nothing', '{ gateway: { mode: "local" } }', []],
    [
      'remote with a token but no URL',
      '{\n  gateway: {\n    mode: "remote",\n    remote: { token: "t" },\n  },\n}',
      [row('gateway.remote.url', 4, 'gateway.mode is "remote", but gateway.remote.url is not set')],
    ],
    [
      'remote with nothing at all',
      '{ gateway: { mode: "remote" } }',
      [row('gateway.remote.url', 1, 'gateway remote mode misconfigured: gateway.remote.url missing')],
    ],
  ])('%s', (_name, config, expected) => {
    expect(run(config)).toEqual(expected);
  });
});
