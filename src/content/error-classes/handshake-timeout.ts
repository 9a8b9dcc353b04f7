import { defineErrorClass } from '../../core/error-class-schema.ts';
import { openclawOnEveryPlatform } from '../platform-commands.ts';

/**
 * The WebSocket opened but the connect handshake never completed: the gateway logs
 * `handshake timeout conn=…` (no connect within 10 s, closed 1000 without reason); the client
 * says `gateway connect challenge timeout (waited …ms, limit …ms)`.
 */
export const handshakeTimeout = defineErrorClass({
  id: 'handshake-timeout',
  title: 'Gateway handshake timed out',
  summary:
    'A WebSocket connection to the gateway opened, but the connect handshake did not finish in time, so one side gave up.',
  explanation: [
    'A gateway connect has two steps after the WebSocket opens: the gateway sends a challenge (a nonce and a time), and the client answers with its connect request, signed and carrying its credentials. The gateway waits 10 seconds for that answer, then closes the socket with code 1000 and no reason, logging "handshake timeout conn=…". The client waits for the challenge and, when it does not come, reports "gateway connect challenge timeout".',
    'So the network path is open, but messages do not flow: something between the two (a proxy that upgrades the connection but buffers frames, a VPN dropping large packets), another program on the port, or an overloaded gateway or client. Tokens and pairing are not the issue yet.',
  ],
  signatures: [
    { phrase: 'gateway connect challenge timeout', certainty: 'exact' },
    {
      phrase: 'handshake timeout conn=',
      certainty: 'exact',
      note: 'Gateway log line `[ws] handshake timeout conn=…`.',
    },
    { phrase: 'connect challenge timeout', certainty: 'strong', note: 'The client close reason.' },
  ],
  examples: [
    'gateway connect challenge timeout (waited 10000ms, limit 10000ms)',
    'gateway closed (1008): connect challenge timeout',
    '2026-03-14T08:04:31.512Z [ws] handshake timeout conn=5e2a peer=172.18.0.1:39112 remote=172.18.0.1',
  ],
  nearMisses: ['gateway timeout after 10000ms', 'net::ERR_TIMED_OUT', 'TLS handshake timeout'],
  notToBeConfusedWith: {
    'gateway-unreachable':
      'Unreachable means the connection never opened (refused, or the CLI timed out waiting); here it opened and the handshake stalled.',
  },
  causes: [
    {
      id: 'proxy-breaks-websocket',
      title: 'A reverse proxy or tunnel does not pass WebSocket frames properly',
      explanation:
        'A proxy that accepts the upgrade but buffers or drops frames (missing Upgrade/Connection headers, HTTP/2 to the upstream, an idle timeout) lets the socket open and then nothing arrives.',
      likelihood: 35,
      steps: [
        {
          title: 'Test directly against the gateway, bypassing the proxy',
          detail: 'On the gateway host. If this works, fix the proxy WebSocket settings.',
          command: openclawOnEveryPlatform('gateway probe'),
        },
      ],
    },
    {
      id: 'gateway-or-client-overloaded',
      title: 'The gateway (or the client) is too busy to answer in time',
      explanation:
        'A gateway pinned at 100% CPU, swapping on a small VPS or Raspberry Pi, or stuck in a long startup does not send the challenge or read the answer within 10 seconds.',
      likelihood: 25,
      steps: [
        {
          title: 'Check the gateway health and its recent log',
          command: {
            'linux-macos': 'openclaw gateway status\nopenclaw logs',
            'windows-powershell': 'openclaw gateway status\nopenclaw logs',
            'docker-compose': 'docker stats --no-stream\ndocker compose logs --tail 100 openclaw-gateway',
          },
        },
        {
          title: 'Restart the gateway',
          command: {
            'linux-macos': 'openclaw gateway restart',
            'windows-powershell': 'openclaw gateway restart',
            'docker-compose': 'docker compose restart openclaw-gateway',
          },
        },
      ],
    },
    {
      id: 'something-else-on-the-port',
      title: 'Another program answers on the gateway port',
      explanation:
        'A different WebSocket server, an old gateway instance or a port forward to the wrong service accepts the socket but never sends an OpenClaw challenge.',
      likelihood: 20,
      steps: [
        {
          title: 'See which process listens on the port',
          command: {
            'linux-macos': 'lsof -nP -iTCP:18789 -sTCP:LISTEN',
            'windows-powershell': 'Get-NetTCPConnection -LocalPort 18789 -State Listen | Select-Object OwningProcess',
            'docker-compose': 'docker compose ps',
          },
        },
      ],
    },
    {
      id: 'network-path-drops-packets',
      title: 'A VPN or flaky network drops packets after the upgrade',
      explanation:
        'The challenge or the signed connect is larger than the first packets; a VPN with a small MTU or a lossy mobile link can stall exactly there.',
      likelihood: 20,
      steps: [
        {
          title: 'Retry from a wired or local connection, or through an SSH tunnel',
          command: { all: 'ssh -N -L 18789:127.0.0.1:18789 <user>@<gateway-host>' },
        },
      ],
    },
  ],
  verify: {
    command: openclawOnEveryPlatform('gateway status'),
    expect:
      'The RPC probe succeeds, and the gateway log shows the connection getting past the handshake instead of "handshake timeout".',
  },
  pasteInstead: 'the gateway log lines for that connection (the same conn=… id) and the client error',
});
