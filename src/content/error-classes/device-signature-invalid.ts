import { defineErrorClass } from '../../core/error-class-schema.ts';
import { openclawOnEveryPlatform } from '../platform-commands.ts';

/**
 * The client sent a device identity but its proof did not verify: `device signature invalid`,
 * `device signature expired` (clock skew over 10 minutes), `device nonce required` / `mismatch`,
 * `device public key invalid`, `device identity mismatch` (DEVICE_AUTH_* detail codes).
 */
export const deviceSignatureInvalid = defineErrorClass({
  id: 'device-signature-invalid',
  title: 'Device signature, nonce or key invalid',
  summary:
    'The client sent a device identity, but the gateway could not verify it: the signature, its timestamp, the challenge nonce or the public key did not check out.',
  explanation: [
    'OpenClaw checks three layers when a client connects: the shared gateway token, then the device token of a paired device, then pairing approval. Underneath the last two sits the device identity: an Ed25519 key pair the client keeps (~/.openclaw/identity/device.json, or the browser storage for the Control UI).',
    'On every connect the gateway sends a challenge with a fresh nonce and a timestamp; the client signs them with its private key and sends the signature, its public key and its device id. The gateway rejects the connect when the signature does not verify ("device signature invalid"), when the signed time is more than 10 minutes away from the gateway clock ("device signature expired"), when the nonce is absent or is not the one it sent ("device nonce required/mismatch"), when the public key cannot be parsed ("device public key invalid"), or when the device id does not belong to that key ("device identity mismatch").',
    'So this is not a password problem: retrying or changing tokens does not help. Fix the clock, the identity file, or the version skew that makes the client sign the wrong thing.',
  ],
  signatures: [
    { phrase: 'device signature invalid', certainty: 'exact' },
    { phrase: 'device signature expired', certainty: 'exact' },
    { phrase: 'device nonce required', certainty: 'exact' },
    { phrase: 'device nonce mismatch', certainty: 'exact' },
    { phrase: 'device public key invalid', certainty: 'exact' },
    { phrase: 'device identity mismatch', certainty: 'exact' },
    {
      phrase: 'device id mismatch',
      certainty: 'strong',
      wholeWord: true,
      note: 'The short form of DEVICE_AUTH_DEVICE_ID_MISMATCH, as a log reason `device-id-mismatch`.',
    },
    { phrase: 'DEVICE_AUTH_SIGNATURE_INVALID', certainty: 'exact', wholeWord: true },
    { phrase: 'DEVICE_AUTH_SIGNATURE_EXPIRED', certainty: 'exact', wholeWord: true },
    { phrase: 'DEVICE_AUTH_NONCE_REQUIRED', certainty: 'exact', wholeWord: true },
    { phrase: 'DEVICE_AUTH_NONCE_MISMATCH', certainty: 'exact', wholeWord: true },
    { phrase: 'DEVICE_AUTH_PUBLIC_KEY_INVALID', certainty: 'exact', wholeWord: true },
    { phrase: 'DEVICE_AUTH_DEVICE_ID_MISMATCH', certainty: 'exact', wholeWord: true },
    { phrase: 'DEVICE_AUTH_INVALID', certainty: 'exact', wholeWord: true },
  ],
  examples: [
    'gateway closed (1008): device signature expired',
    'disconnected (1008): device signature invalid',
    'gateway connect failed: Error: device nonce mismatch',
    'node host gateway closed (1008): device nonce required',
    'gateway connect failed: GatewayClientRequestError: device public key invalid',
    'disconnected (1008): device identity mismatch',
    '{"ok":false,"error":{"code":"INVALID_REQUEST","message":"device signature expired","details":{"code":"DEVICE_AUTH_SIGNATURE_EXPIRED"}}}',
    '{"details":{"code":"DEVICE_AUTH_DEVICE_ID_MISMATCH"}}',
    '{"details":{"code":"DEVICE_AUTH_INVALID"}}',
  ],
  nearMisses: [
    'device identity required',
    'pairing required: device identity changed and must be re-approved',
    'unauthorized: device token mismatch (rotate/reissue device token)',
    'gateway tls fingerprint mismatch',
    'error: RPC failed; signature verification failed for commit 3fe22ea',
  ],
  notToBeConfusedWith: {
    'device-token-mismatch':
      'The device token is the credential the gateway issued at pairing; this is the device key proof under it (signature, nonce, public key).',
    'pairing-required':
      'Pairing required means the identity verified and now needs approval; here the identity itself did not verify.',
  },
  causes: [
    {
      id: 'clock-skew',
      title: 'The client and gateway clocks are more than 10 minutes apart',
      explanation:
        '"device signature expired" means the signed timestamp is too far from the gateway clock. A VM or container resumed from sleep, a Raspberry Pi without a real-time clock, or a Windows machine with time sync off drifts easily.',
      likelihood: 35,
      steps: [
        {
          title: 'Turn on network time sync on both machines and resync',
          detail:
            'Run on the client and on the gateway host. Docker containers use the host clock: fix the host (and, for Docker Desktop, restart it after sleep).',
          command: {
            'linux-macos': 'date -u\nsudo timedatectl set-ntp true  # Linux\nsudo sntp -sS time.apple.com  # macOS',
            'windows-powershell': '(Get-Date).ToUniversalTime()\nw32tm /resync  # in an elevated PowerShell',
            'docker-compose': 'date -u\ndocker compose exec openclaw-gateway date -u',
          },
        },
      ],
    },
    {
      id: 'identity-file-copied-or-corrupted',
      title: 'The identity file was copied, edited or shared between clients',
      explanation:
        '"device identity mismatch", "device public key invalid" or "device signature invalid" follow a device.json copied from another machine, restored from an old backup, edited by hand, or one ~/.openclaw directory shared by several containers. The device id, key and stored token no longer belong together.',
      likelihood: 25,
      adjustments: [{ when: 'client-cli', change: 5, because: 'The CLI keeps its identity in ~/.openclaw/identity.' }],
      steps: [
        {
          title: 'Move the identity and its device token aside on the client',
          detail: 'The client creates a fresh identity on its next connect, which then needs pairing approval.',
          command: {
            'linux-macos':
              'mv ~/.openclaw/identity/device.json ~/.openclaw/identity/device.json.bak\nmv ~/.openclaw/identity/device-auth.json ~/.openclaw/identity/device-auth.json.bak',
            'windows-powershell':
              'Rename-Item "$HOME\\.openclaw\\identity\\device.json" device.json.bak\nRename-Item "$HOME\\.openclaw\\identity\\device-auth.json" device-auth.json.bak',
            'docker-compose':
              'docker compose exec openclaw-gateway mv /home/node/.openclaw/identity/device.json /home/node/.openclaw/identity/device.json.bak\ndocker compose exec openclaw-gateway mv /home/node/.openclaw/identity/device-auth.json /home/node/.openclaw/identity/device-auth.json.bak',
          },
        },
        {
          title: 'Reconnect, then approve the new pairing request on the gateway host',
          command: {
            'linux-macos': 'openclaw devices list\nopenclaw devices approve <requestId>',
            'windows-powershell': 'openclaw devices list\nopenclaw devices approve <requestId>',
            'docker-compose':
              'docker compose exec openclaw-gateway node openclaw.mjs devices list\ndocker compose exec openclaw-gateway node openclaw.mjs devices approve <requestId>',
          },
        },
      ],
    },
    {
      id: 'client-gateway-version-skew',
      title: 'The client and the gateway run different OpenClaw versions',
      explanation:
        'The nonce was added to the signed payload around 2026.1.20. A client older or much newer than the gateway (a global npm CLI next to a Docker gateway, an old app, a third-party wrapper) signs a payload the gateway does not expect: "device nonce required" or "device nonce mismatch".',
      likelihood: 20,
      adjustments: [{ when: 'client-other', change: 10, because: 'Apps and wrappers often lag behind the gateway.' }],
      steps: [
        {
          title: 'Update the client and the gateway to the same release',
          detail:
            'Update each the way it was installed (npm install -g openclaw@latest, the app updater, or docker compose pull), then restart the gateway.',
          command: {
            'linux-macos': 'npm install -g openclaw@latest\nopenclaw gateway restart',
            'windows-powershell': 'npm install -g openclaw@latest\nopenclaw gateway restart',
            'docker-compose': 'docker compose pull\ndocker compose up -d',
          },
        },
      ],
    },
    {
      id: 'browser-identity-stale',
      title: 'The Control UI identity in the browser storage is damaged',
      explanation:
        'The Control UI keeps its key in the browser (openclaw-device-identity-v1). A partial sync, an extension or an interrupted upgrade can leave a key that no longer verifies.',
      likelihood: 10,
      adjustments: [{ when: 'client-control-ui', change: 15, because: 'The failing client is the Control UI.' }],
      steps: [
        {
          title: "Clear this site's data in the browser and reload",
          detail:
            'Site settings → Clear data for the dashboard address. Then reconnect with the gateway token and approve the new pairing request with `openclaw devices approve <requestId>`.',
        },
      ],
    },
    {
      id: 'proxy-or-load-balancer-mixes-connections',
      title: 'A proxy or load balancer sends the challenge and the connect to different gateways',
      explanation:
        '"device nonce mismatch" also appears when two gateway instances sit behind one address, or a proxy retries the WebSocket upgrade: the nonce the client signed came from another connection.',
      likelihood: 10,
      steps: [
        {
          title: 'Point the client at one gateway instance directly and retry',
          detail:
            'Use sticky sessions or a single upstream in the proxy, or test with the direct address (ws://<gateway-host>:18789) to confirm.',
        },
      ],
    },
  ],
  verify: {
    command: openclawOnEveryPlatform('devices list'),
    expect:
      'The device list prints (or the client asks for pairing approval once) instead of "device signature …", "device nonce …" or "device identity mismatch".',
  },
  pasteInstead: 'the full error line with the word "device", and the output of `date -u` on both machines',
});
