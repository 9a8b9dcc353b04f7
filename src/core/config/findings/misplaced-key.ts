import type { ConfigFinding, FindingRule } from '../config-finding.ts';

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function misplaced(path: string, message: string, fix: string, commands: string[]): ConfigFinding {
  return { id: 'misplaced-key', severity: 'error', path, message, fix, commands, facts: ['token-under-wrong-key'] };
}

/** Keys OpenClaw does not read where they are: a token there is never sent nor enforced. */
export const misplacedKey: FindingRule = {
  id: 'misplaced-key',
  check({ raw }) {
    if (!isRecord(raw)) return [];
    const findings: ConfigFinding[] = [];
    const gateway = raw.gateway;
    if (isRecord(gateway)) {
      for (const key of ['token', 'password'] as const) {
        if (gateway[key] === undefined) continue;
        findings.push(
          misplaced(
            `gateway.${key}`,
            `gateway.${key} is not a key OpenClaw reads, so this ${key} is ignored. OpenClaw itself says: Found "gateway.${key}" in config. Use "gateway.auth.${key}" instead.`,
            `Move it to gateway.auth.${key} (on the gateway host) or gateway.remote.${key} (on a client of a remote gateway).`,
            [`openclaw config set gateway.auth.${key} <${key}>`, `openclaw config unset gateway.${key}`],
          ),
        );
      }
    }
    for (const key of ['token', 'password'] as const) {
      if (raw[key] === undefined) continue;
      findings.push(
        misplaced(
          key,
          `A "${key}" at the top level of openclaw.json is ignored: OpenClaw reads gateway.auth.${key} (what the gateway enforces) and gateway.remote.${key} (what a remote CLI sends).`,
          `Move it under gateway.auth (gateway host) or gateway.remote (client).`,
          [`openclaw config set gateway.auth.${key} <${key}>`, `openclaw config unset ${key}`],
        ),
      );
    }
    const auth = raw.auth;
    if (isRecord(auth) && (auth.token !== undefined || auth.password !== undefined || auth.mode !== undefined)) {
      findings.push(
        misplaced(
          'auth',
          'An "auth" section at the top level is not the gateway\'s: OpenClaw reads gateway.auth. The token, password or mode in it is ignored.',
          'Move the section inside gateway, as gateway.auth.',
          ['openclaw config get gateway.auth'],
        ),
      );
    }
    for (const [section, value] of Object.entries(raw)) {
      if (section === 'gateway' || !isRecord(value) || !isRecord(value.gateway)) continue;
      findings.push(
        misplaced(
          `${section}.gateway`,
          `"gateway" is nested under "${section}", so OpenClaw does not read it as the gateway's settings. It must be a top-level section: { gateway: { … }, ${section}: { … } }.`,
          `Move the gateway section out of ${section} to the top level, next to it.`,
          ['openclaw config get gateway'],
        ),
      );
    }
    return findings;
  },
};
