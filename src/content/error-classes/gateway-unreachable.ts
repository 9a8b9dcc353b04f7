import { defineErrorClass } from '../../core/error-class-schema.ts';
import { gatewayContext } from '../paste-contexts.ts';
import { openclawOnEveryPlatform } from '../platform-commands.ts';

/**
 * Nothing answers at the address the client dials: `connect ECONNREFUSED 127.0.0.1:18789`, a
 * browser "refused to connect" page (also the zh-CN Chrome page), the `Could not connect` card,
 * a CLI timeout. Signatures are anchored to the gateway (port 18789, a gateway wrapper) so an
 * ECONNREFUSED to a database stays unrelated. A 1006 closure alone is weak: a proxy or TLS problem
 * closes 1006 too.
 */
export const gatewayUnreachable = defineErrorClass({
  id: 'gateway-unreachable',
  title: 'Gateway unreachable',
  summary:
    'Nothing accepted the connection at the address the client dialled: the gateway is not running there, or the client uses the wrong host or port.',
  explanation: [
    'Before any token, device or pairing check, the client has to reach the gateway: a WebSocket server that listens on port 18789 by default (gateway.port), on 127.0.0.1 only unless gateway.bind says otherwise. "ECONNREFUSED" and a browser "refused to connect" page mean the machine at that address answered, but no program listens on that port; a timeout means nothing answered at all (a firewall, a VPN, the wrong host).',
    'The address matters more than it looks. 127.0.0.1 always means "this very machine or container": inside a Docker CLI container it is the container itself, not the gateway container next to it. From another computer, 127.0.0.1 is that computer. And 18789 is the dashboard and gateway port; 18791 and the ports next to it belong to other OpenClaw services, not the dashboard.',
    'A close with code 1006 ("abnormal closure", "no reason") only says the connection dropped without a goodbye. An unreachable gateway is the usual cause, but a proxy without WebSocket support, a TLS mismatch (wss:// against a plain ws:// server) or a gateway that crashed mid-handshake look the same: check that the gateway runs and listens first.',
  ],
  signatures: [
    {
      phrase: 'Gateway not reachable at',
      certainty: 'exact',
      note: 'The CLI: `Gateway not reachable at ws://127.0.0.1:18789 (ECONNREFUSED).`',
    },
    {
      phrase: 'ECONNREFUSED 127.0.0.1:18789',
      inTheWild: 'samples/gateway-unreachable/cli-econnrefused-ansi.txt',
      certainty: 'exact',
      wholeWord: true,
    },
    {
      phrase: 'ECONNREFUSED ::1:18789',
      inTheWild: 'samples/gateway-unreachable/browser-and-node-forms.txt',
      certainty: 'exact',
      wholeWord: true,
    },
    {
      phrase: 'ECONNREFUSED localhost:18789',
      inTheWild: 'samples/gateway-unreachable/browser-and-node-forms.txt',
      certainty: 'exact',
      wholeWord: true,
    },
    {
      phrase: 'gateway connect failed: Error: connect ECONNREFUSED',
      certainty: 'exact',
      note: 'Any host: the CLI wrapper anchors it to the gateway.',
    },
    { phrase: 'gateway connect failed: connect ECONNREFUSED', certainty: 'exact', note: 'The node host wrapper.' },
    { phrase: 'node host gateway connect failed: connect ECONNREFUSED', certainty: 'exact' },
    {
      phrase: 'unreachable (connect ECONNREFUSED',
      inTheWild: 'samples/gateway-unreachable/status-wrong-port-18791.txt',
      certainty: 'exact',
      note: '`openclaw status`.',
    },
    {
      phrase: 'getaddrinfo ENOTFOUND openclaw-gateway',
      inTheWild: 'samples/gateway-mode-unset/docker-compose-logs.txt',
      certainty: 'strong',
      note: 'A Docker client dialling the compose service name while the gateway container is not running (or not on its network).',
    },
    {
      phrase: 'getaddrinfo EAI_AGAIN openclaw-gateway',
      inTheWild: 'samples/gateway-unreachable/browser-and-node-forms.txt',
      certainty: 'strong',
    },
    {
      phrase: '拒绝了我们的连接请求',
      inTheWild: 'samples/gateway-unreachable/zh-cn-chrome-refused-page.txt',
      certainty: 'strong',
      note: 'The zh-CN Chrome page "127.0.0.1 拒绝了我们的连接请求。", often pasted with no English.',
    },
    {
      phrase: '127.0.0.1 refused to connect',
      inTheWild: 'samples/gateway-unreachable/browser-and-node-forms.txt',
      certainty: 'strong',
    },
    {
      phrase: 'localhost refused to connect',
      inTheWild: 'samples/gateway-unreachable/browser-and-node-forms.txt',
      certainty: 'strong',
    },
    {
      phrase: 'establish a connection to the server at 127.0.0.1:18789',
      inTheWild: 'samples/gateway-unreachable/browser-and-node-forms.txt',
      certainty: 'strong',
      note: 'Firefox "Unable to connect".',
    },
    {
      phrase: 'establish a connection to the server at localhost:18789',
      inTheWild: 'samples/gateway-unreachable/browser-and-node-forms.txt',
      certainty: 'strong',
    },
    {
      phrase: 'The browser could not complete the Gateway connection',
      certainty: 'strong',
      weight: 0.7,
      note: 'Body of the "Could not connect" login card; the title alone is too generic.',
    },
    {
      phrase: "WebSocket connection to 'ws://127.0.0.1:18789/' failed",
      inTheWild: 'samples/gateway-unreachable/browser-and-node-forms.txt',
      certainty: 'strong',
      weight: 0.7,
      note: 'Browser console. The bare net::ERR_CONNECTION_REFUSED is not a signature: a provider such as Ollama on 11434 gives it too.',
    },
    {
      phrase: "WebSocket connection to 'ws://localhost:18789/' failed",
      inTheWild: 'samples/gateway-unreachable/browser-console-crlf.txt',
      certainty: 'strong',
      weight: 0.7,
    },
    {
      phrase: 'gateway timeout after 10000ms',
      certainty: 'weak',
      weight: 0.55,
      note: 'The CLI default timeout. Not the bare "gateway timeout after": proxies print "Gateway Timeout" and Discord has a gateway of its own.',
    },
    {
      phrase: 'gateway closed (1006 abnormal closure (no close frame)): no close reason',
      inTheWild: 'samples/gateway-unreachable/buried-in-long-log.txt',
      certainty: 'weak',
      weight: 0.5,
      note: 'Usually unreachable, but a proxy or TLS problem also closes 1006.',
    },
    { phrase: 'disconnected (1006): no reason', certainty: 'weak', weight: 0.5 },
    { phrase: 'refused to connect', certainty: 'weak', weight: 0.45 },
    {
      phrase: '[Errno 111] Connection refused',
      certainty: 'strong',
      weight: 0.7,
      onlyWith: [...gatewayContext],
      note: 'Python clients and wrappers (websockets, aiohttp); any server refuses the same way, so only with the gateway in the paste.',
    },
    {
      phrase: '[Errno 111] Connect call failed',
      inTheWild: 'samples/gateway-unreachable/errno-111-gateway-wrapper.txt',
      certainty: 'strong',
      weight: 0.7,
      onlyWith: [...gatewayContext],
      note: "asyncio: `[Errno 111] Connect call failed ('127.0.0.1', 18789)`.",
    },
  ],
  examples: [
    'Gateway not reachable at ws://127.0.0.1:18789 (ECONNREFUSED).',
    'gateway connect failed: Error: connect ECONNREFUSED 127.0.0.1:18789',
    'websockets.connect("ws://127.0.0.1:18789")\nConnectionRefusedError: [Errno 111] Connection refused',
    'Error: connect ECONNREFUSED 127.0.0.1:18789\n    at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1611:16)',
    'gateway connect failed: Error: connect ECONNREFUSED 192.168.1.20:18789',
    'node host gateway connect failed: connect ECONNREFUSED 10.0.0.5:18789',
    'Gateway: unreachable (connect ECONNREFUSED ::1:18789)',
    'gateway closed (1006 abnormal closure (no close frame)): no close reason\nGateway target: ws://127.0.0.1:18789\nSource: local loopback',
    'disconnected (1006): no reason',
    'gateway timeout after 10000ms\nGateway target: ws://100.64.0.12:18789\nSource: config gateway.remote.url',
    'This site can’t be reached\n127.0.0.1 refused to connect.\nERR_CONNECTION_REFUSED',
    '无法访问此网站\n127.0.0.1 拒绝了我们的连接请求。\nERR_CONNECTION_REFUSED',
    "WebSocket connection to 'ws://localhost:18789/' failed: Error in connection establishment: net::ERR_CONNECTION_REFUSED",
    'Could not connect\nThe browser could not complete the Gateway connection. Check the target and transport before retrying credentials.',
    'Firefox can’t establish a connection to the server at 127.0.0.1:18789.',
    'gateway connect failed: Error: getaddrinfo ENOTFOUND openclaw-gateway',
  ],
  nearMisses: [
    '504 Gateway Timeout after 60s (upstream openclaw.example.org)',
    'GET http://127.0.0.1:11434/api/tags net::ERR_CONNECTION_REFUSED',
    'Error: connect ECONNREFUSED 127.0.0.1:5432\n    at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1611:16)',
    '[redis] Error: connect ECONNREFUSED 127.0.0.1:6379',
    '[gateway] listening on ws://127.0.0.1:18789',
    'disconnected (4008): connect failed',
    'psycopg2.OperationalError: connection to server at "127.0.0.1", port 5432 failed\nConnectionRefusedError: [Errno 111] Connection refused',
    '[discord] gateway readiness: websocket closed with code 4004 (Authentication failed)',
  ],
  notToBeConfusedWith: {
    'gateway-token-mismatch':
      'A token error means the gateway was reached and answered; here nothing answered at that address.',
    'origin-not-allowed':
      'Origin errors come from a running gateway that refused the page; "refused to connect" means no gateway listened at all.',
  },
  causes: [
    {
      id: 'gateway-not-running',
      title: 'The gateway is not running (stopped, crashed or never started)',
      explanation:
        'The service is stopped, failed at startup (a config error, the port already in use, "Gateway start blocked"), or was never installed. The port is closed, so every connect is refused.',
      likelihood: 40,
      steps: [
        {
          title: 'Check whether the gateway service runs and answers',
          command: {
            'linux-macos': 'openclaw gateway status',
            'windows-powershell': 'openclaw gateway status',
            'docker-compose': 'docker compose ps\ndocker compose logs --tail 50 openclaw-gateway',
          },
        },
        {
          title: 'Start it, or run it in the foreground to see why it stops',
          detail:
            'A foreground run prints the startup error (config problems, a busy port, "Gateway start blocked: set gateway.mode=local"). Stop it with Ctrl+C once it works, then start the service.',
          command: {
            'linux-macos': 'openclaw gateway run\nopenclaw gateway start',
            'windows-powershell': 'openclaw gateway run\nopenclaw gateway start',
            'docker-compose': 'docker compose up -d openclaw-gateway\ndocker compose logs -f openclaw-gateway',
          },
        },
        {
          title: 'Let doctor check the config and the service',
          detail: 'In Docker, read the last log lines of the gateway container instead: the startup error is there.',
          command: {
            'linux-macos': 'openclaw doctor',
            'windows-powershell': 'openclaw doctor',
            'docker-compose': 'docker compose logs --tail 100 openclaw-gateway',
          },
        },
      ],
    },
    {
      id: 'wrong-host-or-port',
      title: 'The client dials the wrong address or port',
      explanation:
        'A custom gateway.port, an old gateway.remote.url or OPENCLAW_GATEWAY_URL, a typo, or a port that belongs to another OpenClaw service (18791 is not the dashboard) makes the client knock on a closed door. The CLI prints what it dialled as "Gateway target:" and where that came from as "Source:".',
      likelihood: 20,
      adjustments: [
        {
          when: 'gateway-mode-remote',
          change: 10,
          because: 'Your gateway.mode is "remote", so the CLI dials gateway.remote.url.',
        },
      ],
      steps: [
        {
          title: 'Compare the port the gateway uses with the one you dial',
          detail:
            'The default is 18789. Check "Gateway target:" in the CLI error, the address in the browser bar, gateway.remote.url and OPENCLAW_GATEWAY_URL.',
          command: {
            'linux-macos':
              'openclaw config get gateway.port\nopenclaw config get gateway.remote.url\necho "$OPENCLAW_GATEWAY_URL"',
            'windows-powershell':
              'openclaw config get gateway.port\nopenclaw config get gateway.remote.url\n$env:OPENCLAW_GATEWAY_URL',
            'docker-compose':
              'docker compose exec openclaw-gateway node openclaw.mjs config get gateway.port\ndocker compose port openclaw-gateway 18789',
          },
        },
        {
          title: 'Open the dashboard through the URL the gateway prints',
          command: openclawOnEveryPlatform('dashboard --no-open'),
        },
      ],
    },
    {
      id: 'docker-cli-dials-its-own-loopback',
      title: 'A Docker CLI container dials its own 127.0.0.1',
      explanation:
        'Inside a container, 127.0.0.1 is that container. A separate openclaw-cli container that dials ws://127.0.0.1:18789 reaches itself, where nothing listens, not the openclaw-gateway container. On the compose network the gateway is reachable by its service name.',
      likelihood: 15,
      steps: [
        {
          title: 'Run CLI commands inside the gateway container instead',
          detail: 'There, 127.0.0.1:18789 is the gateway.',
          command: { all: 'docker compose exec openclaw-gateway node openclaw.mjs gateway status' },
        },
        {
          title: 'Or point the CLI container at the gateway service name',
          detail:
            'Set OPENCLAW_GATEWAY_URL=ws://openclaw-gateway:18789 in the openclaw-cli environment (compose passes OPENCLAW_GATEWAY_TOKEN to both services, which this URL needs). Since 2026.2.19 the CLI blocks plaintext ws:// to a non-loopback address; on the private compose network set OPENCLAW_ALLOW_INSECURE_PRIVATE_WS=1 as well.',
        },
      ],
    },
    {
      id: 'gateway-bound-to-loopback-only',
      title: 'The gateway listens on loopback only, and you connect from elsewhere',
      explanation:
        'With the default gateway.bind "loopback" the gateway accepts connections from its own machine only. From another computer, a phone, or through a Docker port mapping to a loopback-bound gateway, connects are refused or dropped.',
      likelihood: 15,
      adjustments: [
        {
          when: 'gateway-bind-non-loopback',
          change: -10,
          because: 'Your gateway.bind already listens beyond loopback.',
        },
      ],
      steps: [
        {
          title: 'Reach it through an SSH tunnel (keeps the gateway private)',
          detail: 'Run on your computer, then open http://127.0.0.1:18789/.',
          command: { all: 'ssh -N -L 18789:127.0.0.1:18789 <user>@<gateway-host>' },
        },
        {
          title: 'Or bind it to the LAN (needs gateway auth and allowedOrigins)',
          detail:
            'A non-loopback bind refuses to start without a gateway token or password, and the Control UI then needs gateway.controlUi.allowedOrigins and HTTPS or a tunnel for device identity.',
          command: {
            'linux-macos': 'openclaw config set gateway.bind lan\nopenclaw gateway restart',
            'windows-powershell': 'openclaw config set gateway.bind lan\nopenclaw gateway restart',
            'docker-compose': 'docker compose up -d --force-recreate openclaw-gateway',
          },
        },
      ],
    },
    {
      id: 'firewall-vpn-or-proxy',
      title: 'A firewall, VPN or proxy is in the way',
      explanation:
        'A timeout ("gateway timeout after 10000ms") or a 1006 closure with the gateway running points at the path: a host firewall, a tailnet that is down, or a reverse proxy that does not pass WebSocket upgrades.',
      likelihood: 10,
      steps: [
        {
          title: 'Test the port from the client machine',
          command: {
            'linux-macos': 'nc -vz <gateway-host> 18789',
            'windows-powershell': 'Test-NetConnection <gateway-host> -Port 18789',
            'docker-compose': 'docker compose exec openclaw-gateway node openclaw.mjs gateway probe',
          },
        },
      ],
    },
  ],
  verify: {
    command: openclawOnEveryPlatform('gateway status'),
    expect:
      'The service shows as running and the RPC probe succeeds (not "RPC probe: failed"); the dashboard URL opens instead of "refused to connect".',
  },
  pasteInstead:
    'the CLI lines "Gateway target:" and "Source:" under the error, or the output of `openclaw gateway status`; in Docker, `docker compose ps`',
});
