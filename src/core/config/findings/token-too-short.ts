import { literalSecret, type FindingRule } from '../config-finding.ts';
import { examplePlaceholderToken } from './placeholder-token.ts';

/** OpenClaw generates 48 hex characters, its Docker setup 64; anything much shorter is guessable or a partial copy. */
export const shortestSafeToken = 24;

/** A gateway token short enough to guess, or cut off when copied. */
export const tokenTooShort: FindingRule = {
  id: 'token-too-short',
  check({ config }) {
    const findings = [];
    for (const path of ['gateway.auth.token', 'gateway.remote.token'] as const) {
      const value = literalSecret(
        path === 'gateway.auth.token' ? config.gateway?.auth?.token : config.gateway?.remote?.token,
      );
      const length = value?.trim().length ?? 0;
      if (value === null || length === 0 || length >= shortestSafeToken) continue;
      if (/^(?:undefined|null|none|nil)$/i.test(value.trim()) || value.trim() === examplePlaceholderToken) continue;
      findings.push({
        id: 'token-too-short',
        severity: 'warning' as const,
        path,
        message: `${path} is only ${length} characters long. Tokens OpenClaw generates are 48 hex characters (64 from the Docker setup): a short one is easy to guess, and often a token cut off while copying.`,
        fix:
          path === 'gateway.auth.token'
            ? 'Set a long random token on the gateway host, restart, and give clients the same value.'
            : 'Copy the whole token from the gateway host again.',
        commands:
          path === 'gateway.auth.token'
            ? ['openssl rand -hex 32', 'openclaw config set gateway.auth.token <token>', 'openclaw gateway restart']
            : ['openclaw gateway auth-token --show', 'openclaw config set gateway.remote.token <token>'],
        facts: [],
      });
    }
    return findings;
  },
};
