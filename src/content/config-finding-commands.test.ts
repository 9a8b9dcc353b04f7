/**
 * Config findings print commands too: the same rule as the fix guides (see
 * error-classes/error-classes.test.ts) applies, every `openclaw …` line must exist with its flags.
 */
import JSON5 from 'json5';
import { describe, expect, it } from 'vitest';
import { checkParsedConfig } from '../core/config/analyze-config-text.ts';
import { findingRules } from '../core/config/findings/index.ts';
import { errorClassById } from './error-classes/index.ts';
import { checkOpenclawInvocation } from './check-openclaw-command.ts';

// Configs that between them trigger every finding.
const configs = [
  '{ token: "a", auth: { token: "b" }, agents: { gateway: {} }, gateway: { token: "x", password: "y", port: "1" } }',
  '{ gateway: { bind: "lan", auth: { mode: "none" }, controlUi: { allowInsecureAuth: true, dangerouslyDisableDeviceAuth: true } } }',
  '{ gateway: { auth: { token: "undefined", password: "change-me-to-a-long-random-token" }, remote: { token: "short", url: "wss://x" } } }',
  '{ gateway: { auth: { mode: "password", password: "${PW}" }, remote: { token: { source: "env", id: "T" } } } }',
  '{ gateway: { mode: "remote", auth: { token: "aaaaaaaaaaaaaaaaaaaaaaaaaa" }, remote: { token: "bbbbbbbbbbbbbbbbbbbbbbbbbb" } } }',
  '{ gateway: { auth: { mode: "token" } } }',
  '{ gateway: { auth: { token: "same-token-for-both" } }, hooks: { token: "same-token-for-both" } }',
];

/** Config findings are shown whatever the version: their commands must exist in every release read. */
function problemWith(line: string): string | null {
  return checkOpenclawInvocation(line.split(/\s+/));
}

describe('config findings', () => {
  const findings = configs.flatMap(
    (text) => checkParsedConfig(JSON5.parse(text), text, 'gateway-token-mismatch').findings,
  );

  it('are all exercised by these configs', () => {
    expect(new Set(findings.map((finding) => finding.id))).toEqual(new Set(findingRules.map((rule) => rule.id)));
  });

  it('print only openclaw commands and flags that exist', () => {
    const problems = findings
      .flatMap((finding) => finding.commands.map((command) => ({ id: finding.id, command })))
      .filter(({ command }) => command.startsWith('openclaw '))
      .map(({ id, command }) => ({ id, command, problem: problemWith(command) }))
      .filter(({ problem }) => problem !== null);
    expect(problems).toEqual([]);
  });

  it('link only to error classes that exist', () => {
    const linked = findings.flatMap((finding) => (finding.errorClassId ? [finding.errorClassId] : []));
    expect(linked.length).toBeGreaterThan(3);
    expect(linked.filter((id) => !errorClassById.has(id))).toEqual([]);
  });
});
