import { defineErrorClass } from '../../core/error-class-schema.ts';
import { openclawOnEveryPlatform } from '../platform-commands.ts';

/**
 * `SECURITY ERROR: Gateway URL "ws://…" uses plaintext ws:// to a non-loopback address.` (since
 * 2026.2.19): the CLI refuses to send credentials over unencrypted WebSocket to another machine.
 */
export const insecureWsBlocked = defineErrorClass({
  id: 'insecure-ws-blocked',
  title: 'Plaintext ws:// to a remote gateway blocked',
  summary:
    'The CLI refused to connect because the gateway URL is plain ws:// to an address other than this machine, where the token would travel unencrypted.',
  explanation: [
    'The gateway token (and the device token after it) is sent in the first WebSocket message. Over ws:// that message is readable by anyone on the path. Since 2026.2.19 the CLI therefore accepts ws:// only for loopback addresses (127.0.0.1, localhost) and demands wss:// for anything else, before it connects at all: the gateway never saw this attempt.',
    'Three ways out: make the remote address encrypted (wss:// through Tailscale Serve or the gateway TLS listener), make it loopback (an SSH tunnel, then ws://127.0.0.1:18789), or, on a network you fully trust such as a Docker compose network, the break-glass variable OPENCLAW_ALLOW_INSECURE_PRIVATE_WS=1.',
  ],
  signatures: [
    { phrase: 'Both credentials and chat data would be exposed', certainty: 'exact' },
    { phrase: 'uses plaintext ws:// to a non-loopback address', certainty: 'exact' },
    { phrase: 'SECURITY ERROR: Gateway URL', certainty: 'strong' },
    { phrase: 'Fix: Use wss:// for remote gateway URLs', certainty: 'strong' },
    {
      phrase: 'Break-glass (trusted private networks only): set OPENCLAW_ALLOW_INSECURE_PRIVATE_WS=1',
      certainty: 'strong',
      weight: 0.7,
    },
  ],
  examples: [
    'SECURITY ERROR: Cannot connect to "192.168.1.20" over plaintext ws://. Both credentials and chat data would be exposed to network interception. Use wss:// for remote URLs.',
    'SECURITY ERROR: Gateway URL "ws://192.168.1.20:18789" uses plaintext ws:// to a non-loopback address.',
    'Error: SECURITY ERROR: Gateway URL "ws://openclaw-gateway:18789" uses plaintext ws:// to a non-loopback address.\nBreak-glass (trusted private networks only): set OPENCLAW_ALLOW_INSECURE_PRIVATE_WS=1\nFix: Use wss:// for remote gateway URLs.',
    'Fix: Use wss:// for remote gateway URLs.',
  ],
  nearMisses: [
    'OPENCLAW_ALLOW_INSECURE_PRIVATE_WS=1',
    "Mixed Content: The page at 'https://claw.example.com/' was loaded over HTTPS, but attempted to connect to the insecure WebSocket endpoint 'ws://claw.example.com:18789/'.",
    'gateway tls fingerprint requires wss:// gateway url',
  ],
  notToBeConfusedWith: {
    'gateway-unreachable': 'Here the CLI refused before dialling; unreachable means it dialled and nothing answered.',
    'tls-fingerprint-mismatch':
      'This is about ws:// to a remote address; a fingerprint error means wss:// was used and the certificate did not match the pin.',
  },
  causes: [
    {
      id: 'remote-url-is-plain-ws',
      title: 'gateway.remote.url (or --url) points at a LAN or tailnet address over ws://',
      explanation:
        'A remote-mode CLI configured with ws://<LAN-IP>:18789 or ws://<tailscale-name>:18789 worked before 2026.2.19 and is refused since.',
      likelihood: 45,
      adjustments: [
        {
          when: 'gateway-mode-remote',
          change: 15,
          because: 'Your gateway.mode is "remote", so the CLI dials gateway.remote.url.',
        },
      ],
      steps: [
        {
          title: 'Tunnel the gateway to this machine and use a loopback URL',
          detail: 'Keep the tunnel open in another terminal; ws://127.0.0.1 is allowed.',
          command: {
            'linux-macos':
              'ssh -N -L 18789:127.0.0.1:18789 <user>@<gateway-host>\nopenclaw config set gateway.remote.url ws://127.0.0.1:18789',
            'windows-powershell':
              'ssh -N -L 18789:127.0.0.1:18789 <user>@<gateway-host>\nopenclaw config set gateway.remote.url ws://127.0.0.1:18789',
            'docker-compose':
              'docker compose exec openclaw-gateway node openclaw.mjs config set gateway.remote.url ws://127.0.0.1:18789',
          },
          versions: { since: '2026.2.19' },
        },
        {
          title: 'Or serve the gateway over HTTPS with Tailscale Serve and use wss://',
          detail:
            'On the gateway host (gateway.bind must be "loopback"); then point the client at wss://<machine>.<tailnet>.ts.net.',
          command: {
            'linux-macos':
              'openclaw config set gateway.tailscale.mode serve\nopenclaw gateway restart\nopenclaw config set gateway.remote.url wss://<machine>.<tailnet>.ts.net',
            'windows-powershell':
              'openclaw config set gateway.tailscale.mode serve\nopenclaw gateway restart\nopenclaw config set gateway.remote.url wss://<machine>.<tailnet>.ts.net',
            'docker-compose':
              'docker compose exec openclaw-gateway node openclaw.mjs config set gateway.tailscale.mode serve\ndocker compose restart openclaw-gateway',
          },
        },
      ],
    },
    {
      id: 'docker-cli-uses-service-name',
      title: 'A Docker CLI container dials the gateway service by name over ws://',
      explanation:
        'ws://openclaw-gateway:18789 is the right address on a compose network, but it is not loopback, so the CLI refuses it. Running the command inside the gateway container uses loopback instead.',
      likelihood: 25,
      steps: [
        {
          title: 'Run the command inside the gateway container',
          command: { all: 'docker compose exec openclaw-gateway node openclaw.mjs gateway status' },
        },
        {
          title: 'Or allow plaintext on the private compose network only',
          detail:
            'Set OPENCLAW_ALLOW_INSECURE_PRIVATE_WS=1 in the openclaw-cli service environment. Break-glass: only for a network no one else can read.',
        },
      ],
    },
    {
      id: 'trusted-lan-break-glass',
      title: 'You connect over a private network you fully trust',
      explanation:
        'On a home LAN or an isolated VLAN you may accept plaintext. The variable only lifts the block for private addresses; public addresses still need wss://.',
      likelihood: 15,
      steps: [
        {
          title: 'Set the break-glass variable for this shell',
          command: {
            'linux-macos': 'export OPENCLAW_ALLOW_INSECURE_PRIVATE_WS=1\nopenclaw gateway status',
            'windows-powershell': '$env:OPENCLAW_ALLOW_INSECURE_PRIVATE_WS = "1"\nopenclaw gateway status',
            'docker-compose': 'docker compose exec openclaw-gateway node openclaw.mjs gateway status',
          },
        },
      ],
    },
    {
      id: 'gateway-tls-listener',
      title: 'The gateway can serve TLS itself',
      explanation:
        'With gateway.tls.enabled (and gateway.tls.autoGenerate for a self-signed certificate) the gateway listens on wss://; clients then pin its certificate with gateway.remote.tlsFingerprint.',
      likelihood: 15,
      steps: [
        {
          title: 'Enable TLS on the gateway and switch the client URL to wss://',
          command: {
            'linux-macos':
              'openclaw config set gateway.tls.enabled true\nopenclaw config set gateway.tls.autoGenerate true\nopenclaw gateway restart',
            'windows-powershell':
              'openclaw config set gateway.tls.enabled true\nopenclaw config set gateway.tls.autoGenerate true\nopenclaw gateway restart',
            'docker-compose':
              'docker compose exec openclaw-gateway node openclaw.mjs config set gateway.tls.enabled true\ndocker compose exec openclaw-gateway node openclaw.mjs config set gateway.tls.autoGenerate true\ndocker compose restart openclaw-gateway',
          },
        },
      ],
    },
  ],
  verify: {
    command: openclawOnEveryPlatform('gateway status'),
    expect: 'The "SECURITY ERROR" line is gone and the RPC probe succeeds (not "RPC probe: failed").',
  },
  pasteInstead: 'the full "SECURITY ERROR: Gateway URL …" line and the lines under it',
});
