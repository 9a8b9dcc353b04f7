import { defineErrorClass } from '../../core/error-class-schema.ts';
import { openclawOnEveryPlatform } from '../platform-commands.ts';

/**
 * `unauthorized: device token rejected (pair/repair this device, or provide gateway token)`: the
 * client came with a device token only (no shared gateway token) and the gateway would not accept
 * it. Since 2026.2.22; the hint is the same for every client, so the client comes from the wrapper.
 */
export const deviceTokenRejected = defineErrorClass({
  id: 'device-token-rejected',
  title: 'Device token rejected',
  summary:
    'This client connected with only its cached device token, the gateway would not accept that token, and there was no gateway token to fall back on, so it closed the connection (code 1008).',
  explanation: [
    'OpenClaw checks three layers when a client connects: the shared gateway token (gateway.auth.token), then the device token the gateway issued to this device when it was paired, then pairing approval for new devices or new scopes.',
    'A paired client may skip the first layer and present only its device token. That is what happened here, and the device token did not pass: the gateway no longer knows this device (it was removed, or the gateway state was reset), or the token was rotated, or it belongs to another gateway. Because no gateway token came with it, the gateway had nothing else to check.',
    'The hint names both ways out. Either give the client the gateway token again, so it can connect and get a fresh device token, or pair the device afresh: drop the stale token and approve the new pairing request on the gateway host.',
  ],
  signatures: [
    { phrase: 'unauthorized: device token rejected', certainty: 'exact' },
    {
      phrase: 'device token rejected',
      certainty: 'strong',
      wholeWord: true,
      note: 'The message without its "unauthorized:" prefix, as some wrappers print it. Not "Gateway token rejected" (Browser Relay).',
    },
    {
      phrase: 'pair/repair this device, or provide gateway token',
      certainty: 'strong',
      weight: 0.7,
      hint: true,
      note: 'Only this message carries this hint, whatever the client.',
    },
  ],
  examples: [
    'unauthorized: device token rejected (pair/repair this device, or provide gateway token)',
    'gateway closed (1008): unauthorized: device token rejected (pair/repair this device, or provide gateway token)',
    'gateway connect failed: GatewayClientRequestError: unauthorized: device token rejected (pair/repair this device, or provide gateway token)',
    'disconnected (1008): unauthorized: device token rejected (pair/repair this device, or provide gateway token)',
    'node host gateway closed (1008): unauthorized: device token rejected (pair/repair this device, or provide gateway token)',
    '[ws] closed before connect conn=51aa peer=10.0.0.7:61022 code=1008 reason=unauthorized: device token rejected (pair/repair this device, or provide gateway token)',
    '(pair/repair this device, or provide gateway token)',
  ],
  nearMisses: [
    'unauthorized: device token mismatch (rotate/reissue device token)',
    'Browser Relay: Gateway token rejected. Copy the relay token from the extension options page.',
    'Error: device token rotation denied (missing scope operator.pairing)',
    'unauthorized: gateway token missing (provide gateway auth token)',
    '[telegram] setWebhook failed: 401 Unauthorized (bot token rejected by Telegram)',
  ],
  notToBeConfusedWith: {
    'device-token-mismatch':
      'Both are the device-token layer. "Rejected" means the client sent no gateway token to fall back on, so supplying the gateway token alone can fix it; "mismatch" names a stale device token to discard.',
    'gateway-token-missing':
      'The client did send a credential here, its device token. "Gateway token missing" means it sent nothing at all.',
  },
  causes: [
    {
      id: 'device-forgotten-by-gateway',
      title: 'The gateway no longer knows this device',
      explanation:
        'The device was removed (`openclaw devices remove` or `clear`), or the gateway pairing state was reset or reinstalled, while the client kept its device token. That token now points at nothing.',
      likelihood: 40,
      steps: [
        {
          title: 'Discard the stale device token on the client',
          detail:
            "In the Control UI, clear this site's data in the browser (it holds the device token) and reload. For the CLI or a node host, move the token file aside:",
          command: {
            'linux-macos': 'mv ~/.openclaw/identity/device-auth.json ~/.openclaw/identity/device-auth.json.bak',
            'windows-powershell': 'Rename-Item "$HOME\\.openclaw\\identity\\device-auth.json" device-auth.json.bak',
            'docker-compose':
              'docker compose exec openclaw-gateway mv /home/node/.openclaw/identity/device-auth.json /home/node/.openclaw/identity/device-auth.json.bak',
          },
        },
        {
          title: 'Connect again with the gateway token, then find the pending request on the gateway host',
          command: openclawOnEveryPlatform('devices list'),
        },
        {
          title: 'Approve that exact request',
          detail: 'Pass the request id shown as pending; since 2026.4.10 `approve` without an id only previews.',
          command: openclawOnEveryPlatform('devices approve <requestId>'),
        },
      ],
    },
    {
      id: 'client-has-no-gateway-token',
      title: 'The client only has its device token, not the gateway token',
      explanation:
        'A Control UI opened without its tokenized URL, or a CLI or app that never stored the gateway token, relies on the device token alone. Once that token is rotated or stale, nothing is left. With the gateway token the client gets through the first layer again (and, if the gateway no longer knows this device, asks to be paired).',
      likelihood: 30,
      adjustments: [
        {
          when: 'client-control-ui',
          change: 15,
          because: 'The Control UI keeps the gateway token only for the browser session, the device token for longer.',
        },
        {
          when: 'remote-token-absent',
          change: 10,
          because: 'Your config has no gateway.remote.token, so a remote CLI has no gateway token to send.',
        },
      ],
      steps: [
        {
          title: 'Print the gateway token on the gateway host',
          detail: 'Needs an interactive terminal.',
          versions: { since: '2026.4.13' },
          command: openclawOnEveryPlatform('gateway auth-token --show'),
        },
        {
          title: 'On older versions, read the token from openclaw.json',
          detail:
            '`openclaw config get` prints a redacted placeholder for secrets since 2026.2.22, so read the file itself (or the OPENCLAW_GATEWAY_TOKEN the gateway starts with).',
          versions: { before: '2026.4.13' },
          command: {
            'linux-macos': 'grep -n token ~/.openclaw/openclaw.json',
            'windows-powershell': 'Select-String -Path "$HOME\\.openclaw\\openclaw.json" -Pattern token',
            'docker-compose': 'docker compose exec openclaw-gateway grep -n token /home/node/.openclaw/openclaw.json',
          },
        },
        {
          title: 'Give it to the client',
          detail:
            'Control UI: open the URL printed by `openclaw dashboard --no-open` or paste the token into Control UI settings. Remote CLI: store it as gateway.remote.token. Node host: set OPENCLAW_GATEWAY_TOKEN.',
          command: openclawOnEveryPlatform('config set gateway.remote.token <token>'),
        },
      ],
    },
    {
      id: 'pairing-state-not-persisted',
      title: 'The gateway loses its paired devices on every restart (Docker)',
      explanation:
        'Paired devices live in ~/.openclaw/devices/paired.json on the gateway. In Docker, when /home/node/.openclaw is not a persistent volume, every recreated container starts with no paired devices and rejects every cached device token.',
      likelihood: 15,
      steps: [
        {
          title: 'Check that the state directory is a mounted volume',
          detail:
            'The compose file mounts ${OPENCLAW_CONFIG_DIR} at /home/node/.openclaw. If the list below is empty after a restart, the folder is not persisted: point OPENCLAW_CONFIG_DIR at a host folder, recreate, then pair once more.',
          command: {
            'linux-macos': 'ls ~/.openclaw/devices/',
            'windows-powershell': 'Get-ChildItem "$HOME\\.openclaw\\devices"',
            'docker-compose': 'docker compose exec openclaw-gateway ls /home/node/.openclaw/devices/',
          },
        },
      ],
    },
    {
      id: 'token-from-another-gateway',
      title: 'The client is talking to a different gateway than the one it was paired with',
      explanation:
        'A new URL, a second instance, a reinstalled host or a changed port: the device token was issued by another gateway, which this one has never seen.',
      likelihood: 15,
      steps: [
        {
          title: 'Check which gateway the client really dials',
          detail:
            'The CLI prints "Gateway target:" and "Source:" under the error; compare them with the gateway you meant.',
          command: openclawOnEveryPlatform('gateway status'),
        },
      ],
    },
  ],
  verify: {
    command: openclawOnEveryPlatform('devices list'),
    expect:
      'The device list prints and shows this device as paired (not pending); the client connects without "device token rejected".',
  },
  pasteInstead: 'the full line starting with "unauthorized:", or the output of `openclaw gateway status`',
});
