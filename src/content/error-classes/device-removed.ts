import { defineErrorClass } from '../../core/error-class-schema.ts';
import { openclawOnEveryPlatform } from '../platform-commands.ts';

/**
 * Close 4001 `device removed` (~2026.3.27): the paired device was removed or revoked on the gateway
 * while it was connected. "device removed" alone is too common a phrase (the CLI's own success
 * output), so only the close forms count.
 */
export const deviceRemoved = defineErrorClass({
  id: 'device-removed',
  title: 'Device removed',
  summary:
    'This device was removed (or its access revoked) on the gateway while it was connected, so the gateway closed the connection (code 4001). It has to pair again.',
  explanation: [
    'OpenClaw checks three layers when a client connects: the shared gateway token, the device token issued at pairing, and pairing approval. Removing a device on the gateway (`openclaw devices remove`, `openclaw devices clear`, or revoking its token) deletes the second and third layer for it. Since about 2026.3.27 the gateway also closes that device’s open connections at once, with code 4001 "device removed".',
    'Whatever the device still holds is now useless: reconnecting with its cached device token will be refused. If the removal was intended, nothing is broken. If the device should stay, it must pair again: drop the stale token on the client and approve its new pairing request on the gateway host.',
  ],
  signatures: [
    {
      phrase: 'client authorization is no longer active',
      certainty: 'strong',
      note: 'The policy close newer gateways send when a device, its token or its operator access is revoked.',
    },
    {
      phrase: '(4001): device removed',
      certainty: 'exact',
      note: 'The client wrappers: gateway closed (4001): …, disconnected (4001): …, node host gateway closed (4001): ….',
    },
    { phrase: 'code=4001 reason=device removed', certainty: 'exact', note: 'Gateway log of the close.' },
    {
      phrase: '"reason":"device removed"',
      inTheWild: 'samples/device-removed/gateway-json-and-plain-log.txt',
      certainty: 'strong',
      note: 'JSON log of the close.',
    },
    {
      phrase: 'reason=device removed',
      inTheWild: 'samples/device-removed/buried-in-long-log.txt',
      certainty: 'strong',
      wholeWord: true,
    },
  ],
  examples: [
    'gateway closed (4001): device removed',
    'disconnected (4001): device removed',
    'node host gateway closed (4001): device removed',
    '[ws] closed conn=5e1a peer=192.168.1.30:50122 code=4001 reason=device removed',
    '{"subsystem":"gateway/ws","msg":"closed","code":4001,"reason":"device removed"}',
  ],
  nearMisses: [
    'Device removed: 5f2a9c1e (MacBook-Pro)',
    '[bluetooth] device removed: AirPods Pro',
    'usb 1-1: USB disconnect, device number 3; device removed',
    'gateway closed (4001): gateway auth changed',
  ],
  notToBeConfusedWith: {
    'gateway-auth-changed':
      'Both close with 4001. "Device removed" is about this one device; "gateway auth changed" disconnects everyone who used the old shared token.',
    'device-token-rejected':
      'This is the live disconnect when the device is removed; "device token rejected" is what a removed device gets when it tries to reconnect.',
  },
  causes: [
    {
      id: 'removed-on-purpose',
      title: 'Someone removed or revoked this device on the gateway',
      explanation:
        '`openclaw devices remove <deviceId>`, a `openclaw devices clear --yes` cleanup, or `openclaw devices revoke` for its role, run on the gateway host (perhaps by you, tidying the device list).',
      likelihood: 55,
      steps: [
        {
          title: 'Check the device list on the gateway host',
          detail: 'If the device should stay, pair it again (next step); otherwise nothing needs fixing.',
          command: openclawOnEveryPlatform('devices list'),
        },
        {
          title: 'Drop the stale device token on the client',
          detail:
            "In the Control UI, clear this site's data in the browser and reload. For the CLI or a node host, move the token file aside:",
          command: {
            'linux-macos': 'mv ~/.openclaw/identity/device-auth.json ~/.openclaw/identity/device-auth.json.bak',
            'windows-powershell': 'Rename-Item "$HOME\\.openclaw\\identity\\device-auth.json" device-auth.json.bak',
            'docker-compose':
              'docker compose exec openclaw-gateway mv /home/node/.openclaw/identity/device-auth.json /home/node/.openclaw/identity/device-auth.json.bak',
          },
        },
        {
          title: 'Reconnect with the gateway token and approve the new pairing request',
          detail: 'Pass the request id shown as pending in `openclaw devices list`.',
          command: openclawOnEveryPlatform('devices approve <requestId>'),
        },
      ],
    },
    {
      id: 'automation-or-other-admin',
      title: 'Another admin, tool or agent removed it',
      explanation:
        'Whoever may manage devices on this gateway can remove one: another operator, an admin panel, or an agent tool cleaning up "unknown" devices.',
      likelihood: 25,
      steps: [
        {
          title: 'Find the removal in the gateway log',
          command: {
            'linux-macos': 'openclaw logs',
            'windows-powershell': 'openclaw logs',
            'docker-compose': 'docker compose logs openclaw-gateway',
          },
        },
      ],
    },
    {
      id: 'duplicate-device-entry-removed',
      title: 'A duplicate entry was removed and it was the one in use',
      explanation:
        'After re-pairs and upgrades the list can hold several entries for one machine or browser. Removing the "old" one sometimes hits the live one.',
      likelihood: 20,
      steps: [
        {
          title: 'Approve the device again',
          command: {
            'linux-macos': 'openclaw devices list\nopenclaw devices approve <requestId>',
            'windows-powershell': 'openclaw devices list\nopenclaw devices approve <requestId>',
            'docker-compose':
              'docker compose exec openclaw-gateway node openclaw.mjs devices list\ndocker compose exec openclaw-gateway node openclaw.mjs devices approve <requestId>',
          },
        },
      ],
    },
  ],
  verify: {
    command: openclawOnEveryPlatform('devices list'),
    expect: 'The device is listed as paired again and stays connected; no new "(4001): device removed" appears.',
  },
  pasteInstead: 'the line with "(4001)", or the gateway log around the disconnect',
});
