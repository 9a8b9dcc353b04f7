import { defineErrorClass } from '../../core/error-class-schema.ts';
import { openclawOnEveryPlatform } from '../platform-commands.ts';

/**
 * `gateway.auth.token is configured as a secret reference but is unavailable in this command
 * path.` (since ~2026.3.7): the config points at a SecretRef the CLI could not resolve here.
 */
export const secretrefUnavailable = defineErrorClass({
  id: 'secretref-unavailable',
  title: 'Gateway secret reference unavailable',
  summary:
    'Your gateway token or password is a secret reference (env, file or exec) and this command could not resolve it, so it has no credential to send.',
  explanation: [
    'Since 2026.3.7, gateway.auth.token, gateway.auth.password and gateway.remote.token/password may hold a SecretRef instead of the secret itself, such as { source: "env", provider: "default", id: "OPENCLAW_GATEWAY_TOKEN" }, or a file or exec provider. The gateway resolves it when it starts. A CLI command resolves it only on some paths; where it cannot (the variable is not set in this shell, the file is not readable by this user, the exec helper is absent), it stops instead of connecting without credentials.',
    'The gateway itself may be fine. The CLI needs the secret in a form it can use here: the environment variable, an explicit --token/--password, or a command that resolves secret references first.',
  ],
  signatures: [
    { phrase: 'provider reference object instead of a resolved string', certainty: 'exact' },
    { phrase: 'is configured as a secret reference but is unavailable in this command path', certainty: 'exact' },
    { phrase: 'Gateway token is managed via SecretRef and is currently unavailable', certainty: 'strong' },
    {
      phrase: 'GatewaySecretRefUnavailableError',
      certainty: 'strong',
      note: 'The error name; CamelCase, so it also reads "gateway secretref unavailable" and the snake/kebab forms.',
    },
    { phrase: 'Token auto-auth is disabled for SecretRef-managed gateway.auth.token', certainty: 'strong' },
    {
      phrase: 'run a gateway command path that resolves secret references before credential selection',
      certainty: 'strong',
      weight: 0.7,
    },
  ],
  examples: [
    'Error: gateway.auth.token is configured as a secret reference but is unavailable in this command path.\nFix: set OPENCLAW_GATEWAY_TOKEN/OPENCLAW_GATEWAY_PASSWORD, pass explicit --token/--password,\nor run a gateway command path that resolves secret references before credential selection.',
    'gateway.remote.token is configured as a secret reference but is unavailable in this command path.',
    'Gateway token is managed via SecretRef and is currently unavailable.',
    'Token auto-auth is disabled for SecretRef-managed gateway.auth.token; use your external token source if prompted.',
  ],
  nearMisses: [
    'Missing env var "OPENCLAW_GATEWAY_TOKEN" - feature using this value will be unavailable',
    'unauthorized: gateway token missing (set gateway.remote.token to match gateway.auth.token)',
  ],
  notToBeConfusedWith: {
    'gateway-token-missing':
      'Here the CLI stopped before connecting because it could not read its own secret; "token missing" is the gateway answering a connect without a token.',
  },
  causes: [
    {
      id: 'env-secretref-not-set-here',
      title: 'The SecretRef reads an environment variable that is not set in this shell',
      explanation:
        'The gateway service has the variable (its unit, plist or compose environment), your interactive shell does not.',
      likelihood: 50,
      adjustments: [
        {
          when: 'auth-token-from-environment',
          change: 20,
          because: 'Your gateway.auth.token comes from the environment.',
        },
      ],
      steps: [
        {
          title: 'Set the variable in this shell, then rerun the command',
          detail: 'Get the value from where the gateway service gets it (its env file or secret store).',
          command: {
            'linux-macos': 'export OPENCLAW_GATEWAY_TOKEN=<token>\nopenclaw gateway status',
            'windows-powershell': '$env:OPENCLAW_GATEWAY_TOKEN = "<token>"\nopenclaw gateway status',
            'docker-compose': 'docker compose exec openclaw-gateway node openclaw.mjs gateway status',
          },
        },
      ],
    },
    {
      id: 'file-or-exec-provider-unreadable',
      title: 'The file or exec provider cannot be read by this user or command',
      explanation:
        'A secret file readable only by the service user, or an exec helper (a password manager CLI) that is not logged in or not on PATH here.',
      likelihood: 30,
      steps: [
        {
          title: 'Pass the credential explicitly for this command',
          command: openclawOnEveryPlatform('devices list --token <token>'),
        },
      ],
    },
    {
      id: 'dashboard-auto-auth-disabled',
      title: 'The dashboard cannot put a SecretRef-managed token in the URL',
      explanation:
        '`openclaw dashboard` does not resolve a SecretRef-managed token for the browser; it tells you to use your external token source. Paste the token into Control UI settings yourself.',
      likelihood: 20,
      adjustments: [{ when: 'client-control-ui', change: 10, because: 'The failing client is the Control UI.' }],
      steps: [
        {
          title: 'Open the dashboard and paste the token from your secret store into Control UI settings',
          command: openclawOnEveryPlatform('dashboard --no-open'),
        },
      ],
    },
  ],
  verify: {
    command: openclawOnEveryPlatform('gateway status'),
    expect: 'The RPC probe succeeds and no "configured as a secret reference but is unavailable" line appears.',
  },
  pasteInstead:
    'the full error (it names the config path) and the gateway.auth block of openclaw.json (secrets masked)',
});
