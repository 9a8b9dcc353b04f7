import { describe, expect, it } from 'vitest';
import { analyzeConfigText, withErrorClass } from './analyze-config-text.ts';

describe('analysing a pasted config', () => {
  it('lists the findings most severe first, each with its key path and line', async () => {
    const analysis = await analyzeConfigText(
      [
        '{',
        '  gateway: {',
        '    bind: "lan",',
        '    auth: { mode: "token" },',
        '    remote: { token: "abc" },',
        '    controlUi: { dangerouslyDisableDeviceAuth: true },',
        '  },',
        '}',
      ].join('\n'),
    );
    if (!analysis.ok) throw new Error(analysis.error.message);
    expect(analysis.findings.map(({ id, severity, path, line }) => [id, severity, path, line])).toEqual([
      ['remote-set-while-local', 'error', 'gateway.remote', 5],
      ['auth-token-missing', 'warning', 'gateway.auth.token', 4],
      ['control-ui-without-allowed-origins', 'warning', 'gateway.controlUi.allowedOrigins', 6],
      ['dangerous-flags', 'warning', 'gateway.controlUi.dangerouslyDisableDeviceAuth', 6],
      ['token-too-short', 'warning', 'gateway.remote.token', 5],
    ]);
    expect([...analysis.facts].sort()).toEqual([
      'auth-token-absent',
      'gateway-bind-non-loopback',
      'remote-config-while-local',
    ]);
  });

  it('re-checks against the pasted error without parsing again', async () => {
    const analysis = await analyzeConfigText('{ gateway: { auth: { mode: "password", password: "pw" } } }');
    expect(analysis.ok && analysis.findings.map((finding) => finding.id)).toEqual([]);
    const checked = withErrorClass(analysis, 'gateway-token-mismatch');
    expect(checked.ok && checked.findings.map((finding) => finding.id)).toEqual(['auth-mode-contradicts-error']);
    expect(checked.ok && [...checked.facts]).toContain('config-contradicts-error');
    expect(checked.ok && [...checked.facts]).toContain('auth-mode-password');
  });

  it('counts a missing gateway.auth.token only for a gateway that checks a token', async () => {
    const facts = async (text: string) => {
      const analysis = await analyzeConfigText(text);
      return analysis.ok ? [...analysis.facts] : [];
    };
    expect(await facts('{ gateway: { auth: { mode: "token" } } }')).toContain('auth-token-absent');
    expect(await facts('{ gateway: {} }')).toContain('auth-token-absent');
    expect(await facts('{ gateway: { auth: { mode: "password", password: "pw" } } }')).not.toContain(
      'auth-token-absent',
    );
    expect(await facts('{ gateway: { auth: { password: "pw" } } }')).not.toContain('auth-token-absent');
    expect(await facts('{ gateway: { auth: { mode: "trusted-proxy" } } }')).not.toContain('auth-token-absent');
    expect(
      await facts('{ gateway: { mode: "remote", remote: { url: "wss://gw.example:18789", token: "t" } } }'),
    ).not.toContain('auth-token-absent');
  });

  it('never puts a token value in a finding', async () => {
    const token = 'f00dfeedf00dfeedf00dfeed';
    const analysis = await analyzeConfigText(
      `{ token: "${token}x", gateway: { token: "${token}y", auth: { token: "${token}" }, remote: { token: "${token} " } } }`,
    );
    if (!analysis.ok) throw new Error(analysis.error.message);
    expect(analysis.findings.length).toBeGreaterThan(2);
    expect(JSON.stringify(analysis.findings)).not.toContain('f00dfeed');
  });

  it('keeps reading a config when one value has the wrong type', async () => {
    const analysis = await analyzeConfigText('{ gateway: { port: "18789", auth: { token: "undefined" } } }');
    expect(analysis.ok && analysis.findings.map((finding) => finding.id)).toEqual(['wrong-type', 'unusable-token']);
  });
});
