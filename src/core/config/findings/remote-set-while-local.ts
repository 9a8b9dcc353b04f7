import type { FindingRule } from '../config-finding.ts';

/** gateway.remote.* while gateway.mode is local: a dead end for local CLI calls on newer versions. */
export const remoteSetWhileLocal: FindingRule = {
  id: 'remote-set-while-local',
  check({ config }) {
    const gateway = config.gateway;
    const remote = gateway?.remote;
    if (!remote || gateway.mode === 'remote') return [];
    const used = (['url', 'token', 'password'] as const).filter((key) => remote[key] !== undefined);
    if (used.length === 0) return [];
    const mode = gateway.mode === 'local' ? 'is "local"' : 'is not set (which means local)';
    const tokenOnly = gateway.auth?.token === undefined && remote.token !== undefined;
    return [
      {
        id: 'remote-set-while-local',
        severity: tokenOnly ? 'error' : 'warning',
        path: 'gateway.remote',
        message: `gateway.remote.${used.join(', gateway.remote.')} ${used.length > 1 ? 'are' : 'is'} set, but gateway.mode ${mode}. A CLI in local mode connects to the gateway on this machine and ignores gateway.remote.url; gateway.remote.token is only a fallback when no gateway.auth.token is configured. OpenClaw says: "gateway.remote.token" is for remote CLI calls; it does not enable local gateway auth.`,
        fix: 'On a client of a gateway on another machine, set gateway.mode to "remote". On the gateway host, put the token in gateway.auth.token and remove gateway.remote.',
        commands: ['openclaw config set gateway.mode remote', 'openclaw config unset gateway.remote'],
        facts: ['remote-config-while-local'],
      },
    ];
  },
};
