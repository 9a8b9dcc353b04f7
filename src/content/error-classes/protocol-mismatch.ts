import { defineErrorClass } from '../../core/error-class-schema.ts';
import { openclawOnEveryPlatform } from '../platform-commands.ts';

/**
 * `protocol mismatch` (close 1002, newer PROTOCOL_MISMATCH with details.expectedProtocol): the
 * client speaks a gateway protocol version the gateway does not. Bare "protocol mismatch" is also
 * what sshd prints to a non-SSH client, so only the gateway's forms are exact.
 */
export const protocolMismatch = defineErrorClass({
  id: 'protocol-mismatch',
  title: 'Gateway protocol mismatch',
  summary:
    'The client and the gateway speak different versions of the gateway protocol, so the gateway closed the connection (code 1002) before any authentication.',
  explanation: [
    'Every OpenClaw client announces the range of gateway protocol versions it understands when it connects; the gateway answers with the one it uses. When the ranges do not overlap, the gateway closes with code 1002 "protocol mismatch" (newer gateways add details.code PROTOCOL_MISMATCH and details.expectedProtocol).',
    'Tokens, device identity and pairing are never reached: nothing you change in openclaw.json fixes this. It means one side is older than the other: a browser tab still running the Control UI from before an upgrade, a CLI installed globally with npm next to a newer Docker gateway, a desktop app or third-party wrapper that lags behind. Bring both to the same release.',
  ],
  signatures: [
    { phrase: 'protocol mismatch: Control UI updated; reload this page to continue', certainty: 'exact' },
    { phrase: 'control ui build rejected', certainty: 'strong' },
    {
      phrase: '(1002): protocol mismatch',
      certainty: 'exact',
      note: '`gateway closed (1002): …`, `disconnected (1002): …`.',
    },
    { phrase: 'gateway closed (1002): protocol mismatch', certainty: 'exact' },
    { phrase: 'disconnected (1002): protocol mismatch', certainty: 'exact' },
    { phrase: 'PROTOCOL_MISMATCH', certainty: 'exact', wholeWord: true },
    {
      phrase: 'reason=protocol mismatch',
      inTheWild: 'samples/protocol-mismatch/buried-in-long-log.txt',
      certainty: 'strong',
    },
    {
      phrase: 'expectedProtocol',
      inTheWild: 'samples/protocol-mismatch/control-ui-after-docker-pull.txt',
      certainty: 'strong',
      wholeWord: true,
      note: 'The details field of the rejection.',
    },
    {
      phrase: 'The served Control UI and the running Gateway do not agree on the supported connection protocol',
      certainty: 'strong',
      note: 'Login card text; the card title is "Protocol mismatch".',
    },
    {
      phrase: 'CONTROL_UI_BUILD_MISMATCH',
      certainty: 'strong',
      weight: 0.75,
      wholeWord: true,
      note: 'Newer detail code: the served Control UI build is not the gateway build; same fix (reload, same release).',
    },
    {
      phrase: 'gateway connect failed: Error: protocol mismatch',
      certainty: 'exact',
      note: 'The CLI wrapper before 2026.3.11; the bare phrase is not a signature (sshd prints "Protocol mismatch." too).',
    },
    {
      phrase: 'GatewayClientRequestError: protocol mismatch',
      inTheWild: 'samples/protocol-mismatch/cli-request-error.txt',
      certainty: 'exact',
    },
    {
      phrase: 'gateway connect challenge missing nonce',
      certainty: 'strong',
      weight: 0.75,
      note: 'The challenge nonce exists since ~2026.1.20: a client that expects it met an older gateway (or something that is not one).',
    },
  ],
  examples: [
    'gateway closed (1002): protocol mismatch',
    'disconnected (1002): protocol mismatch',
    'gateway connect failed: Error: protocol mismatch',
    'gateway connect failed: Error: gateway connect challenge missing nonce',
    '{"type":"res","ok":false,"error":{"code":"INVALID_REQUEST","message":"protocol mismatch","details":{"code":"PROTOCOL_MISMATCH","expectedProtocol":4}}}',
    '[ws] closed before connect conn=1f0a code=1002 reason=protocol mismatch',
    'Protocol mismatch\nThe served Control UI and the running Gateway do not agree on the supported connection protocol.',
  ],
  nearMisses: [
    'SSH-2.0-OpenSSH_9.6p1 Ubuntu-3ubuntu13\nProtocol mismatch.',
    'client version mismatch',
    'gateway closed (1008): pairing required',
  ],
  notToBeConfusedWith: {
    'client-version-mismatch':
      'Protocol mismatch is any client whose protocol range the gateway does not speak; client version mismatch is a node host whose release differs from the gateway release.',
  },
  causes: [
    {
      id: 'stale-control-ui-tab',
      title: 'The browser still runs the Control UI from before a gateway upgrade',
      explanation:
        'An open tab, a cached page or an installed PWA keeps the old Control UI script after the gateway was upgraded (or downgraded), and it reconnects with the old protocol.',
      likelihood: 40,
      adjustments: [
        { when: 'client-control-ui', change: 25, because: 'The failing client is the Control UI.' },
        { when: 'client-cli', change: -25, because: 'The failing client is the CLI, not a browser tab.' },
      ],
      steps: [
        {
          title: 'Hard-reload the dashboard',
          detail:
            'Ctrl+Shift+R (Cmd+Shift+R on macOS), or close every dashboard tab and open a fresh URL. If it persists, clear the site data for the dashboard address.',
          command: {
            'linux-macos': 'openclaw dashboard',
            'windows-powershell': 'openclaw dashboard',
            'docker-compose': 'docker compose exec openclaw-gateway node openclaw.mjs dashboard --no-open',
          },
        },
      ],
    },
    {
      id: 'cli-and-gateway-different-releases',
      title: 'The CLI (or node) and the gateway are different releases',
      explanation:
        'A global npm install next to a Docker or service gateway, or a second install earlier on PATH, gives a client from another release than the gateway it talks to.',
      likelihood: 35,
      adjustments: [
        { when: 'client-cli', change: 20, because: 'The failing client is the CLI.' },
        { when: 'client-other', change: 10, because: 'Nodes and apps are updated separately from the gateway.' },
      ],
      steps: [
        {
          title: 'Compare the version banners',
          detail:
            'The gateway log starts with a line like "OpenClaw 2026.3.2 (a1b2c3d)"; `openclaw status` on the client prints its own. Check which openclaw is first on PATH (which -a openclaw / Get-Command -All openclaw).',
          command: {
            'linux-macos': 'which -a openclaw\nopenclaw status',
            'windows-powershell': 'Get-Command -All openclaw\nopenclaw status',
            'docker-compose': 'docker compose exec openclaw-gateway node openclaw.mjs status',
          },
        },
        {
          title: 'Update both to the same release, then restart the gateway',
          command: {
            'linux-macos': 'npm install -g openclaw@latest\nopenclaw gateway restart',
            'windows-powershell': 'npm install -g openclaw@latest\nopenclaw gateway restart',
            'docker-compose': 'docker compose pull\ndocker compose up -d',
          },
        },
      ],
    },
    {
      id: 'third-party-client-outdated',
      title: 'A desktop app or third-party wrapper speaks an older protocol',
      explanation:
        'Apps and wrappers (ClawX, mission-control, community dashboards) embed their own gateway client and lag behind new gateway releases.',
      likelihood: 25,
      adjustments: [{ when: 'client-other', change: 15, because: 'The failing client is an app or wrapper.' }],
      steps: [
        {
          title: 'Update the app or wrapper, or pin the gateway to a release it supports',
          detail: 'Check the project release notes for the OpenClaw versions it supports.',
        },
      ],
    },
  ],
  verify: {
    command: openclawOnEveryPlatform('gateway status'),
    expect:
      'The RPC probe succeeds and the client connects; no close with code 1002 "protocol mismatch" appears in the client or the gateway log.',
  },
  pasteInstead: 'the close line with its code (1002), and the version banner lines of both the client and the gateway',
});
