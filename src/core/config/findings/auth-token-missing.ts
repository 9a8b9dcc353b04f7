import { resolvedAuthMode, type FindingRule } from '../config-finding.ts';

/** Token mode without gateway.auth.token: the gateway uses the environment or makes its own token at start. */
export const authTokenMissing: FindingRule = {
  id: 'auth-token-missing',
  check({ config }) {
    const gateway = config.gateway;
    if (gateway?.mode === 'remote' || resolvedAuthMode(config) !== 'token') return [];
    if (gateway?.auth?.token !== undefined) return [];
    return [
      {
        id: 'auth-token-missing',
        severity: 'warning',
        path: 'gateway.auth.token',
        message:
          'Token mode, but no gateway.auth.token. The gateway then uses OPENCLAW_GATEWAY_TOKEN from its environment, or generates a token when it starts: newer versions keep that token only for the run, and in Docker a config folder that is not a volume loses it with the container. Every restart or rebuild then makes a new token, and clients holding the old one get "gateway token mismatch".',
        fix: 'Persist a token in the config, restart the gateway, and give clients that token.',
        commands: [
          'openclaw doctor --generate-gateway-token',
          'openclaw gateway restart',
          'openclaw gateway auth-token --show',
        ],
        facts: ['auth-token-absent'],
        errorClassId: 'runtime-token-generated',
      },
    ];
  },
};
