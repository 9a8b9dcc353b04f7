import { literalSecret, secretAt, secretPaths, type ConfigFinding, type FindingRule } from '../config-finding.ts';

/** The example value from OpenClaw's .env.example (SOURCE-FACTS §1.8). */
export const examplePlaceholderToken = 'change-me-to-a-long-random-token';

/** The .env.example placeholder left in place: OpenClaw refuses to start with it as the gateway token. */
export const placeholderToken: FindingRule = {
  id: 'placeholder-token',
  check({ config }) {
    const findings: ConfigFinding[] = [];
    for (const path of secretPaths) {
      if (literalSecret(secretAt(config, path))?.trim() !== examplePlaceholderToken) continue;
      findings.push({
        id: 'placeholder-token',
        severity: 'error',
        path,
        message: `${path} is the example placeholder from .env.example ("${examplePlaceholderToken}"). ${path.startsWith('gateway.auth.') ? 'OpenClaw refuses to start with it: "Invalid config: gateway auth token is set to the example placeholder from .env.example."' : 'No gateway accepts it: OpenClaw refuses to start a gateway with this value.'}`,
        fix: 'Replace it with a long random token, restart the gateway, and give clients the same value.',
        commands: ['openssl rand -hex 32', `openclaw config set ${path} <token>`, 'openclaw gateway restart'],
        facts: [],
        errorClassId: 'placeholder-token',
      });
    }
    return findings;
  },
};
