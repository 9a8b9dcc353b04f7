import { defineErrorClass } from '../../core/error-class-schema.ts';
import { openclawOnEveryPlatform } from '../platform-commands.ts';

/**
 * A pairing setup code (its bootstrap token) was refused: invalid, expired, revoked or already
 * used. `bootstrap token invalid or expired` since 2026.3.12; the setup-code wording is newer.
 */
export const setupCodeInvalid = defineErrorClass({
  id: 'setup-code-invalid',
  title: 'Setup code invalid or expired',
  summary:
    'The setup code this device used to pair is no longer valid (expired, already used, revoked or from another gateway), so the gateway refused the connection.',
  explanation: [
    'OpenClaw checks three layers when a client connects: the shared gateway token, the device token issued at pairing, and pairing approval. A setup code (the QR code from `openclaw qr`, or the code /pair prints in chat) is a shortcut through the first and third layers for a new phone, Mac or node: it carries a short-lived, single-use bootstrap token that lets the device pair without typing the gateway token.',
    'That bootstrap token was refused. Setup codes expire quickly and work once; a code also dies when the gateway state is reset or when it was made by a different gateway. The fix is never to retry the same code: make a fresh one on the gateway host and scan it right away, or check `openclaw devices list` in case the device already paired with it.',
    'A setup code is not the gateway token, not a chat DM pairing code (the one a Telegram or Discord bot asks you to approve) and not a device token.',
  ],
  signatures: [
    { phrase: 'unauthorized: bootstrap token invalid or expired', certainty: 'exact', note: '2026.3.12 wording.' },
    {
      phrase: 'unauthorized: setup code invalid, expired, revoked, or already used',
      certainty: 'exact',
      note: 'Newer wording (after 2026.4.12).',
    },
    { phrase: 'AUTH_BOOTSTRAP_TOKEN_INVALID', certainty: 'exact', wholeWord: true },
    { phrase: 'bootstrap_token_invalid', certainty: 'exact', wholeWord: true, note: 'Gateway log reason.' },
    { phrase: 'bootstrap token invalid or expired', certainty: 'strong' },
    { phrase: 'setup code invalid, expired, revoked, or already used', certainty: 'strong' },
    {
      phrase: 'Setup code expired or already used. Scan a fresh setup code',
      inTheWild: 'samples/setup-code-invalid/macos-app-japanese.txt',
      certainty: 'strong',
      note: 'The macOS app (RemoteGatewayProbe.swift).',
    },
    { phrase: 'scan a fresh setup code', certainty: 'strong', weight: 0.7, hint: true },
    {
      phrase: 'create a new code; review `openclaw devices list`',
      certainty: 'strong',
      weight: 0.7,
      hint: true,
    },
  ],
  examples: [
    'unauthorized: bootstrap token invalid or expired (scan a fresh setup code)',
    'unauthorized: setup code invalid, expired, revoked, or already used (create a new code; review `openclaw devices list`)',
    'Setup code expired or already used. Scan a fresh setup code, then try again.',
    'node host gateway closed (1008): unauthorized: bootstrap token invalid or expired (scan a fresh setup code)',
    '[ws] unauthorized conn=4b10 peer=192.168.1.61:50822 client=openclaw-ios ui v2026.3.13 auth=bootstrap-token device=yes reason=bootstrap_token_invalid',
    '{"error":{"code":"INVALID_REQUEST","details":{"code":"AUTH_BOOTSTRAP_TOKEN_INVALID","recommendedNextStep":"review_auth_configuration"}}}',
  ],
  nearMisses: [
    '[telegram] pairing code expired for @someone; ask the bot for a new code',
    'openclaw pairing approve telegram 7QK2MX',
    'unauthorized: device token mismatch (rotate/reissue device token)',
    'Error: verification code invalid or expired (Discord 2FA)',
  ],
  notToBeConfusedWith: {
    'gateway-token-mismatch':
      'The device used a setup code (a one-time bootstrap token), not the gateway token. Make a new code rather than changing tokens.',
    'device-token-mismatch':
      'The device has not finished pairing yet: it is the one-time setup code that failed, not a device token it already held.',
  },
  causes: [
    {
      id: 'setup-code-already-used',
      title: 'The setup code was already used',
      explanation:
        'Each setup code pairs one device once. Scanning it again (a second phone, a retry after a crash, a reinstalled app) is refused, even when the first pairing worked.',
      likelihood: 35,
      steps: [
        {
          title: 'Check whether the device already paired with it',
          detail: 'If it is listed as paired, the app only needs to reconnect; otherwise make a fresh code.',
          command: openclawOnEveryPlatform('devices list'),
        },
        {
          title: 'Make a fresh setup code on the gateway host and scan it right away',
          command: openclawOnEveryPlatform('qr'),
        },
      ],
    },
    {
      id: 'setup-code-expired',
      title: 'The setup code expired before it was scanned',
      explanation:
        'Setup codes are short-lived on purpose. A screenshot from yesterday, a code copied into a chat and used later, or a slow install on the phone lets it lapse.',
      likelihood: 30,
      steps: [
        {
          title: 'Make a new code and use it within minutes',
          detail: 'Or type /pair in a chat with an already paired OpenClaw client to get one there.',
          command: openclawOnEveryPlatform('qr'),
        },
      ],
    },
    {
      id: 'gateway-state-reset',
      title: 'The gateway forgot its setup codes',
      explanation:
        'Setup codes live in ~/.openclaw/devices/bootstrap.json on the gateway. A reinstall, a reset, or a Docker container whose /home/node/.openclaw is not a persistent volume drops them, and a code from another gateway was never known here.',
      likelihood: 15,
      steps: [
        {
          title: 'Make sure the device scans a code from this gateway',
          detail:
            'Run `openclaw qr` on the host the device connects to. In Docker, keep /home/node/.openclaw on a volume so pairing state survives restarts.',
          command: openclawOnEveryPlatform('qr'),
        },
      ],
    },
    {
      id: 'wrong-code-pasted',
      title: 'Something else was entered as the setup code',
      explanation:
        'A chat DM pairing code, the gateway token or a device id is not a setup code. Only the code printed by `openclaw qr` (or /pair) is.',
      likelihood: 10,
      steps: [
        {
          title: 'Print a real setup code',
          command: openclawOnEveryPlatform('qr'),
        },
      ],
    },
    {
      id: 'setup-code-revoked',
      title: 'The code was revoked on the gateway',
      explanation:
        'Newer gateways can revoke a setup code before it is used, and say "revoked" outright. Someone on the gateway host revoked it, or reset the pairing state.',
      likelihood: 10,
      steps: [
        {
          title: 'Review pending and paired devices, then make a new code',
          command: {
            'linux-macos': 'openclaw devices list\nopenclaw qr',
            'windows-powershell': 'openclaw devices list\nopenclaw qr',
            'docker-compose':
              'docker compose exec openclaw-gateway node openclaw.mjs devices list\ndocker compose exec openclaw-gateway node openclaw.mjs qr',
          },
        },
      ],
    },
  ],
  verify: {
    command: openclawOnEveryPlatform('devices list'),
    expect:
      'The new device appears in the list as paired, and the app shows connected instead of the setup-code error.',
  },
  pasteInstead: 'the full line starting with "unauthorized:", or the gateway log line for the connect (reason=…)',
});
