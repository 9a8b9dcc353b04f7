import { defineErrorClass } from '../../core/error-class-schema.ts';

/**
 * `Gateway start blocked: …`: `gateway run` only starts when gateway.mode is "local" (or with
 * --allow-unconfigured, which the Docker image uses). The gateway never starts, so clients see it
 * as unreachable.
 */
export const gatewayModeUnset = defineErrorClass({
  id: 'gateway-mode-unset',
  title: 'Gateway start blocked: gateway.mode is not "local"',
  summary:
    'The gateway refused to start because the config on this host does not say gateway.mode "local" (it is missing, set to "remote", or there is no config at all).',
  explanation: [
    'Before any of the three connect checks (gateway token, device token, pairing) can happen, a gateway has to run. `openclaw gateway run` insists on gateway.mode "local" so that a machine set up as a client (gateway.mode "remote", pointing at another gateway) never starts a second gateway by accident.',
    'So a config without gateway.mode, a client config copied onto the server, or no config at all (a different user, OPENCLAW_STATE_DIR or OPENCLAW_CONFIG_PATH pointing elsewhere, an empty Docker mount) stops the start here. Set the mode, or run onboarding, on the host that should run the gateway.',
  ],
  signatures: [
    { phrase: 'Gateway start blocked: set gateway.mode=local', certainty: 'exact' },
    { phrase: 'Gateway start blocked: existing config is missing gateway.mode', certainty: 'exact' },
    { phrase: 'Missing config. Run `openclaw setup` or set gateway.mode=local', certainty: 'exact' },
    { phrase: 'Gateway start blocked:', certainty: 'strong', weight: 0.7 },
  ],
  examples: [
    'Gateway start blocked: set gateway.mode=local (current: remote) or pass --allow-unconfigured.',
    'Gateway start blocked: existing config is missing gateway.mode.',
    'Missing config. Run `openclaw setup` or set gateway.mode=local (or pass --allow-unconfigured).',
  ],
  nearMisses: [
    'gateway remote mode misconfigured: gateway.remote.url missing',
    'Refusing to bind gateway to lan without auth.',
    'Start blocked by policy: Windows Defender SmartScreen prevented an unrecognized app from starting',
  ],
  causes: [
    {
      id: 'mode-missing-from-config',
      title: 'openclaw.json has no gateway.mode',
      explanation: 'A hand-written or trimmed config, or one created before onboarding finished, lacks the key.',
      likelihood: 40,
      steps: [
        {
          title: 'Set the mode and start the gateway',
          command: {
            'linux-macos': 'openclaw config set gateway.mode local\nopenclaw gateway restart',
            'windows-powershell': 'openclaw config set gateway.mode local\nopenclaw gateway restart',
            'docker-compose':
              'docker compose run --rm openclaw-gateway node openclaw.mjs config set gateway.mode local\ndocker compose up -d',
          },
        },
      ],
    },
    {
      id: 'client-config-on-gateway-host',
      title: 'This host is configured as a client (gateway.mode "remote")',
      explanation:
        'A config copied from a laptop that talks to a remote gateway says "remote". On the machine that should run the gateway it must say "local".',
      likelihood: 35,
      adjustments: [{ when: 'gateway-mode-remote', change: 40, because: 'Your gateway.mode is "remote".' }],
      steps: [
        {
          title: 'Switch this host to local mode',
          command: {
            'linux-macos':
              'openclaw config get gateway.mode\nopenclaw config set gateway.mode local\nopenclaw gateway restart',
            'windows-powershell':
              'openclaw config get gateway.mode\nopenclaw config set gateway.mode local\nopenclaw gateway restart',
            'docker-compose':
              'docker compose run --rm openclaw-gateway node openclaw.mjs config set gateway.mode local\ndocker compose up -d',
          },
        },
      ],
    },
    {
      id: 'config-not-found',
      title: 'The gateway does not find your config at all',
      explanation:
        'It reads ~/.openclaw/openclaw.json of the user it runs as, unless OPENCLAW_STATE_DIR, OPENCLAW_CONFIG_PATH or OPENCLAW_HOME point elsewhere. A service running as another user, or a Docker mount of an empty folder, sees no config.',
      likelihood: 25,
      steps: [
        {
          title: 'Check where the config is expected',
          detail: 'If the file is not where the gateway looks, move it there or run onboarding on this host.',
          command: {
            'linux-macos':
              'env | grep -e OPENCLAW_STATE_DIR -e OPENCLAW_CONFIG_PATH -e OPENCLAW_HOME\nls -l ~/.openclaw/openclaw.json',
            'windows-powershell': 'Get-ChildItem Env:OPENCLAW_*\nGet-Item "$HOME\\.openclaw\\openclaw.json"',
            'docker-compose': 'docker compose run --rm openclaw-gateway ls -l /home/node/.openclaw/',
          },
        },
        {
          title: 'Run onboarding to create a complete config',
          command: {
            'linux-macos': 'openclaw onboard',
            'windows-powershell': 'openclaw onboard',
            'docker-compose': 'docker compose run --rm openclaw-gateway node openclaw.mjs onboard',
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
    expect: 'The gateway starts and stays up, and `openclaw config get gateway.mode` prints local.',
  },
  pasteInstead: 'the gateway startup log (the lines right after the OpenClaw banner)',
});
