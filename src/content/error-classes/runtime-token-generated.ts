import { defineErrorClass } from '../../core/error-class-schema.ts';
import { openclawOnEveryPlatform } from '../platform-commands.ts';

/**
 * Startup notice (2026.2.19, #20686): no token resolved, so the gateway generated one. When it is
 * runtime-only, the next restart makes another and every client's copy stops working; this is the
 * "token changes on every restart" trap.
 */
export const runtimeTokenGenerated = defineErrorClass({
  id: 'runtime-token-generated',
  title: 'Gateway generated its own token',
  summary:
    'The gateway started without a token of its own and generated one; when it is only kept for this run, every restart invalidates the token your clients hold.',
  explanation: [
    'OpenClaw checks three layers when a client connects, and the first is the shared gateway token. Since 2026.2.19 a gateway in token mode with no token makes a random one at startup. Depending on how it was started, it either saves it to gateway.auth.token or keeps it only for this run.',
    'A runtime token is the classic reason why clients work until the next restart and then fail with "gateway token mismatch": started with --auth token on the command line, in a Docker container whose config folder is not a volume, or on newer builds whenever no token is configured at all. Persist one token and the problem goes away.',
  ],
  signatures: [
    {
      phrase: 'Generated a runtime token for this startup without changing config',
      certainty: 'exact',
    },
    { phrase: 'restart will generate a different token', certainty: 'strong' },
    {
      phrase: 'Gateway auth token was missing. Generated a new token and saved it to config',
      certainty: 'strong',
      weight: 0.6,
      note: 'Persisted variant: harmless in itself, but clients holding an older token now need the new one.',
    },
  ],
  examples: [
    'Gateway auth token was missing. Generated a runtime token for this startup without changing config; restart will generate a different token. Persist one with `openclaw config set gateway.auth.mode token` and `openclaw config set gateway.auth.token <token>`.',
    'openclaw-gateway-1  | [gateway] Gateway auth token was missing. Generated a runtime token for this startup without changing config',
    'Gateway auth token was missing. Generated a new token and saved it to config (gateway.auth.token).',
  ],
  nearMisses: [
    'gateway auth mode is token, but no token was configured (set gateway.auth.token or OPENCLAW_GATEWAY_TOKEN)',
    'unauthorized: gateway token missing (provide gateway auth token)',
    'Generated a new SSH key pair in /home/dev/.ssh/id_ed25519',
  ],
  notToBeConfusedWith: {
    'gateway-token-mismatch':
      'The mismatch is what clients see after the restart; the runtime token is why. Persist a token to stop it recurring.',
  },
  causes: [
    {
      id: 'auth-mode-from-command-line',
      title: 'The gateway is started with --auth token on the command line',
      explanation:
        'When the mode comes from `openclaw gateway run --auth token`, a generated token is never written to config.',
      likelihood: 30,
      steps: [
        {
          title: 'Persist a token and the mode in the config',
          detail: 'Then drop --auth from the start command, or also pass --token with a fixed value.',
          command: {
            'linux-macos':
              'openclaw config set gateway.auth.mode token\nopenclaw config set gateway.auth.token <token>',
            'windows-powershell':
              'openclaw config set gateway.auth.mode token\nopenclaw config set gateway.auth.token <token>',
            'docker-compose':
              'docker compose exec openclaw-gateway node openclaw.mjs config set gateway.auth.mode token\ndocker compose exec openclaw-gateway node openclaw.mjs config set gateway.auth.token <token>',
          },
        },
      ],
    },
    {
      id: 'no-token-configured-newer-build',
      title: 'No token is configured, and newer builds keep generated tokens only for the run',
      explanation:
        'Since about May 2026 a generated token is runtime-only and cannot be recovered after a restart. Store one explicitly.',
      likelihood: 35,
      adjustments: [{ when: 'auth-token-absent', change: 25, because: 'Your config has no gateway.auth.token.' }],
      steps: [
        {
          title: 'Generate and save a token, then restart',
          command: {
            'linux-macos': 'openclaw doctor --generate-gateway-token\nopenclaw gateway restart',
            'windows-powershell': 'openclaw doctor --generate-gateway-token\nopenclaw gateway restart',
            'docker-compose':
              'docker compose exec openclaw-gateway node openclaw.mjs doctor --generate-gateway-token\ndocker compose restart openclaw-gateway',
          },
        },
        {
          title: 'Print it for your clients',
          versions: { since: '2026.4.13' },
          command: openclawOnEveryPlatform('gateway auth-token --show'),
        },
      ],
    },
    {
      id: 'docker-config-not-persisted',
      title: 'In Docker, the config folder is not a persistent volume',
      explanation:
        'A token saved to /home/node/.openclaw/openclaw.json dies with the container when that folder is not mounted from the host. Setting OPENCLAW_GATEWAY_TOKEN in .env avoids generation entirely.',
      likelihood: 25,
      steps: [
        {
          title: 'Set one token in .env for both the gateway and the CLI container',
          detail: 'docker-compose.yml passes OPENCLAW_GATEWAY_TOKEN from .env to both services.',
          command: {
            'linux-macos':
              'echo "OPENCLAW_GATEWAY_TOKEN=$(openssl rand -hex 32)" >> .env\ndocker compose up -d --force-recreate',
            'windows-powershell':
              '$b = New-Object byte[] 32; [Security.Cryptography.RandomNumberGenerator]::Create().GetBytes($b)\nAdd-Content .env ("OPENCLAW_GATEWAY_TOKEN=" + (($b | ForEach-Object { $_.ToString("x2") }) -join ""))\ndocker compose up -d --force-recreate',
            'docker-compose':
              'echo "OPENCLAW_GATEWAY_TOKEN=$(openssl rand -hex 32)" >> .env\ndocker compose up -d --force-recreate',
          },
        },
      ],
    },
    {
      id: 'token-just-created-clients-stale',
      title: 'The token was just created and saved; clients still hold an older one',
      explanation:
        'With the "saved it to config" variant nothing recurs, but any client that had a token before (from another install, an older config) must get the new one.',
      likelihood: 10,
      steps: [
        {
          title: 'Open a fresh dashboard URL',
          command: openclawOnEveryPlatform('dashboard --no-open'),
        },
      ],
    },
  ],
  verify: {
    command: {
      'linux-macos': 'openclaw gateway restart',
      'windows-powershell': 'openclaw gateway restart',
      'docker-compose': 'docker compose restart openclaw-gateway',
    },
    expect:
      'After a restart the startup log no longer says "Generated a runtime token", and clients that connected before the restart still connect.',
  },
  pasteInstead: 'the gateway startup log (the lines right after the OpenClaw banner)',
});
