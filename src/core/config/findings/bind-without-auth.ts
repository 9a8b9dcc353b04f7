import { nonLoopbackBinds, type FindingRule } from '../config-finding.ts';

/** Listening beyond loopback with auth switched off (or a password mode with no password). */
export const bindWithoutAuth: FindingRule = {
  id: 'bind-without-auth',
  check({ config }) {
    const gateway = config.gateway;
    const bind = gateway?.bind;
    if (bind === undefined || !nonLoopbackBinds.has(bind)) return [];
    const auth = gateway?.auth;
    const none = auth?.mode === 'none';
    const passwordless = auth?.mode === 'password' && auth.password === undefined;
    if (!none && !passwordless) return [];
    return [
      {
        id: 'bind-without-auth',
        severity: 'error',
        path: 'gateway.bind',
        message: `gateway.bind is "${bind}" (reachable from other machines), but ${none ? 'gateway.auth.mode is "none"' : 'gateway.auth.mode is "password" and no gateway.auth.password is set'}. OpenClaw refuses to start like this: "Refusing to bind gateway to ${bind} without auth."`,
        fix: 'Use token auth with a persisted token, or bind to loopback and reach the gateway through SSH or Tailscale.',
        commands: [
          'openclaw config set gateway.auth.mode token',
          'openclaw doctor --generate-gateway-token',
          'openclaw gateway restart',
        ],
        facts: [],
        errorClassId: 'bind-without-auth',
      },
    ];
  },
};
