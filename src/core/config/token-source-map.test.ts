import JSON5 from 'json5';
import { describe, expect, it } from 'vitest';
import { readOpenclawConfig } from './openclaw-config-schema.ts';
import { buildTokenSourceMap } from './token-source-map.ts';

const map = (text: string) => buildTokenSourceMap(readOpenclawConfig(JSON5.parse(text)).config);
const winner = (text: string) => map(text).gateway.find((candidate) => candidate.wins)?.label ?? null;
const edge = (text: string, id: string) => map(text).clients.find((client) => client.id === id)?.status;

describe('the token source map', () => {
  it.each([
    [
      'a token in the config wins over the environment',
      '{ gateway: { auth: { token: "abcdefabcdefabcdefabcdef" } } }',
      'gateway.auth.token',
    ],
    [
      'a ${VAR} token is still the config value',
      '{ gateway: { auth: { token: "${MY_TOKEN}" } } }',
      'gateway.auth.token',
    ],
    ['no token: nothing known wins', '{ gateway: { auth: { mode: "token" } } }', null],
    ['mode none', '{ gateway: { auth: { mode: "none" } } }', 'gateway.auth.mode "none"'],
    ['a password without a mode', '{ gateway: { auth: { password: "pw" } } }', 'gateway.auth.password'],
  ])('gateway side: %s', (_name, config, expected) => {
    expect(winner(config)).toBe(expected);
  });

  it('lists the environment override and the generated token in precedence order', () => {
    expect(map('{ gateway: { auth: { mode: "token" } } }').gateway.map((candidate) => candidate.label)).toEqual([
      'gateway run --token / --auth',
      'gateway.auth.token',
      'OPENCLAW_GATEWAY_TOKEN',
      'generated at start',
    ]);
    expect(map('{ gateway: { auth: { password: "pw" } } }').mode).toBe(
      'password (default: gateway.auth.mode is not set)',
    );
  });

  it.each([
    [
      'equal',
      '{ gateway: { auth: { token: "abcdefabcdefabcdefabcdef" }, remote: { token: "abcdefabcdefabcdefabcdef" } } }',
    ],
    [
      'different',
      '{ gateway: { auth: { token: "abcdefabcdefabcdefabcdef" }, remote: { token: "abcdefabcdefabcdefabcdeX" } } }',
    ],
    ['unknown', '{ gateway: { mode: "remote", remote: { token: "abcdefabcdefabcdefabcdef" } } }'],
  ])('marks the remote CLI edge %s', (status, config) => {
    expect(edge(config, 'cli-remote')).toBe(status);
  });

  it('says which command reveals an unknown value, by version', () => {
    const remote = map('{ gateway: { mode: "remote", remote: { token: "t" } } }').clients.find(
      (client) => client.id === 'cli-remote',
    );
    expect(remote?.reveal.map((step) => step.when)).toEqual([
      'newer than 2026.4.12',
      '2026.2.22 up to 2026.4.12',
      'before 2026.2.22',
    ]);
  });

  it('shows values masked, never in full', () => {
    const token = 'f00dfeedf00dfeedf00dfeedf00dfeed';
    const json = JSON.stringify(map(`{ gateway: { auth: { token: "${token}" }, remote: { token: "${token}" } } }`));
    expect(json).not.toContain(token.slice(2, 10));
    expect(json).toContain('(32 chars)');
  });
});
