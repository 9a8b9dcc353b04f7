import { defineErrorClass } from '../../core/error-class-schema.ts';
import { openclawOnEveryPlatform } from '../platform-commands.ts';

/**
 * Startup refusal: the gateway token is still `change-me-to-a-long-random-token`, the example
 * value from .env.example. A token everyone can read in the repository protects nothing.
 */
export const placeholderToken = defineErrorClass({
  id: 'placeholder-token',
  title: 'Gateway token is the example placeholder',
  summary:
    'The gateway token is still the example value from .env.example, which is public, so the gateway refuses to start until you set a real random token.',
  explanation: [
    'OpenClaw checks three layers when a client connects, and the first is the shared gateway token: whoever knows it can drive your agent (pairing aside). The example .env.example in the repository ships the placeholder change-me-to-a-long-random-token so that copying it is easy; it is published for everyone to read.',
    'The gateway recognises that placeholder and stops at startup rather than run with it. Replace it with a long random secret, in the place it came from (OPENCLAW_GATEWAY_TOKEN in .env, or gateway.auth.token in openclaw.json), and give the new token to your clients.',
  ],
  signatures: [
    {
      phrase: 'is blank, a published example placeholder',
      certainty: 'exact',
    },
    { phrase: 'must not be blank or the literal string undefined/null', certainty: 'exact' },
    { phrase: 'gateway auth token is set to the example placeholder from .env.example', certainty: 'exact' },
    {
      phrase: 'change-me-to-a-long-random-token',
      certainty: 'weak',
      weight: 0.5,
      wholeWord: true,
      note: 'The placeholder itself, e.g. in a pasted .env or compose environment.',
    },
  ],
  examples: [
    'Invalid config: gateway auth token is blank, a published example placeholder, or the literal string undefined/null. Generate a real secret (for example, `openssl rand -hex 32`).',
    'Invalid config: gateway auth token is set to the example placeholder from .env.example. Generate a real secret (e.g. `openssl rand -hex 32`) and set OPENCLAW_GATEWAY_TOKEN or gateway.auth.token before starting the gateway.',
    'openclaw-gateway-1  | Error: Invalid config: gateway auth token is set to the example placeholder from .env.example.',
    'OPENCLAW_GATEWAY_TOKEN=change-me-to-a-long-random-token',
  ],
  nearMisses: [
    'POSTGRES_PASSWORD=change-me',
    'Invalid config: hooks.token must not match gateway auth token.',
    'Gateway auth token was missing. Generated a new token and saved it to config (gateway.auth.token).',
  ],
  causes: [
    {
      id: 'env-example-copied-unchanged',
      title: '.env.example was copied to .env without changing the token',
      explanation:
        'The usual Docker start: `cp .env.example .env`, then `docker compose up`. The token line still holds the placeholder.',
      likelihood: 70,
      adjustments: [
        {
          when: 'auth-token-from-environment',
          change: 10,
          because: 'Your gateway token comes from the environment, as in the Docker setup.',
        },
      ],
      steps: [
        {
          title: 'Replace the placeholder in .env with a random token, then recreate',
          detail: 'Run it next to docker-compose.yml. Keep the new value: your clients need it.',
          command: {
            'linux-macos':
              'sed -i.bak "s/change-me-to-a-long-random-token/$(openssl rand -hex 32)/" .env\ndocker compose up -d --force-recreate',
            'windows-powershell':
              '$b = New-Object byte[] 32; [Security.Cryptography.RandomNumberGenerator]::Create().GetBytes($b)\n$t = ($b | ForEach-Object { $_.ToString("x2") }) -join ""\n(Get-Content .env) -replace "change-me-to-a-long-random-token", $t | Set-Content .env\ndocker compose up -d --force-recreate',
            'docker-compose':
              'sed -i.bak "s/change-me-to-a-long-random-token/$(openssl rand -hex 32)/" .env\ndocker compose up -d --force-recreate',
          },
        },
      ],
    },
    {
      id: 'placeholder-in-openclaw-json',
      title: 'The placeholder was pasted into openclaw.json',
      explanation: 'A guide or the example file was copied into gateway.auth.token as it was.',
      likelihood: 30,
      steps: [
        {
          title: 'Store a real random token and restart',
          detail: 'Generate it with openssl rand -hex 32 (or any password manager), then set it.',
          command: {
            'linux-macos': 'openclaw config set gateway.auth.token "$(openssl rand -hex 32)"\nopenclaw gateway restart',
            'windows-powershell':
              '$b = New-Object byte[] 32; [Security.Cryptography.RandomNumberGenerator]::Create().GetBytes($b)\nopenclaw config set gateway.auth.token (($b | ForEach-Object { $_.ToString("x2") }) -join "")\nopenclaw gateway restart',
            'docker-compose':
              'docker compose run --rm openclaw-gateway node openclaw.mjs config set gateway.auth.token <token>\ndocker compose up -d',
          },
        },
        {
          title: 'Hand the new token to your clients',
          versions: { since: '2026.4.13' },
          command: openclawOnEveryPlatform('gateway auth-token --show'),
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
    expect: 'The gateway starts and stays up, and clients connect with the new token.',
  },
  pasteInstead: 'the gateway startup log (the lines right after the OpenClaw banner)',
});
