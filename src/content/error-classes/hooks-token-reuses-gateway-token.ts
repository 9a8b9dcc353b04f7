import { defineErrorClass } from '../../core/error-class-schema.ts';

/**
 * Startup refusal: hooks.token (the secret webhook callers send) equals the gateway token. Anyone
 * holding the webhook secret would then hold full gateway access, so the gateway will not start.
 */
export const hooksTokenReusesGatewayToken = defineErrorClass({
  id: 'hooks-token-reuses-gateway-token',
  title: 'Webhook token is the gateway token',
  summary:
    'hooks.token is set to the same value as the gateway token, so the gateway refuses to start: the webhook secret must be a different one.',
  explanation: [
    'OpenClaw checks three layers when a client connects, and the first, the shared gateway token, grants full operator access. Webhooks (hooks) have their own, narrower secret, hooks.token, which you hand to outside services that trigger your agent.',
    'If both are the same, every service that can call a webhook could also connect to the gateway as an operator. The gateway refuses that configuration at startup. Give hooks.token its own random value and update the services that call your webhooks.',
  ],
  signatures: [{ phrase: 'hooks.token must not match gateway auth token', certainty: 'exact' }],
  examples: [
    'Invalid config: hooks.token must not match gateway auth token.',
    'openclaw-gateway-1  | Error: Invalid config: hooks.token must not match gateway auth token.',
  ],
  nearMisses: [
    'unauthorized: gateway token mismatch (provide gateway auth token)',
    'Invalid config: gateway auth token is set to the example placeholder from .env.example.',
    '[hooks] POST /hooks/agent 401 invalid hook token',
  ],
  causes: [
    {
      id: 'same-secret-pasted-twice',
      title: 'The gateway token was reused for webhooks',
      explanation: 'Convenient when setting up a webhook, and exactly what the check forbids.',
      likelihood: 80,
      steps: [
        {
          title: 'Give hooks.token its own random value, then restart',
          detail:
            'Generate it with openssl rand -hex 32 (or a password manager), set it, and update every service that calls your webhooks. Docker: the gateway is down, so use a one-off container.',
          command: {
            'linux-macos': 'openclaw config set hooks.token "$(openssl rand -hex 32)"\nopenclaw gateway restart',
            'windows-powershell':
              '$b = New-Object byte[] 32; [Security.Cryptography.RandomNumberGenerator]::Create().GetBytes($b)\nopenclaw config set hooks.token (($b | ForEach-Object { $_.ToString("x2") }) -join "")\nopenclaw gateway restart',
            'docker-compose':
              'docker compose run --rm openclaw-gateway node openclaw.mjs config set hooks.token <new-hooks-token>\ndocker compose up -d',
          },
        },
      ],
    },
    {
      id: 'both-from-one-env-variable',
      title: 'Both keys read the same environment variable',
      explanation:
        'gateway.auth.token and hooks.token both written as ${OPENCLAW_GATEWAY_TOKEN} (or the same SecretRef) resolve to one value.',
      likelihood: 20,
      adjustments: [
        {
          when: 'auth-token-from-environment',
          change: 20,
          because: 'Your gateway token comes from the environment, where one variable can feed both keys.',
        },
      ],
      steps: [
        {
          title: 'Point hooks.token at its own variable',
          detail: 'For example ${OPENCLAW_HOOKS_TOKEN}, set in the same env file as the gateway token.',
          command: {
            'linux-macos': 'grep -n -e hooks -e OPENCLAW_GATEWAY_TOKEN ~/.openclaw/openclaw.json',
            'windows-powershell':
              'Select-String -Path "$HOME\\.openclaw\\openclaw.json" -Pattern hooks,OPENCLAW_GATEWAY_TOKEN',
            'docker-compose':
              'docker compose run --rm openclaw-gateway grep -n -e hooks -e OPENCLAW_GATEWAY_TOKEN /home/node/.openclaw/openclaw.json',
          },
        },
      ],
    },
  ],
  verify: {
    command: {
      'linux-macos': 'openclaw gateway status',
      'windows-powershell': 'openclaw gateway status',
      'docker-compose': 'docker compose ps',
    },
    expect: 'The gateway starts and stays up; webhook callers succeed with the new hooks token.',
  },
  pasteInstead: 'the gateway startup log (the lines right after the OpenClaw banner)',
});
