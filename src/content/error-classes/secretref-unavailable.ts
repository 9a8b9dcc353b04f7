import { defineErrorClass } from '../../core/error-class-schema.ts';

/**
 * CLI-side (since ~2026.3.7, #35094): gateway.auth.token (or the password, or a remote one) is a
 * SecretRef that this command cannot resolve, so the CLI has no credential to send.
 */
export const secretrefUnavailable = defineErrorClass({
  id: 'secretref-unavailable',
  title: 'Gateway secret reference not available to this command',
  summary:
    'Your gateway token or password is stored as a secret reference (SecretRef), and this command could not resolve it, so the CLI has no credential to connect with.',
  explanation: [
    'OpenClaw checks three layers when a client connects, and the first is the shared gateway token or password. Since 2026.3.7 that secret may be a SecretRef in openclaw.json ({ source: "env" | "file" | "exec", … }) instead of the value itself.',
    'The gateway resolves SecretRefs when it starts, but not every CLI command path does before it picks a credential. Then the CLI stops with this message rather than connect without a token. The message names the fixes: put the value in OPENCLAW_GATEWAY_TOKEN (or _PASSWORD) for this shell, pass --token or --password explicitly, or make the reference resolvable where the command runs (the env variable exported, the file readable, the exec helper on PATH).',
  ],
  signatures: [
    { phrase: 'is configured as a secret reference but is unavailable in this command path', certainty: 'exact' },
    { phrase: 'Token auto-auth is disabled for SecretRef-managed gateway.auth.token', certainty: 'strong' },
    { phrase: 'Gateway token is managed via SecretRef and is currently unavailable', certainty: 'strong' },
    {
      phrase: 'run a gateway command path that resolves secret references before credential selection',
      certainty: 'strong',
    },
  ],
  examples: [
    'gateway.auth.token is configured as a secret reference but is unavailable in this command path.',
    'Error: gateway.remote.token is configured as a secret reference but is unavailable in this command path.\nFix: set OPENCLAW_GATEWAY_TOKEN/OPENCLAW_GATEWAY_PASSWORD, pass explicit --token/--password,',
    'Gateway token is managed via SecretRef and is currently unavailable.',
    'Token auto-auth is disabled for SecretRef-managed gateway.auth.token; use your external token source if prompted.',
  ],
  nearMisses: [
    'Missing env var "OPENCLAW_GATEWAY_TOKEN" - feature using this value will be unavailable',
    'unauthorized: gateway token missing (set gateway.remote.token to match gateway.auth.token)',
    'Error: secret "openclaw-token" not found in namespace "default"',
  ],
  notToBeConfusedWith: {
    'gateway-token-missing':
      'Here the CLI stopped before connecting because it could not read its own secret; "token missing" is the gateway saying none arrived.',
  },
  causes: [
    {
      id: 'env-secret-not-exported-here',
      title: 'The SecretRef reads an environment variable this shell does not have',
      explanation:
        'A { source: "env", id: "OPENCLAW_GATEWAY_TOKEN" } reference works for the gateway service (which has the variable) but not in a new terminal, over SSH, or in cron.',
      likelihood: 45,
      adjustments: [
        {
          when: 'auth-token-from-environment',
          change: 20,
          because: 'Your gateway.auth.token is indeed read from the environment.',
        },
      ],
      steps: [
        {
          title: 'Export the token in this shell, then rerun the command',
          command: {
            'linux-macos': 'export OPENCLAW_GATEWAY_TOKEN=<token>\nopenclaw devices list',
            'windows-powershell': '$env:OPENCLAW_GATEWAY_TOKEN = "<token>"\nopenclaw devices list',
            'docker-compose': 'docker compose exec openclaw-gateway node openclaw.mjs devices list',
          },
        },
      ],
    },
    {
      id: 'command-path-does-not-resolve',
      title: 'This command does not resolve secret references before choosing credentials',
      explanation:
        'Some command paths pick a credential before SecretRefs are resolved. Passing the credential explicitly always works.',
      likelihood: 35,
      steps: [
        {
          title: 'Pass the token explicitly',
          command: {
            'linux-macos': 'openclaw devices list --token <token>',
            'windows-powershell': 'openclaw devices list --token <token>',
            'docker-compose': 'docker compose exec openclaw-gateway node openclaw.mjs devices list --token <token>',
          },
        },
      ],
    },
    {
      id: 'file-or-exec-source-unreadable',
      title: 'The file or helper behind the reference is not reachable here',
      explanation:
        'A { source: "file" } reference needs the file readable by this user; { source: "exec" } needs the helper on PATH and unlocked (a password manager CLI that is signed out, for example).',
      likelihood: 20,
      steps: [
        {
          title: 'Look at the reference and test its source by hand',
          detail: 'The value itself prints redacted; you only need to see the source and id.',
          command: {
            'linux-macos': 'openclaw config get gateway.auth.token --json',
            'windows-powershell': 'openclaw config get gateway.auth.token --json',
            'docker-compose':
              'docker compose exec openclaw-gateway node openclaw.mjs config get gateway.auth.token --json',
          },
        },
      ],
    },
  ],
  verify: {
    command: {
      'linux-macos': 'openclaw devices list',
      'windows-powershell': 'openclaw devices list',
      'docker-compose': 'docker compose exec openclaw-gateway node openclaw.mjs devices list',
    },
    expect: 'The device list prints instead of "is configured as a secret reference but is unavailable".',
  },
  pasteInstead: 'the full error with its "Fix:" line',
});
