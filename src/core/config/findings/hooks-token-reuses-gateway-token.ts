import { literalSecret, type FindingRule } from '../config-finding.ts';

/** hooks.token equal to the gateway token: OpenClaw refuses to start (SOURCE-FACTS §1.8). */
export const hooksTokenReusesGatewayToken: FindingRule = {
  id: 'hooks-token-reuses-gateway-token',
  check({ config, raw }) {
    const authToken = literalSecret(config.gateway?.auth?.token);
    const hooks = raw !== null && typeof raw === 'object' ? (raw as { hooks?: unknown }).hooks : undefined;
    const hooksToken = hooks !== null && typeof hooks === 'object' ? (hooks as { token?: unknown }).token : undefined;
    if (authToken === null || authToken.trim() === '' || hooksToken !== authToken) return [];
    return [
      {
        id: 'hooks-token-reuses-gateway-token',
        severity: 'error',
        path: 'hooks.token',
        message:
          'hooks.token is the same as gateway.auth.token. OpenClaw refuses to start: "Invalid config: hooks.token must not match gateway auth token." A webhook sender must not hold the key to the whole gateway.',
        fix: 'Give the hooks their own long random token.',
        commands: ['openssl rand -hex 32', 'openclaw config set hooks.token <token>', 'openclaw gateway restart'],
        facts: [],
        errorClassId: 'hooks-token-reuses-gateway-token',
      },
    ];
  },
};
