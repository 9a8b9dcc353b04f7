import { defineErrorClass } from '../../core/error-class-schema.ts';
import { openclawOnEveryPlatform } from '../platform-commands.ts';

/**
 * `device identity required` / `control ui requires device identity (use HTTPS or localhost
 * secure context)`: the client connected without a device identity. For the Control UI this is
 * almost always a plain-HTTP page on a LAN or public address: the browser only offers WebCrypto
 * (needed to create and sign with the device key) in a secure context.
 */
export const deviceIdentityRequired = defineErrorClass({
  id: 'device-identity-required',
  title: 'Device identity required (secure context)',
  summary:
    'The client connected without a device identity; for the Control UI that means the page is plain HTTP on a non-localhost address, where the browser refuses to create one.',
  explanation: [
    'OpenClaw checks three layers when a client connects: the shared gateway token, then the device token of a paired device, then pairing approval. The last two hang on a device identity: a key pair the client creates once and uses to sign every connect. Without one the gateway cannot pair the device, so it refuses the connection before pairing even starts.',
    'Browsers only give a page the crypto API it needs to create and use that key (WebCrypto, crypto.subtle) in a "secure context": a page served over HTTPS, or from localhost/127.0.0.1. Open the dashboard as http://192.168.1.20:18789 or http://my-vps:18789 and the Control UI has no way to make an identity, so the gateway answers "control ui requires device identity (use HTTPS or localhost secure context)".',
    'The fix is to give the browser a secure context: reach the gateway through localhost (on the host itself or through an SSH tunnel), or serve it over HTTPS (Tailscale Serve is the built-in way). gateway.controlUi.allowInsecureAuth is not a LAN switch: it only lets a Control UI on localhost skip device identity and connect with the token alone.',
  ],
  signatures: [
    { phrase: 'control ui requires device identity', certainty: 'exact' },
    {
      phrase: 'control ui requires HTTPS or localhost (secure context)',
      certainty: 'exact',
      note: 'Wording from 2026.1.21 to 2026.2.20.',
    },
    { phrase: 'CONTROL_UI_DEVICE_IDENTITY_REQUIRED', certainty: 'exact', wholeWord: true },
    { phrase: 'device identity required', certainty: 'exact' },
    { phrase: 'DEVICE_IDENTITY_REQUIRED', certainty: 'exact', wholeWord: true },
    {
      phrase: 'This page is HTTP, so the browser blocks device identity',
      certainty: 'strong',
      note: 'Control UI overview hint.',
    },
    { phrase: '此页面为 HTTP，因此浏览器阻止设备标识', certainty: 'strong', note: 'The same hint in zh-CN.' },
    { phrase: 'Secure browser context required', certainty: 'strong', note: 'Login card title.' },
    {
      phrase: 'set gateway.controlUi.allowInsecureAuth: true (token-only)',
      inTheWild: 'samples/device-identity-required/lan-http-control-ui.txt',
      certainty: 'weak',
      weight: 0.6,
      note: 'Second line of the HTTP hint, sometimes pasted alone.',
    },
  ],
  examples: [
    'disconnected (1008): control ui requires device identity (use HTTPS or localhost secure context)',
    'disconnected (1008): control ui requires HTTPS or localhost (secure context)',
    'device identity required (use HTTPS/localhost or allow insecure auth explicitly)',
    'gateway closed (1008): device identity required',
    '{"type":"res","ok":false,"error":{"code":"INVALID_REQUEST","message":"control ui requires device identity (use HTTPS or localhost secure context)","details":{"code":"CONTROL_UI_DEVICE_IDENTITY_REQUIRED"}}}',
    '{"error":{"code":"NOT_PAIRED","message":"device identity required","details":{"code":"DEVICE_IDENTITY_REQUIRED"}}}',
    'This page is HTTP, so the browser blocks device identity. Use HTTPS (Tailscale Serve) or open http://127.0.0.1:18789 on the gateway host.',
    '此页面为 HTTP，因此浏览器阻止设备标识。',
    'Secure browser context required',
  ],
  nearMisses: [
    'device identity mismatch',
    'pairing required: device identity changed and must be re-approved',
    'disconnected (1008): pairing required',
    'Mixed Content: The page at https://example.com was loaded over HTTPS, but requested an insecure resource',
  ],
  notToBeConfusedWith: {
    'pairing-required':
      'No identity was sent at all, so pairing could not even start; "pairing required" means an identity arrived and waits for approval.',
    'device-signature-invalid':
      'The identity is missing here; a signature, nonce or key problem means an identity was sent but did not verify.',
  },
  causes: [
    {
      id: 'control-ui-over-plain-http',
      title: 'The Control UI is open over plain HTTP on a LAN, VPS or hostname address',
      explanation:
        'http://<LAN-IP>:18789, http://<server>:18789 or a reverse proxy without TLS is not a secure context, so the browser withholds WebCrypto and the Control UI cannot create its device identity.',
      likelihood: 60,
      adjustments: [
        { when: 'client-control-ui', change: 15, because: 'The failing client is the Control UI in a browser.' },
        {
          when: 'gateway-bind-non-loopback',
          change: 10,
          because: 'Your gateway listens beyond loopback, so it is likely opened by a LAN or public address.',
        },
        { when: 'client-cli', change: -30, because: 'The CLI is not a browser; it has no secure-context rule.' },
      ],
      steps: [
        {
          title: 'Tunnel the gateway to localhost over SSH, then open it as localhost',
          detail:
            'Run on your own computer (OpenSSH is built into Windows 10+ too), keep it open, then browse to http://127.0.0.1:18789/. localhost is a secure context.',
          command: { all: 'ssh -N -L 18789:127.0.0.1:18789 <user>@<gateway-host>' },
        },
        {
          title: 'Or serve the gateway over HTTPS with Tailscale Serve',
          detail:
            'Requires Tailscale on the gateway host and gateway.bind "loopback". Then open the https://<machine>.<tailnet>.ts.net URL.',
          command: {
            'linux-macos': 'openclaw config set gateway.tailscale.mode serve\nopenclaw gateway restart',
            'windows-powershell': 'openclaw config set gateway.tailscale.mode serve\nopenclaw gateway restart',
            'docker-compose':
              'docker compose exec openclaw-gateway node openclaw.mjs config set gateway.tailscale.mode serve\ndocker compose restart openclaw-gateway',
          },
        },
        {
          title: 'Or open the dashboard on the gateway host itself',
          detail: 'A browser on the gateway host can use http://127.0.0.1:18789/ directly.',
          command: {
            'linux-macos': 'openclaw dashboard',
            'windows-powershell': 'openclaw dashboard',
            'docker-compose': 'docker compose exec openclaw-gateway node openclaw.mjs dashboard --no-open',
          },
        },
      ],
    },
    {
      id: 'reverse-proxy-without-tls',
      title: 'A reverse proxy serves the dashboard on plain HTTP',
      explanation:
        'nginx, Caddy or Traefik in front of the gateway on http:// gives the same insecure context. Terminate TLS at the proxy (https://) and keep proxying WebSocket upgrades.',
      likelihood: 15,
      steps: [
        {
          title: 'Serve the proxy over HTTPS and reload the page over https://',
          detail:
            'Then add the https:// origin (with its port if not 443) to gateway.controlUi.allowedOrigins, or the next error is "origin not allowed".',
        },
      ],
    },
    {
      id: 'client-sent-no-identity-and-no-token',
      title: 'A non-browser client connected without a device identity or a valid token',
      explanation:
        '"device identity required" (without the control ui wording) comes from a CLI, node, app or third-party wrapper that sent no device identity. In reports the fix was often to give that client the gateway token, so it connects with shared auth and then pairs normally.',
      likelihood: 15,
      adjustments: [
        { when: 'client-other', change: 15, because: 'The failing client is a node, app or wrapper.' },
        { when: 'client-control-ui', change: -10, because: 'The failing client is the Control UI.' },
      ],
      steps: [
        {
          title: 'Print the gateway token on the gateway host',
          detail:
            'Needs an OpenClaw newer than 2026.4.12 and an interactive terminal; on older versions read gateway.auth.token from openclaw.json.',
          command: openclawOnEveryPlatform('gateway auth-token --show'),
        },
        {
          title: 'Give that token to the client, then approve its pairing request',
          detail:
            'Set it where that client reads it (OPENCLAW_GATEWAY_TOKEN for nodes and the CLI, the token field of an app or wrapper), reconnect, then approve the pending request.',
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
      id: 'must-stay-on-localhost-http',
      title: 'You deliberately run the Control UI without device identity on localhost',
      explanation:
        'gateway.controlUi.allowInsecureAuth: true lets a Control UI on localhost connect with the gateway token alone, skipping device identity. It does not help a page opened by a LAN IP or hostname: for those, use a tunnel or HTTPS. (gateway.controlUi.dangerouslyDisableDeviceAuth turns device identity off for every Control UI and removes pairing protection; avoid it.)',
      likelihood: 10,
      steps: [
        {
          title: 'Allow token-only auth for a localhost Control UI (break-glass)',
          detail:
            'Only releases before 2026.8.2 have this key: later ones retired it, and a localhost Control UI pairs through the normal device flow.',
          versions: { before: '2026.8.2' },
          command: {
            'linux-macos': 'openclaw config set gateway.controlUi.allowInsecureAuth true\nopenclaw gateway restart',
            'windows-powershell':
              'openclaw config set gateway.controlUi.allowInsecureAuth true\nopenclaw gateway restart',
            'docker-compose':
              'docker compose exec openclaw-gateway node openclaw.mjs config set gateway.controlUi.allowInsecureAuth true\ndocker compose restart openclaw-gateway',
          },
        },
      ],
    },
  ],
  verify: {
    expect:
      'Opened as http://127.0.0.1:18789/ (tunnel) or https://…, the Control UI either connects or moves on to "pairing required", which you approve with `openclaw devices approve <requestId>`; "requires device identity" no longer appears.',
  },
  pasteInstead: 'the address in the browser bar (without the #token part) and the full error line from the Control UI',
});
