import { literalSecret, secretAt, secretPaths, type ConfigFinding, type FindingRule } from '../config-finding.ts';

const leftoverWords = new Set(['undefined', 'null', 'none', 'nil']);

/** A literal "undefined" / "null" / empty secret: a template or script wrote an unset variable. */
export const unusableToken: FindingRule = {
  id: 'unusable-token',
  check({ config }) {
    const findings: ConfigFinding[] = [];
    for (const path of secretPaths) {
      const value = literalSecret(secretAt(config, path));
      if (value === null) continue;
      const trimmed = value.trim();
      const what =
        trimmed === '' ? 'is empty' : leftoverWords.has(trimmed.toLowerCase()) ? `is the text "${trimmed}"` : null;
      if (what === null) continue;
      const isGateway = path.startsWith('gateway.auth.');
      findings.push({
        id: 'unusable-token',
        severity: 'error',
        path,
        message: `${path} ${what}: not a real secret. ${trimmed === '' ? 'It is what a script or template writes when its variable was unset' : 'A script or template wrote an unset variable as text'}, so ${isGateway ? 'no client holds the same value and every real token is rejected' : 'the client sends a value no gateway accepts'}.`,
        fix: isGateway
          ? 'Set a long random value (on the gateway host), restart the gateway, and give clients the same value.'
          : 'Set it to the token the gateway enforces (print it on the gateway host).',
        commands: isGateway
          ? ['openssl rand -hex 32', `openclaw config set ${path} <token>`, 'openclaw gateway restart']
          : ['openclaw gateway auth-token --show', `openclaw config set ${path} <token>`],
        facts: [],
      });
    }
    return findings;
  },
};
