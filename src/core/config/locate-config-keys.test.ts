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
