import { defineErrorClass } from '../../core/error-class-schema.ts';
import { openclawOnEveryPlatform } from '../platform-commands.ts';

/**
 * `client version mismatch` (close 1008, CLIENT_VERSION_MISMATCH; newer than 2026.4.12): a node
 * host whose released version differs from the gateway's. The gateway log says
 * `node version mismatch … closing for supervisor restart`.
 */
export const clientVersionMismatch = defineErrorClass({
  id: 'client-version-mismatch',
  title: 'Node version differs from the gateway',
  summary:
    'A node host runs a different OpenClaw release than the gateway, so the gateway closed it (code 1008) and expects its supervisor to restart it on the matching version.',
  explanation: [
    'Node hosts (`openclaw node run` on another machine, a phone, a Raspberry Pi) execute tools for the gateway, so the gateway requires them to run the same OpenClaw release as itself. When a node announces another released version, newer gateways close it with "client version mismatch" (details.code CLIENT_VERSION_MISMATCH) and log "node version mismatch … closing for supervisor restart".',
    'The wording assumes the node runs under a supervisor (systemd, launchd, a Windows service, Docker restart policy) that restarts it after an update. Nothing about tokens or pairing is wrong: update the node (or the gateway) so both run the same release, and restart the node.',
  ],
  signatures: [
    { phrase: 'client version mismatch', certainty: 'exact' },
    { phrase: 'CLIENT_VERSION_MISMATCH', certainty: 'exact', wholeWord: true },
    {
      phrase: 'node version mismatch',
      certainty: 'strong',
      note: 'Gateway log: `node version mismatch conn=… closing for supervisor restart`.',
    },
    {
      phrase: 'closing for supervisor restart',
      certainty: 'weak',
      weight: 0.5,
      note: 'The tail of the gateway log line, when it wrapped.',
    },
  ],
  examples: [
    'node host gateway closed (1008): client version mismatch',
    'node host gateway reconnect paused after close (1008): client version mismatch detail=CLIENT_VERSION_MISMATCH; exiting for supervisor restart',
    '{"ok":false,"error":{"code":"INVALID_REQUEST","message":"client version mismatch","details":{"code":"CLIENT_VERSION_MISMATCH"}}}',
    '[ws] node version mismatch conn=8e21 client=node-host node v2026.5.2 gateway=2026.5.12 closing for supervisor restart',
  ],
  nearMisses: [
    'gateway closed (1002): protocol mismatch',
    'npm WARN EBADENGINE Unsupported engine { package: "openclaw", required: { node: ">=22" }, current: { node: "v20.11.1" } }',
    'The engine "node" is incompatible with this module. Expected version ">=22". Got "20.11.1"',
  ],
  notToBeConfusedWith: {
    'protocol-mismatch':
      'This is a node host on another OpenClaw release than the gateway; protocol mismatch is any client whose protocol range the gateway does not speak.',
  },
  causes: [
    {
      id: 'node-not-updated-after-gateway-upgrade',
      title: 'The gateway was upgraded and the node host was not',
      explanation:
        'Updating the gateway machine does not update nodes on other machines. Each node keeps its own install and its own release.',
      likelihood: 60,
      adjustments: [{ when: 'client-other', change: 10, because: 'The failing client is a node or app.' }],
      steps: [
        {
          title: 'On the node machine, update OpenClaw to the gateway release',
          detail:
            'Use the same channel as the gateway (npm, the installer, or the image tag in Docker), so both print the same version banner.',
          command: {
            'linux-macos': 'npm install -g openclaw@latest',
            'windows-powershell': 'npm install -g openclaw@latest',
            'docker-compose': 'docker compose pull\ndocker compose up -d',
          },
        },
        {
          title: 'Restart the node host',
          detail: 'Restart its service, or run it again in the foreground.',
          command: {
            'linux-macos': 'openclaw node run',
            'windows-powershell': 'openclaw node run',
            'docker-compose': 'docker compose restart',
          },
        },
      ],
    },
    {
      id: 'node-not-supervised',
      title: 'The node was updated but its old process still runs',
      explanation:
        'The gateway closes the node expecting a supervisor to start the new binary. A node started by hand in a terminal or tmux keeps running the old code, or stays stopped after the close.',
      likelihood: 25,
      steps: [
        {
          title: 'Stop the old node process and start it again',
          detail:
            'Press Ctrl+C in the terminal that runs it (or stop its service), start it again, and run it under a supervisor (systemd, launchd, a Windows service or a Docker restart policy) so the next version bump restarts it by itself.',
          command: {
            'linux-macos': 'openclaw node run',
            'windows-powershell': 'openclaw node run',
            'docker-compose': 'docker compose up -d --force-recreate',
          },
        },
      ],
    },
    {
      id: 'gateway-older-than-node',
      title: 'The node is newer than the gateway',
      explanation:
        'A node updated ahead of the gateway is rejected too. Upgrade the gateway to the node release rather than downgrading the node.',
      likelihood: 15,
      steps: [
        {
          title: 'Upgrade the gateway, then restart it',
          command: {
            'linux-macos': 'npm install -g openclaw@latest\nopenclaw gateway restart',
            'windows-powershell': 'npm install -g openclaw@latest\nopenclaw gateway restart',
            'docker-compose': 'docker compose pull openclaw-gateway\ndocker compose up -d openclaw-gateway',
          },
        },
      ],
    },
  ],
  verify: {
    command: openclawOnEveryPlatform('status'),
    expect:
      'Both version banners show the same release, the node stays connected, and the gateway log no longer shows "node version mismatch".',
  },
  pasteInstead: 'the node host log lines around the close, and the version banners of the node and the gateway',
});
