import { describe, expect, it } from 'vitest';
import { lineOfPath, locateConfigKeys } from './locate-config-keys.ts';

describe('locating keys in the pasted config', () => {
  const text = [
    '// gateway host',
    '{',
    '  "gateway": {',
    "    mode: 'local', /* a { brace in a comment",
    '    still a comment } */',
    '    auth: {',
    '      token: "a:b,{c}",',
    '    },',
    '    controlUi: { allowedOrigins: ["http://a", "http://b"], enabled: true },',
    '  },',
    '  agents: [{ gateway: 1 }],',
    '}',
  ].join('\n');
  const lines = locateConfigKeys(text);

  it('maps each key path to its line, through comments, quotes and strings holding braces', () => {
    expect(Object.fromEntries(lines)).toEqual({
      gateway: 3,
      'gateway.mode': 4,
      'gateway.auth': 6,
      'gateway.auth.token': 7,
      'gateway.controlUi': 9,
      'gateway.controlUi.allowedOrigins': 9,
      'gateway.controlUi.enabled': 9,
      agents: 11,
      'agents.0.gateway': 11,
    });
  });

  it('places a missing key on its nearest present ancestor', () => {
    expect(lineOfPath(lines, 'gateway.auth.password')).toBe(6);
    expect(lineOfPath(lines, 'gateway.remote.token')).toBe(3);
    expect(lineOfPath(lines, 'hooks.token')).toBeNull();
  });
});

describe('locating keys in a hostile config', () => {
  it('does not record paths under a huge key, and still finds the gateway keys beside it', () => {
    // Recording every path under the huge key would copy it once per child: with a 1 MB paste,
    // minutes or a crashed tab.
    const huge = 'k'.repeat(100_000);
    const children = Array.from({ length: 2_000 }, (_, index) => `c${index}: 1`).join(', ');
    const text = `{\n  "${huge}": { ${children} },\n  gateway: {\n    auth: { token: "abc" },\n  },\n}`;
    const lines = locateConfigKeys(text);
    expect(lineOfPath(lines, 'gateway.auth.token')).toBe(4);
    expect(lines.has(`${huge}.c0`)).toBe(false);
    expect(lineOfPath(lines, `${huge}.c1999`)).toBeNull();
  });

  it('reads keys with escapes in them', () => {
    const lines = locateConfigKeys('{\n  "a\\"b": {\n    \'c\\\\d\': 1 } }');
    expect(Object.fromEntries(lines)).toEqual({ 'a"b': 2, 'a"b.c\\d': 3 });
  });
});
