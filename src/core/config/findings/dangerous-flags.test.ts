import JSON5 from 'json5';
import { describe, expect, it } from 'vitest';
import { findingsOf, type ExpectedRow } from './finding-table.ts';
import { dangerousFlags } from './dangerous-flags.ts';

const run = (text: string, errorClassId: string | null = null) =>
  findingsOf(dangerousFlags, JSON5.parse, text, errorClassId);
const row = (path: string, line: number | null, message: string): ExpectedRow => ({
  id: 'dangerous-flags',
  path,
  line,
  message: expect.stringContaining(message),
});

describe('dangerous-flags', () => {
  it.each<[string, string, string | null, ExpectedRow[]]>([
    ['flags off: nothing', '{ gateway: { controlUi: { dangerouslyDisableDeviceAuth: false } } }', null, []],
    [
      'device auth disabled',
      '{\n  gateway: {\n    controlUi: {\n      dangerouslyDisableDeviceAuth: true,\n    },\n  },\n}',
      null,
      [row('gateway.controlUi.dangerouslyDisableDeviceAuth', 4, 'skips device identity and pairing')],
    ],
    [
      'insecure auth and an unknown dangerously flag',
      '{ gateway: { controlUi: { allowInsecureAuth: true }, dangerouslySomethingNew: true } }',
      null,
      [
        row('gateway.controlUi.allowInsecureAuth', 1, 'plain-HTTP page'),
        row('gateway.dangerouslySomethingNew', 1, 'turns off a safety check'),
      ],
    ],
  ])('%s', (_name, config, errorClassId, expected) => {
    expect(run(config, errorClassId)).toEqual(expected);
  });
});
