import { defineErrorClass } from '../../core/error-class-schema.ts';
import { openclawOnEveryPlatform } from '../platform-commands.ts';

/**
 * `unauthorized: device token mismatch (rotate/reissue device token)`: the shared gateway token
 * was fine (or not used) but the per-device token this client cached is no longer valid.
 * Exists since 2026.2.14; before that the same failure read "gateway token mismatch".
 */
export const deviceTokenMismatch = defineErrorClass({
  id: 'device-token-mismatch',
  title: 'Device token mismatch',
  summary:
    'This device presented a device token the gateway no longer accepts: the token it cached when it was paired is stale.',
  explanation: [
    'OpenClaw checks three layers: the shared gateway token, then the device token the gateway issued to this device when it was paired, then pairing approval. This error is the second layer.',
    'The client keeps its device token in ~/.openclaw/identity/device-auth.json (CLI, nodes) or in the browser storage (Control UI). An upgrade, a re-pair, a reset of the gateway state or a rotation on the gateway leaves that copy stale. "Rotate/reissue" in the message means: throw the stale copy away and let the device get a fresh one. Retrying with the same stale token only burns attempts towards the 5-minute lockout.',
  ],
  signatures: [
    { phrase: 'unauthorized: device token mismatch', certainty: 'exact' },
    { phrase: 'AUTH_DEVICE_TOKEN_MISMATCH', certainty: 'exact', wholeWord: true },
    { phrase: 'device_token_mismatch', certainty: 'exact', wholeWord: true },
    { phrase: 'device token mismatch', certainty: 'strong' },
    {
      phrase: 'rotate/reissue device token',
      certainty: 'strong',
      weight: 0.7,
      hint: true,
      note: 'Only the device-token mismatch carries this hint.',
    },
    { phrase: 'token mismatch', certainty: 'weak', weight: 0.3, wholeWord: true },
  ],
  examples: [
    'unauthorized: device token mismatch (rotate/reissue device token)',
    'gateway connect failed: Error: unauthorized: device token mismatch (rotate/reissue device token)',
    'RPC probe: failed\n  gateway closed (1008): unauthorized: device token mismatch (rotate/reissue device token)',
    '[ws] unauthorized conn=1b2c client=cli cli v2026.2.19 auth=device-token device=yes reason=device_token_mismatch',
    '{"error":{"code":"INVALID_REQUEST","details":{"code":"AUTH_DEVICE_TOKEN_MISMATCH"}}}',
  ],
  nearMisses: [
    'unauthorized: gateway token mismatch (set gateway.remote.token to match gateway.auth.token)',
    'device token rotation denied',
    'Gateway token rejected',
    'openclaw pairing approve telegram ABC123',
    'unauthorized: device token scope mismatch (re-pair or approve scope upgrade)',
    'unauthorized: device token rejected (pair/repair this device, or provide gateway token)',
  ],
  notToBeConfusedWith: {
    'gateway-token-mismatch':
      'This is the per-device token issued at pairing, not the shared gateway token (gateway.auth.token).',
    'device-token-rejected':
      '"Mismatch" names a stale device token to discard; "rejected" means the client had no gateway token to fall back on.',
  },
  causes: [
    {
      id: 'stale-device-token-after-upgrade',
      title: 'The client kept a stale device token after an upgrade, re-pair or reset',
      explanation:
        'The most reported cause (the 2026.2.14–2.21 upgrades especially): the gateway forgot or replaced the device, the client did not. Discarding the cached token and approving the fresh pairing request fixes it; `openclaw doctor --fix` does not.',
      likelihood: 45,
      adjustments: [
        { when: 'client-control-ui', change: 5, because: 'Browsers keep the device token across upgrades.' },
      ],
      steps: [
        {
          title: 'Discard the cached device token on the client',
          detail:
            "In the Control UI: clear this site's data in the browser (it holds the device token), reload, and connect with the gateway token. For the CLI or a node, move the token file aside:",
          command: {
            'linux-macos': 'mv ~/.openclaw/identity/device-auth.json ~/.openclaw/identity/device-auth.json.bak',
            'windows-powershell': 'Rename-Item "$HOME\\.openclaw\\identity\\device-auth.json" device-auth.json.bak',
            'docker-compose':
              'docker compose exec openclaw-gateway mv /home/node/.openclaw/identity/device-auth.json /home/node/.openclaw/identity/device-auth.json.bak',
          },
        },
        {
          title: 'On the gateway host, list devices and find the pending request',
          command: openclawOnEveryPlatform('devices list'),
        },
        {
          title: 'Approve that exact request',
          detail: 'Since 2026.4.10, `approve` without an id only previews; pass the request id shown as pending.',
          command: openclawOnEveryPlatform('devices approve <requestId>'),
        },
      ],
    },
    {
      id: 'gateway-token-is-the-real-problem',
      title: 'The shared gateway token is what really changed',
      explanation:
        'Several real reports showed "device token mismatch" while the fix was the gateway token: a stale OPENCLAW_GATEWAY_TOKEN in a service file, .env or Docker environment. Check it before re-pairing everything.',
      likelihood: 25,
      adjustments: [
        {
          when: 'remote-token-matches',
          change: 10,
          because: 'Your config tokens agree, so a token from the environment may be the one that differs.',
        },
        {
          when: 'auth-token-from-environment',
          change: 10,
          because: 'Your gateway.auth.token comes from the environment.',
        },
      ],
      steps: [
        {
          title: 'Print the gateway token and compare it with what the client sends',
          detail: 'In an interactive terminal on the gateway host. This command is newer than 2026.4.12.',
          command: {
            'linux-macos': 'openclaw gateway auth-token --show\nenv | grep OPENCLAW_GATEWAY_TOKEN',
            'windows-powershell': 'openclaw gateway auth-token --show\nGet-ChildItem Env:OPENCLAW_GATEWAY_TOKEN',
            'docker-compose':
              'docker compose exec openclaw-gateway node openclaw.mjs gateway auth-token --show\ndocker compose config | grep -n OPENCLAW_GATEWAY_TOKEN',
          },
          versions: { since: '2026.4.13' },
        },
        {
          title: 'On OpenClaw before 2026.2.22, print it with config get and compare',
          detail: 'From 2026.2.22 on, config get prints a redacted placeholder instead of the token.',
          command: {
            'linux-macos': 'openclaw config get gateway.auth.token\nenv | grep OPENCLAW_GATEWAY_TOKEN',
            'windows-powershell': 'openclaw config get gateway.auth.token\nGet-ChildItem Env:OPENCLAW_GATEWAY_TOKEN',
            'docker-compose':
              'docker compose exec openclaw-gateway node openclaw.mjs config get gateway.auth.token\ndocker compose config | grep -n OPENCLAW_GATEWAY_TOKEN',
          },
          versions: { before: '2026.2.22' },
        },
        {
          title: 'On any version, read it from openclaw.json on the gateway host and compare',
          detail:
            'The gateway uses gateway.auth.token from ~/.openclaw/openclaw.json first; the CLI and nodes use OPENCLAW_GATEWAY_TOKEN from their environment first.',
          command: {
            'linux-macos': 'grep -n token ~/.openclaw/openclaw.json\nenv | grep OPENCLAW_GATEWAY_TOKEN',
            'windows-powershell':
              'Select-String -Path $env:USERPROFILE\\.openclaw\\openclaw.json -Pattern token\nGet-ChildItem Env:OPENCLAW_GATEWAY_TOKEN',
            'docker-compose':
              'docker compose exec openclaw-gateway grep -n token /home/node/.openclaw/openclaw.json\ndocker compose config | grep -n OPENCLAW_GATEWAY_TOKEN',
          },
        },
        {
          title: 'Let openclaw doctor check the service environment',
          detail: 'It reports a gateway service that embeds a stale OPENCLAW_GATEWAY_TOKEN.',
          command: openclawOnEveryPlatform('doctor'),
        },
      ],
    },
    {
      id: 'device-token-rotated-or-device-removed',
      title: 'The device token was rotated or the device removed on the gateway',
      explanation:
        'Someone ran `openclaw devices rotate`, `remove` or `clear` on the gateway, or its pairing state was reset. Follow the official token drift checklist.',
      likelihood: 15,
      steps: [
        {
          title: "Rotate this device's token on the gateway host",
          detail:
            'Take the device id from `openclaw devices list`. If rotation fails, remove the device and approve it again.',
          command: openclawOnEveryPlatform('devices rotate --device <deviceId> --role operator'),
        },
        {
          title: 'If that fails, remove the device and approve it afresh',
          detail: '`openclaw devices remove` exists since 2026.2.19.',
          command: {
            'linux-macos':
              'openclaw devices remove <deviceId>\nopenclaw devices list\nopenclaw devices approve <requestId>',
            'windows-powershell':
              'openclaw devices remove <deviceId>\nopenclaw devices list\nopenclaw devices approve <requestId>',
            'docker-compose':
              'docker compose exec openclaw-gateway node openclaw.mjs devices remove <deviceId>\ndocker compose exec openclaw-gateway node openclaw.mjs devices approve <requestId>',
          },
          versions: { since: '2026.2.19' },
        },
      ],
    },
  ],
  verify: {
    command: openclawOnEveryPlatform('devices list'),
    expect: 'Your device is listed as paired (not pending) and the client connects without "device token mismatch".',
  },
  pasteInstead: 'the full line starting with "unauthorized:", or the output of `openclaw gateway status`',
});
