import { defineErrorClass } from '../../core/error-class-schema.ts';

/**
 * `Gateway start blocked: set gateway.mode=local (current: …) or pass --allow-unconfigured.` /
 * `Gateway start blocked: existing config is missing gateway.mode.`: the gateway refused to start,
 * so every client then finds nothing listening.
 */
export const gatewayStartBlocked = defineErrorClass({
  id: 'gateway-start-blocked',
  title: 'Gateway start blocked: gateway.mode is not local',
  summary:
    'The gateway refused to start because openclaw.json does not say gateway.mode "local", so nothing listens and every client fails to connect.',
  explanation: [
    'gateway.mode tells OpenClaw what this machine is: "local" runs the gateway here, "remote" means this machine only talks to a gateway elsewhere. `openclaw gateway run` (and the service that wraps it) refuses to start unless the mode is "local", so a half-written config, a config from a remote-mode client or a missing config never silently starts an unconfigured gateway.',
    'The visible symptom on the clients is "connection refused" (ECONNREFUSED, a 1006 closure, the browser "refused to connect" page); the reason is only in the gateway output. --allow-unconfigured skips the check for one run; the Docker image uses it, while the compose gateway command does not.',
  ],
  signatures: [
    { phrase: 'Gateway start blocked: set gateway.mode=local', certainty: 'exact' },
    { phrase: 'Gateway start blocked: existing config is missing gateway.mode', certainty: 'exact' },
    {
      phrase: 'or set gateway.mode=local (or pass --allow-unconfigured)',
      certainty: 'strong',
      note: 'The "Missing config. Run … setup" line.',
    },
    { phrase: 'Gateway start blocked', certainty: 'weak', weight: 0.6 },
  ],
  examples: [
    'Gateway start blocked: set gateway.mode=local (current: remote) or pass --allow-unconfigured.',
    'Gateway start blocked: existing config is missing gateway.mode.',
    'Missing config. Run `openclaw setup` or set gateway.mode=local (or pass --allow-unconfigured).',
    'openclaw-gateway-1  | Gateway start blocked: set gateway.mode=local (current: unset) or pass --allow-unconfigured.\nopenclaw-gateway-1 exited with code 1',
  ],
  nearMisses: [
    'Warn: gateway.mode=remote but gateway.remote.url is missing; set gateway.remote.url or switch gateway.mode=local.',
    '[gateway] listening on ws://127.0.0.1:18789',
  ],
  notToBeConfusedWith: {
    'gateway-unreachable':
      'Clients see "connection refused"; this line from the gateway output says why nothing listens.',
    'remote-url-missing':
      'Both involve gateway.mode. Remote-url-missing is a client in remote mode with no address; this is a gateway host that is not in local mode.',
  },
  causes: [
    {
      id: 'mode-missing-after-edit',
      title: 'openclaw.json has no gateway.mode (hand edit, migration or partial onboarding)',
      explanation:
        'A config written by hand, restored from an old backup or left by an interrupted onboarding lacks gateway.mode, and the gateway will not guess.',
      likelihood: 40,
      steps: [
        {
          title: 'Set local mode and start the gateway',
          detail:
            'In Docker the gateway container is not running, so the command runs a one-off container of the same image (or edit openclaw.json in ${OPENCLAW_CONFIG_DIR} on the host).',
          command: {
            'linux-macos': 'openclaw config set gateway.mode local\nopenclaw gateway restart',
            'windows-powershell': 'openclaw config set gateway.mode local\nopenclaw gateway restart',
            'docker-compose':
              'docker compose run --rm --entrypoint node openclaw-gateway openclaw.mjs config set gateway.mode local\ndocker compose up -d openclaw-gateway',
          },
        },
      ],
    },
    {
      id: 'gateway-host-in-remote-mode',
      title: 'The gateway host is in remote mode',
      explanation:
        'Setting gateway.mode "remote" on the machine that should run the gateway (often while trying to fix a remote client) blocks its own start.',
      likelihood: 30,
      adjustments: [{ when: 'gateway-mode-remote', change: 30, because: 'Your gateway.mode is "remote".' }],
      steps: [
        {
          title: 'Switch the gateway host back to local mode',
          detail: 'Remote mode belongs on the client machines, with gateway.remote.url pointing at this host.',
          command: {
            'linux-macos': 'openclaw config set gateway.mode local\nopenclaw gateway restart',
            'windows-powershell': 'openclaw config set gateway.mode local\nopenclaw gateway restart',
            'docker-compose':
              'docker compose run --rm --entrypoint node openclaw-gateway openclaw.mjs config set gateway.mode local\ndocker compose up -d openclaw-gateway',
          },
        },
      ],
    },
    {
      id: 'empty-config-directory',
      title: 'The gateway reads an empty or different config directory',
      explanation:
        'In Docker, ${OPENCLAW_CONFIG_DIR} not mounted (or mounted from an empty folder) gives the gateway no config. On a host, OPENCLAW_STATE_DIR, OPENCLAW_CONFIG_PATH or OPENCLAW_HOME in the service environment can point it at another file than the one you edit.',
      likelihood: 20,
      steps: [
        {
          title: 'Check which config file the gateway uses',
          detail:
            'The CLI prints it as "Config:" under connection errors. In Docker, check that /home/node/.openclaw is mounted from the folder holding your openclaw.json.',
          command: {
            'linux-macos': 'openclaw gateway status\nenv | grep -E "OPENCLAW_(STATE_DIR|CONFIG_PATH|HOME)"',
            'windows-powershell': 'openclaw gateway status\nGet-ChildItem Env:OPENCLAW_*',
            'docker-compose': 'docker compose config | grep -n -A2 "/home/node/.openclaw"',
          },
        },
      ],
    },
    {
      id: 'one-off-unconfigured-run',
      title: 'You want to run a gateway once without a finished config',
      explanation: '--allow-unconfigured skips the mode check for that run only; the Docker image CMD uses it.',
      likelihood: 10,
      steps: [
        {
          title: 'Start in the foreground without the mode check',
          command: {
            'linux-macos': 'openclaw gateway run --allow-unconfigured',
            'windows-powershell': 'openclaw gateway run --allow-unconfigured',
            'docker-compose': 'docker compose up openclaw-gateway',
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
    expect:
      'The gateway output shows "listening on ws://127.0.0.1:18789" (or your bind) instead of "Gateway start blocked", and the RPC probe succeeds.',
  },
  pasteInstead:
    'the first lines the gateway prints when it starts (`openclaw gateway run`, or `docker compose logs openclaw-gateway`)',
});
