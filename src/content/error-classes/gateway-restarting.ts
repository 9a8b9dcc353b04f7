import { defineErrorClass } from '../../core/error-class-schema.ts';
import { openclawOnEveryPlatform } from '../platform-commands.ts';

/** `service restart` (close 1012): the gateway is restarting; clients reconnect by themselves. */
export const gatewayRestarting = defineErrorClass({
  id: 'gateway-restarting',
  title: 'Gateway restarting',
  summary:
    'The gateway closed the connection because it is restarting (code 1012 "service restart"); clients reconnect once it is back.',
  explanation: [
    'Code 1012 is the WebSocket way of saying "I am restarting, come back shortly". The gateway sends it to every connected client when it restarts: after `openclaw gateway restart`, after an update, or when a config change that needs a restart is written (changing the gateway token path does that). The Control UI hides it and reconnects by itself.',
    'On its own it is harmless. It matters when it repeats: a gateway that restarts over and over (a crash loop under systemd, launchd or a Docker restart policy) keeps dropping every client. Then the real error is in the gateway log just before each restart.',
  ],
  signatures: [
    { phrase: 'gateway starting; retry shortly', certainty: 'exact' },
    { phrase: 'gateway closed (1012): service restart', certainty: 'exact' },
    { phrase: 'disconnected (1012): service restart', certainty: 'exact' },
    { phrase: '(1012): service restart', certainty: 'exact' },
    { phrase: 'code=1012 reason=service restart', certainty: 'strong' },
    {
      phrase: 'connect unavailable during gateway restart',
      certainty: 'exact',
      note: 'Newer gateways refuse connects while a restart drains work, then close with 1013.',
    },
    { phrase: 'gateway restart in progress', certainty: 'exact' },
    { phrase: 'gateway-restarting', certainty: 'strong', wholeWord: true, note: 'The close cause in the details.' },
  ],
  examples: [
    'gateway connect failed: GatewayClientRequestError: gateway starting; retry shortly',
    'node host gateway closed (1013): gateway restart in progress',
    'gateway connect failed: GatewayClientRequestError: connect unavailable during gateway restart',
    'gateway closed (1012): service restart',
    'node host gateway closed (1012): service restart',
    'disconnected (1012): service restart',
    '[ws] closed conn=4e1f code=1012 reason=service restart',
  ],
  nearMisses: [
    'openclaw-gateway.service: Scheduled restart job, restart counter is at 3.',
    'gateway closed (1006 abnormal closure (no close frame)): no close reason',
    'connect unavailable during gateway suspension',
  ],
  notToBeConfusedWith: {
    'gateway-unreachable':
      'A restart closes cleanly and the gateway comes back; unreachable means nothing listens when the client dials.',
  },
  causes: [
    {
      id: 'planned-restart',
      title: 'A restart, update or config change restarted the gateway',
      explanation:
        'Expected after `openclaw gateway restart`, an update, or writing gateway settings that need a restart.',
      likelihood: 60,
      steps: [
        {
          title: 'Wait a few seconds and reconnect',
          detail: 'The Control UI and node hosts reconnect by themselves; rerun a CLI command.',
          command: {
            'linux-macos': 'openclaw gateway status',
            'windows-powershell': 'openclaw gateway status',
            'docker-compose': 'docker compose ps',
          },
        },
      ],
    },
    {
      id: 'crash-loop',
      title: 'The gateway restarts over and over',
      explanation:
        'If 1012 keeps coming back, the supervisor restarts a gateway that fails again: a config error, a port clash, memory limits. The cause is in the log right before each restart.',
      likelihood: 30,
      steps: [
        {
          title: 'Read the gateway log around the restarts',
          command: {
            'linux-macos': 'openclaw logs',
            'windows-powershell': 'openclaw logs',
            'docker-compose': 'docker compose logs --tail 200 openclaw-gateway',
          },
        },
        {
          title: 'Let doctor check the config and the service',
          command: openclawOnEveryPlatform('doctor'),
        },
      ],
    },
    {
      id: 'two-supervisors',
      title: 'Two gateways or two supervisors fight over the same install',
      explanation:
        'A gateway service plus a second `openclaw gateway run` in a terminal, or a service and a Docker container on the same state directory, restart each other.',
      likelihood: 10,
      steps: [
        {
          title: 'Check what runs, and keep only one gateway',
          command: {
            'linux-macos': 'openclaw gateway status',
            'windows-powershell': 'openclaw gateway status',
            'docker-compose': 'docker compose ps',
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
      'The gateway stays up (the uptime grows between two checks) and clients stay connected without new 1012 closes.',
  },
  pasteInstead: 'the gateway log for the minute before the close',
});
