import {
  environmentReference,
  secretAt,
  secretPaths,
  type ConfigFinding,
  type FindingRule,
} from '../config-finding.ts';

const environmentSources =
  "the gateway's environment: the shell that started it, ~/.openclaw/.env, ~/.config/openclaw/gateway.env, the config's env.vars, a systemd unit or LaunchAgent, or Docker environment:";

/** `${VAR}` or a SecretRef: the value is not in the file, so we cannot compare it; say where it comes from. */
export const secretFromElsewhere: FindingRule = {
  id: 'secret-from-elsewhere',
  check({ config }) {
    const findings: ConfigFinding[] = [];
    for (const path of secretPaths) {
      const value = secretAt(config, path);
      const variable = environmentReference(value);
      let message: string | null = null;
      if (variable !== null) {
        message = `${path} is "\${${variable}}": OpenClaw substitutes the environment variable ${variable} when it loads the config, so its value is not in this file and cannot be checked here. It comes from ${environmentSources}. When ${variable} is not set, OpenClaw warns Missing env var "${variable}" and keeps the text "\${${variable}}" as the value.`;
      } else if (typeof value === 'object') {
        const from =
          value.source === 'env'
            ? `the environment variable ${value.id}, read from ${environmentSources}`
            : value.source === 'file'
              ? `the secrets file of provider "${value.provider ?? 'default'}", under the key ${value.id}`
              : `the output of the command configured for provider "${value.provider ?? 'default'}" (id ${value.id})`;
        message = `${path} is a SecretRef (source "${value.source}"): its value is not in this file and cannot be checked here. It comes from ${from}.${path.endsWith('password') && path.startsWith('gateway.auth.') ? ' A password SecretRef cannot be resolved at gateway startup: OpenClaw stops with an explicit error.' : ''}`;
      }
      if (message === null) continue;
      findings.push({
        id: 'secret-from-elsewhere',
        severity: 'info',
        path,
        message,
        fix: 'Print the resolved token on the gateway host (it resolves ${VAR} and SecretRefs), and compare it with what the client sends; "Compare tokens across machines" below does that without showing either.',
        commands: ['openclaw gateway auth-token --show', 'openclaw doctor'],
        facts: path === 'gateway.auth.token' ? ['auth-token-from-environment'] : [],
        ...(typeof value === 'object' ? { errorClassId: 'secretref-unavailable' } : {}),
      });
    }
    return findings;
  },
};
