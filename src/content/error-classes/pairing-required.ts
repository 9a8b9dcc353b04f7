import { defineErrorClass } from '../../core/error-class-schema.ts';
import { chatPairingContext } from '../paste-contexts.ts';
import { openclawOnEveryPlatform } from '../platform-commands.ts';

/**
 * `pairing required` (close 1008, NOT_PAIRED / PAIRING_REQUIRED): the credentials were fine, but
 * this device is not approved on the gateway yet, or asks for more than it was approved for.
 * Not to be confused with chat DM pairing (`openclaw pairing approve telegram …`): the bare phrase
 * "pairing required" counts only when the paste names no chat channel, DM or pairing code. Nor is the
 * error.code NOT_PAIRED: "device identity required" and the declined/expired answers share it.
 */
export const pairingRequired = defineErrorClass({
  id: 'pairing-required',
  title: 'Device pairing required',
  summary:
    'The gateway accepted your credentials but this device is not approved (or asks for more scopes, a higher role or changed details), so it waits for approval on the gateway host.',
  explanation: [
    'OpenClaw checks three layers when a client connects: the shared gateway token (or password), then the device token issued to this device when it was paired, then pairing itself. This error is the third layer: the first two passed, and the gateway now wants a person on the gateway host to approve this device.',
    'Every client (a browser running the Control UI, the CLI, a node host, an app) has its own device identity, a key pair it keeps in ~/.openclaw/identity/ or in the browser storage. The first time a device connects, and whenever it asks for more than it was approved for (a higher role, more scopes, changed metadata) or its identity changed, the gateway creates a pending request with a request id and closes the connection. Only a direct connect over the local loopback is approved silently; a LAN address, a tailnet, a Docker bridge network or a proxy always needs an explicit `openclaw devices approve <requestId>`.',
    'This is gateway device pairing. It has nothing to do with chat DM pairing codes ("openclaw pairing approve telegram <code>"), which let a person message your agent.',
  ],
  signatures: [
    { phrase: 'Gateway scope upgrade approval required', certainty: 'exact' },
    { phrase: 'device is asking for more scopes than currently approved', certainty: 'exact' },
    { phrase: 'scope upgrade pending approval', certainty: 'exact' },
    { phrase: 'device is not approved yet', certainty: 'exact' },
    { phrase: 'Gateway pairing approval required', certainty: 'exact' },
    { phrase: 'device pairing required', certainty: 'exact' },
    { phrase: 'Pairing request sent. Approve it', certainty: 'strong' },
    { phrase: 'device approval is required', certainty: 'strong' },
    { phrase: 'Gateway device refresh approval required', certainty: 'exact' },
    { phrase: 'device identity changed and must be re-approved', certainty: 'exact' },
    { phrase: 'Gateway role upgrade approval required', certainty: 'exact' },
    { phrase: 'device is asking for a higher role than currently approved', certainty: 'exact' },
    { phrase: 'role upgrade pending approval', certainty: 'exact' },
    { phrase: 'device metadata change pending approval', certainty: 'exact' },
    { phrase: 'pairing required: device is not approved yet', certainty: 'exact' },
    {
      phrase: 'pairing required: device is asking for a higher role',
      inTheWild: 'samples/pairing-required/wrapper-and-json-forms.txt',
      certainty: 'exact',
    },
    {
      phrase: 'pairing required: device is asking for more scopes',
      inTheWild: 'samples/pairing-required/cli-scope-upgrade-after-update-ansi.txt',
      certainty: 'exact',
    },
    {
      phrase: 'pairing required: device identity changed and must be re-approved',
      inTheWild: 'samples/pairing-required/wrapper-and-json-forms.txt',
      certainty: 'exact',
    },
    {
      phrase: '(1008): pairing required',
      certainty: 'exact',
      note: 'The close reason as the CLI (`gateway closed (1008):`), the Control UI (`disconnected (1008):`) and the node host print it.',
    },
    {
      phrase: 'gateway closed (1008): pairing required',
      certainty: 'exact',
      note: 'Spelt out with its wrapper too, so a wrapper signature starting earlier cannot swallow the reason.',
    },
    { phrase: 'disconnected (1008): pairing required', certainty: 'exact' },
    { phrase: 'gateway connect failed: Error: pairing required', certainty: 'exact' },
    {
      phrase: 'GatewayClientRequestError: pairing required',
      inTheWild: 'samples/pairing-required/cli-scope-upgrade-after-update-ansi.txt',
      certainty: 'exact',
    },
    { phrase: 'Gateway error: pairing required', certainty: 'strong', note: 'Prefix seen in app and wrapper reports.' },
    {
      phrase: 'openclaw_ws_connect_failed: pairing required',
      inTheWild: 'samples/pairing-required/wrapper-and-json-forms.txt',
      certainty: 'strong',
    },
    {
      phrase: '"message":"pairing required',
      inTheWild: 'samples/pairing-required/wrapper-and-json-forms.txt',
      certainty: 'strong',
      note: 'The connect `res` error as JSON; DM pairing logs use "msg", not "message".',
    },
    {
      phrase: '"reason":"pairing required',
      inTheWild: 'samples/pairing-required/gateway-json-log-request-id.txt',
      certainty: 'strong',
      note: 'The gateway JSON log close reason.',
    },
    { phrase: 'PAIRING_REQUIRED', certainty: 'exact', wholeWord: true },
    {
      phrase: 'reason=pairing required',
      inTheWild: 'samples/pairing-required/buried-in-long-log.txt',
      certainty: 'strong',
      note: 'The gateway log: `[ws] closed before connect … code=1008 reason=pairing required`.',
    },
    { phrase: 'device pairing required', certainty: 'strong', note: 'Client short form and the login card title.' },
    { phrase: 'gateway pairing required', certainty: 'strong', note: 'The Control UI short text (2026.3.7+).' },
    { phrase: 'This device needs pairing approval from the gateway host', certainty: 'strong' },
    { phrase: '此设备需要网关主机的配对批准', certainty: 'strong', note: 'The same Control UI hint in zh-CN.' },
    { phrase: 'scope upgrade pending approval', certainty: 'strong' },
    { phrase: 'role upgrade pending approval', certainty: 'strong' },
    { phrase: 'device metadata change pending approval', certainty: 'strong' },
    {
      phrase: 'Pairing required. In an already-paired OpenClaw client, run /pair approve',
      inTheWild: 'samples/pairing-required/wrapper-and-json-forms.txt',
      certainty: 'strong',
      note: 'The macOS app remote probe.',
    },
    {
      phrase: 'Pairing required. Run `openclaw devices list`, approve your request ID',
      certainty: 'strong',
      note: 'The newer Control UI pairing card.',
    },
    {
      phrase: 'pairing required',
      certainty: 'strong',
      weight: 0.7,
      wholeWord: true,
      unless: [...chatPairingContext],
      note: 'Bare or reworded (`gateway connect: pairing required`, "the error says: pairing required"): gateway pairing unless the paste is about chat DM pairing.',
    },
    { phrase: 'Scope upgrade pending', certainty: 'weak', weight: 0.6, note: 'Login card title.' },
    { phrase: 'Role upgrade pending', certainty: 'weak', weight: 0.6, note: 'Login card title.' },
    { phrase: 'Device refresh pending', certainty: 'weak', weight: 0.6, note: 'Login card title.' },
  ],
  examples: [
    'Gateway pairing approval required.',
    "Pairing request sent. Approve it in that gateway's Control UI (Settings -> Devices), or run `openclaw devices approve --latest` on the gateway host, then retry.",
    'disconnected (1008): pairing required',
    'gateway closed (1008): pairing required\nGateway target: ws://192.168.1.20:18789\nSource: config gateway.remote.url',
    'gateway connect failed: Error: pairing required',
    'gateway connect failed: GatewayClientRequestError: pairing required: device is asking for more scopes than currently approved',
    'pairing required: device is not approved yet (requestId: 3f6e2b9c-8d41-4f0a-9b1e-2c7d5a6e8f10)',
    'pairing required: device is asking for a higher role than currently approved',
    'pairing required: device identity changed and must be re-approved',
    'device pairing required (requestId: 3f6e2b9c-8d41-4f0a-9b1e-2c7d5a6e8f10)',
    'scope upgrade pending approval',
    'gateway pairing required',
    'This device needs pairing approval from the gateway host.',
    '此设备需要网关主机的配对批准。',
    '{"type":"res","ok":false,"error":{"code":"NOT_PAIRED","message":"pairing required","details":{"code":"PAIRING_REQUIRED","reason":"scope-upgrade","requestId":"9a1c"}}}',
    '[ws] closed before connect conn=7d1e peer=172.18.0.3:40122 code=1008 reason=pairing required',
    'node host gateway closed (1008): pairing required',
    'Pairing required. In an already-paired OpenClaw client, run /pair approve, then check the connection again.',
    'gateway connect: pairing required',
    'Pairing required. Run `openclaw devices list`, approve your request ID, then reconnect.',
    '[backend] [Gateway] Error: pairing required。导致一直无法连接到。',
    'openclaw_gateway_pairing_required',
  ],
  nearMisses: [
    '{"ok":false,"error":{"code":"NOT_PAIRED","message":"device identity required"}}',
    '[telegram] pairing required for DM from @someone. Ask the owner to run: openclaw pairing approve telegram 7QK2MX',
    '[discord] DM pairing required: send the code ABC123 to the bot owner',
    'openclaw pairing approve whatsapp 4HX2QP',
    '[slack] pairing required. Your pairing code: XJ4K7Q',
    '{"channel":"telegram","event":"dm_pairing_required","code":"P7RW2K"}',
    'pairing required for this DM sender',
    "This browser's access request was declined.",
    'device identity required',
    'device token rotation denied',
  ],
  notToBeConfusedWith: {
    'device-token-mismatch':
      'Pairing required means the device is not approved (yet) for what it asks; a device token mismatch means it was approved once but its cached token is stale.',
    'device-identity-required':
      'Pairing needs a device identity first: "device identity required" means the client sent none, "pairing required" means it sent one that is not approved.',
  },
  causes: [
    {
      id: 'new-device-not-approved',
      title: 'This device (or browser) has never been approved on this gateway',
      explanation:
        'A new browser, a private window, cleared site data, a new machine or a fresh ~/.openclaw/identity all make a new device. Only a direct loopback connect on the gateway host is approved silently; from the LAN, a tailnet or through a proxy the request waits for you.',
      likelihood: 35,
      adjustments: [
        {
          when: 'client-control-ui',
          change: 10,
          because: 'Browsers get a new device identity with every new profile, private window or cleared site data.',
        },
        {
          when: 'gateway-bind-non-loopback',
          change: 5,
          because: 'Your gateway listens beyond loopback, and remote connects are never auto-approved.',
        },
      ],
      steps: [
        {
          title: 'On the gateway host, list the pending requests',
          detail:
            'Run it on the gateway host itself: over loopback it works even before this CLI has pairing scope. Note the requestId of the pending entry that matches your device.',
          command: openclawOnEveryPlatform('devices list'),
        },
        {
          title: 'Approve that exact request',
          detail:
            'Works on every version. Since 2026.4.10, `openclaw devices approve` without an id only previews the newest request and prints this exact command for you.',
          command: openclawOnEveryPlatform('devices approve <requestId>'),
        },
        {
          title: 'Or approve the newest pending request in one go',
          detail:
            'Before 2026.4.10, `--latest` approves the newest request without asking: check with `openclaw devices list` that it is yours first.',
          command: openclawOnEveryPlatform('devices approve --latest'),
          versions: { since: '2026.2.17', before: '2026.4.10' },
        },
        {
          title: 'Reconnect the client',
          detail:
            'In the Control UI click Connect (or reload); the CLI simply reruns. In the macOS app you can also approve from an already-paired chat client with /pair approve.',
        },
      ],
    },
    {
      id: 'upgrade-asks-for-more-scopes',
      title: 'An upgrade made an already paired device ask for more scopes or a higher role',
      explanation:
        'Some releases (notably 2026.2.19 and 2026.4.21) give clients new scopes. A device approved before asks for the upgrade on its next connect and waits for approval: "scope upgrade pending approval" or "device is asking for more scopes than currently approved". Nothing is broken; the upgrade needs your approval once.',
      likelihood: 20,
      steps: [
        {
          title: 'Review the device and its pending upgrade',
          command: openclawOnEveryPlatform('devices list'),
        },
        {
          title: 'Approve the upgrade request by its id',
          command: openclawOnEveryPlatform('devices approve <requestId>'),
        },
      ],
    },
    {
      id: 'local-cli-counts-as-remote',
      title: 'With bind=lan the CLI on the gateway host connects as a remote device',
      explanation:
        'When gateway.bind is "lan" (the Docker default) or the CLI has a gateway URL pointing at the LAN address, even a CLI on the same machine connects through a non-loopback address and is treated like any remote device: no silent approval. Connecting to ws://127.0.0.1:18789 explicitly restores the loopback path.',
      likelihood: 15,
      adjustments: [
        {
          when: 'gateway-bind-non-loopback',
          change: 20,
          because: 'Your gateway.bind is not loopback, so local clients may arrive through the LAN address.',
        },
        { when: 'client-cli', change: 10, because: 'The failing client is the CLI.' },
        { when: 'client-control-ui', change: -10, because: 'The failing client is a browser, not the CLI.' },
      ],
      steps: [
        {
          title: 'List devices over loopback with the gateway token',
          detail: 'On the gateway host. Replace <token> with the gateway token.',
          command: openclawOnEveryPlatform('devices list --url ws://127.0.0.1:18789 --token <token>'),
        },
        {
          title: 'Approve the pending request over loopback',
          command: openclawOnEveryPlatform('devices approve <requestId> --url ws://127.0.0.1:18789 --token <token>'),
        },
      ],
    },
    {
      id: 'docker-bridge-or-proxy-peer',
      title: 'The client reaches the gateway through a Docker bridge or a proxy',
      explanation:
        'A CLI container on the compose network, or a reverse proxy in front of the gateway, connects from a bridge address such as 172.18.0.3, not from loopback. The gateway cannot tell it is "local", so every new device from there needs approval.',
      likelihood: 10,
      steps: [
        {
          title: 'Approve from inside the gateway container, where the connect is loopback',
          command: {
            all: 'docker compose exec openclaw-gateway node openclaw.mjs devices list\ndocker compose exec openclaw-gateway node openclaw.mjs devices approve <requestId>',
          },
        },
      ],
    },
    {
      id: 'sub-agent-sandbox-or-node',
      title: 'A sub-agent, sandbox or node connects as its own device',
      explanation:
        'Node hosts (`openclaw node run`), sandboxed tools and sub-agents that talk to the gateway each have a device identity. A new one, or one that now wants a new role, shows up as its own pending request.',
      likelihood: 10,
      adjustments: [{ when: 'client-other', change: 10, because: 'The failing client is a node, app or wrapper.' }],
      steps: [
        {
          title: 'Find the pending request for that node or sandbox and approve it',
          detail: 'The list shows the client name and platform of each pending request.',
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
      id: 'device-identity-changed',
      title: 'The device identity changed since it was approved',
      explanation:
        '"device identity changed and must be re-approved": the client now signs with a different key, because ~/.openclaw/identity/device.json was recreated, a container lost its state, or the browser storage was cleared. The gateway treats it as a new device.',
      likelihood: 10,
      steps: [
        {
          title: 'Remove the old entry and approve the new request',
          detail: 'Find the stale device id and the new request id in the list.',
          command: {
            'linux-macos':
              'openclaw devices list\nopenclaw devices remove <deviceId>\nopenclaw devices approve <requestId>',
            'windows-powershell':
              'openclaw devices list\nopenclaw devices remove <deviceId>\nopenclaw devices approve <requestId>',
            'docker-compose':
              'docker compose exec openclaw-gateway node openclaw.mjs devices list\ndocker compose exec openclaw-gateway node openclaw.mjs devices remove <deviceId>\ndocker compose exec openclaw-gateway node openclaw.mjs devices approve <requestId>',
          },
          versions: { since: '2026.2.19' },
        },
        {
          title: 'In Docker, keep /home/node/.openclaw on a volume',
          detail:
            'A client container without a persistent state directory gets a new identity at every start and asks for pairing again.',
        },
      ],
    },
  ],
  verify: {
    command: openclawOnEveryPlatform('devices list'),
    expect:
      'Your device is listed as paired and no request is pending for it; the client connects without "pairing required" (the Control UI status shows connected).',
  },
  pasteInstead:
    'the full "pairing required…" line (it may carry the reason and requestId), or the output of `openclaw devices list` on the gateway host',
});
