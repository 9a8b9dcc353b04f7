import { resolvedAuthMode, type FindingRule } from '../config-finding.ts';

/** The error classes about the shared token; a gateway in password mode does not report these. The password twins are named gateway-password-…. */
const tokenErrorClasses = new Set(['gateway-token-mismatch', 'gateway-token-missing', 'gateway-token-not-configured']);

function errorKind(errorClassId: string | null): 'token' | 'password' | null {
  if (errorClassId === null) return null;
  if (tokenErrorClasses.has(errorClassId)) return 'token';
  return /(?:^|-)password(?:-|$)/.test(errorClassId) ? 'password' : null;
}

/** The config's auth mode vs the kind of credential the pasted error is about. */
export const authModeContradictsError: FindingRule = {
  id: 'auth-mode-contradicts-error',
  check({ config, errorClassId }) {
    const kind = errorKind(errorClassId);
    if (kind === null || config.gateway?.mode === 'remote') return [];
    const mode = resolvedAuthMode(config);
    if (mode === kind || mode === 'trusted-proxy') return [];
    const explicit = config.gateway?.auth?.mode !== undefined;
    const modeText = explicit
      ? `gateway.auth.mode is "${mode}"`
      : `this config resolves to ${mode} mode (no gateway.auth.mode${mode === 'password' ? ', and a password is set' : ''})`;
    return [
      {
        id: 'auth-mode-contradicts-error',
        severity: 'error',
        path: 'gateway.auth.mode',
        message: `The error is about a ${kind}, but ${modeText}. A gateway running with this config would not report it: either this is not the config the gateway runs with (another machine, OPENCLAW_CONFIG_PATH, OPENCLAW_STATE_DIR, a container's own copy), or the gateway was started with --auth, --token or --password, which override the config.`,
        fix: 'On the gateway host, check which config and which auth mode the running gateway uses, then paste that config here.',
        commands: ['openclaw gateway status', 'openclaw config get gateway.auth.mode'],
        facts: ['config-contradicts-error'],
      },
    ];
  },
};
