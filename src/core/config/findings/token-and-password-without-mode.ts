import type { FindingRule } from '../config-finding.ts';

/** Both a token and a password with no explicit mode: refused since 2026.3.7. */
export const tokenAndPasswordWithoutMode: FindingRule = {
  id: 'token-and-password-without-mode',
  check({ config }) {
    const auth = config.gateway?.auth;
    if (!auth || auth.mode !== undefined || auth.token === undefined || auth.password === undefined) return [];
    return [
      {
        id: 'token-and-password-without-mode',
        severity: 'error',
        path: 'gateway.auth',
        message:
          'Both gateway.auth.token and gateway.auth.password are set, but gateway.auth.mode is not. Since 2026.3.7 OpenClaw refuses to start: "Invalid config: gateway.auth.token and gateway.auth.password are both configured, but gateway.auth.mode is unset." Older versions silently used the password.',
        fix: 'Say which one the gateway enforces (token or password), then restart it.',
        commands: ['openclaw config set gateway.auth.mode token', 'openclaw gateway restart'],
        facts: [],
        errorClassId: 'auth-mode-ambiguous',
      },
    ];
  },
};
