import { literalSecret, type FindingRule } from '../config-finding.ts';

/** gateway.remote.token (what a remote CLI sends) differs from gateway.auth.token (what the gateway enforces). */
export const remoteTokenDiffers: FindingRule = {
  id: 'remote-token-differs',
  check({ config }) {
    const auth = literalSecret(config.gateway?.auth?.token);
    const remote = literalSecret(config.gateway?.remote?.token);
    if (auth === null || remote === null || auth === remote) return [];
    const remoteMode = config.gateway?.mode === 'remote';
    return [
      {
        id: 'remote-token-differs',
        severity: remoteMode ? 'error' : 'warning',
        path: 'gateway.remote.token',
        message: `gateway.remote.token differs from gateway.auth.token (${remote.length} and ${auth.length} characters${remote.trim() === auth.trim() ? ', equal apart from spaces' : ''}). A CLI in remote mode sends gateway.remote.token, and a gateway only accepts its own gateway.auth.token${remoteMode ? '' : ' (on the client machine, set gateway.mode to "remote" too)'}.`,
        fix: 'On the gateway host, print the token it enforces; on the client, set gateway.remote.token to exactly that value.',
        commands: ['openclaw gateway auth-token --show', 'openclaw config set gateway.remote.token <token>'],
        facts: ['remote-token-differs'],
      },
    ];
  },
};
