import JSON5 from 'json5';
import { describe, expect, it } from 'vitest';
import { findingsOf, type ExpectedRow } from './finding-table.ts';
import { controlUiWithoutAllowedOrigins } from './control-ui-without-allowed-origins.ts';

const run = (text: string, errorClassId: string | null = null) =>
  findingsOf(controlUiWithoutAllowedOrigins, JSON5.parse, text, errorClassId);
const row = (path: string, line: number | null, message: string): ExpectedRow => ({
  id: 'control-ui-without-allowed-origins',
  path,
  line,
  message: expect.stringContaining(message),
});

describe('control-ui-without-allowed-origins', () => {
  it.each<[string, string, string | null, ExpectedRow[]]>([
    ['loopback: nothing', '{ gateway: { bind: "loopback" } }', null, []],
    [
      'origins set: nothing',
      '{ gateway: { bind: "lan", controlUi: { allowedOrigins: ["http://10.0.0.2:18789"] } } }',
      null,
      [],
    ],
    ['Control UI off: nothing', '{ gateway: { bind: "lan", controlUi: { enabled: false } } }', null, []],
    [
      'lan without origins',
      '{\n  gateway: {\n    bind: "lan",\n  },\n}',
      null,
      [row('gateway.controlUi.allowedOrigins', 2, 'gateway.controlUi.allowedOrigins is not set')],
    ],
    [
      'an empty list counts as not set',
      '{ gateway: { bind: "custom", customBindHost: "10.0.0.2", controlUi: { allowedOrigins: [] } } }',
      null,
      [row('gateway.controlUi.allowedOrigins', 1, 'gateway.bind is "custom"')],
    ],
  ])('%s', (_name, config, errorClassId, expected) => {
    expect(run(config, errorClassId)).toEqual(expected);
  });
});
