import type { FindingRule } from '../config-finding.ts';

/** Remote mode without an address: the CLI stops with "gateway remote mode misconfigured". */
export const remoteUrlMissing: FindingRule = {
  id: 'remote-url-missing',
  check({ config }) {
    const gateway = config.gateway;
    if (gateway?.mode !== 'remote' || (gateway.remote?.url ?? '').trim() !== '') return [];
    return [
      {
        id: 'remote-url-missing',
        severity: 'error',
        path: 'gateway.remote.url',
        message:
          'gateway.mode is "remote", but gateway.remote.url is not set, so the CLI does not know which gateway to call. OpenClaw stops with "gateway remote mode misconfigured: gateway.remote.url missing" (or falls back to the local gateway).',
        fix: 'If the gateway runs on another machine, set its address (wss:// for anything that is not loopback). If it runs on this machine, switch to local mode.',
        commands: ['openclaw config set gateway.remote.url <url>', 'openclaw config set gateway.mode local'],
        facts: [],
        errorClassId: 'remote-url-missing',
      },
    ];
  },
};
