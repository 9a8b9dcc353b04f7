import { defineErrorClass } from '../../core/error-class-schema.ts';
import { openclawOnEveryPlatform } from '../platform-commands.ts';

/**
 * `origin not allowed (open the Control UI from the gateway host or allow it in
 * gateway.controlUi.allowedOrigins)` (CONTROL_UI_ORIGIN_NOT_ALLOWED), and the startup refusal
 * `non-loopback Control UI requires gateway.controlUi.allowedOrigins …` (since 2026.2.26).
 */
export const originNotAllowed = defineErrorClass({
  id: 'origin-not-allowed',
  title: 'Browser origin not allowed',
  summary:
    'The Control UI page was opened from an address (origin) the gateway does not trust, so it refused the browser connection before checking any token.',
  explanation: [
    'A browser tells the gateway which page opened the WebSocket: its origin, the scheme, host and port of the address bar (http://192.168.1.20:18789). To stop other websites from driving your gateway through your browser, the gateway accepts Control UI connections only from the gateway host itself (loopback) or from origins listed in gateway.controlUi.allowedOrigins.',
    'An origin is compared whole: scheme, host and port. http://192.168.1.20 is not http://192.168.1.20:18789, and https://claw.example.com is not http://claw.example.com. Since 2026.2.26 a gateway that serves the Control UI beyond loopback also refuses to start without an allowedOrigins list ("non-loopback Control UI requires gateway.controlUi.allowedOrigins").',
    'This check comes before the gateway token, the device token and pairing: fix the origin first, then those layers apply as usual.',
  ],
  signatures: [
    { phrase: 'origin not allowed (open the Control UI from the gateway host', certainty: 'exact' },
    { phrase: 'CONTROL_UI_ORIGIN_NOT_ALLOWED', certainty: 'exact', wholeWord: true },
    {
      phrase: 'non-loopback Control UI requires gateway.controlUi.allowedOrigins',
      certainty: 'exact',
      note: 'Startup refusal since 2026.2.26.',
    },
    { phrase: 'Browser origin not allowed', certainty: 'strong', note: 'Login card title.' },
    { phrase: 'The Gateway rejected this page origin', certainty: 'strong', note: 'Login card text.' },
    {
      phrase: 'reason=origin not allowed',
      inTheWild: 'samples/origin-not-allowed/allowed-origins-without-port.txt',
      certainty: 'strong',
      note: 'Gateway log close reason.',
    },
    {
      phrase: 'origin missing or invalid',
      certainty: 'strong',
      weight: 0.7,
      note: 'details.reason when the browser sent no usable Origin.',
    },
  ],
  examples: [
    'disconnected (1008): origin not allowed (open the Control UI from the gateway host or allow it in gateway.controlUi.allowedOrigins)',
    'origin not allowed (open the Control UI from the gateway host or allow it in gateway.controlUi.allowedOrigins)',
    '{"ok":false,"error":{"code":"INVALID_REQUEST","message":"origin not allowed (open the Control UI from the gateway host or allow it in gateway.controlUi.allowedOrigins)","details":{"code":"CONTROL_UI_ORIGIN_NOT_ALLOWED","reason":"origin not allowed"}}}',
    'Error: non-loopback Control UI requires gateway.controlUi.allowedOrigins (set explicit origins), or set gateway.controlUi.dangerouslyAllowHostHeaderOriginFallback=true to use Host-header origin fallback mode',
    'Browser origin not allowed',
    'The Gateway rejected this page origin before accepting the Control UI connection.',
    '[ws] closed before connect conn=3a0c origin=http://192.168.1.20:18789 code=1008 reason=origin not allowed (open the Control UI from the gateway host or allow i',
  ],
  nearMisses: [
    'reason=trusted_proxy_origin_not_allowed',
    '[code-server] WebSocket upgrade rejected: origin not allowed',
    "Access to fetch at 'https://api.example.com/' from origin 'http://localhost:3000' has been blocked by CORS policy",
    'disconnected (1008): control ui requires device identity (use HTTPS or localhost secure context)',
  ],
  notToBeConfusedWith: {
    'device-identity-required':
      'Both hit a Control UI opened by a LAN or public address. Origin comes first (the address is not trusted); device identity comes after (the page is not HTTPS).',
  },
  causes: [
    {
      id: 'lan-or-public-address-not-listed',
      title: 'The address you opened is not in gateway.controlUi.allowedOrigins',
      explanation:
        'Opening the dashboard by LAN IP, a hostname, a Tailscale name or a public URL sends that origin. Unless it is listed, the gateway refuses it.',
      likelihood: 45,
      adjustments: [
        {
          when: 'gateway-bind-non-loopback',
          change: 10,
          because: 'Your gateway listens beyond loopback, so browsers reach it by other addresses.',
        },
      ],
      steps: [
        {
          title: 'Add the exact origin from the address bar to allowedOrigins',
          detail:
            'In openclaw.json: gateway: { controlUi: { allowedOrigins: ["http://192.168.1.20:18789"] } }, with your scheme, host and port exactly as the browser shows them (no path, no trailing slash). Then restart the gateway.',
          command: {
            'linux-macos': 'openclaw config get gateway.controlUi.allowedOrigins\nopenclaw gateway restart',
            'windows-powershell': 'openclaw config get gateway.controlUi.allowedOrigins\nopenclaw gateway restart',
            'docker-compose':
              'docker compose exec openclaw-gateway node openclaw.mjs config get gateway.controlUi.allowedOrigins\ndocker compose restart openclaw-gateway',
          },
        },
      ],
    },
    {
      id: 'origin-entry-without-port-or-wrong-scheme',
      title: 'The allowedOrigins entry is missing the port or has the wrong scheme',
      explanation:
        'Origins match exactly. "http://192.168.1.20" does not allow "http://192.168.1.20:18789"; "https://…" does not allow "http://…"; "localhost" does not allow "127.0.0.1". A trailing slash or path also breaks the match.',
      likelihood: 25,
      steps: [
        {
          title: 'Compare the list with the address bar, character by character',
          detail:
            'Include the port unless it is the default (80 for http, 443 for https), and list each spelling you use (IP, hostname, Tailscale name) separately.',
          command: openclawOnEveryPlatform('config get gateway.controlUi.allowedOrigins'),
        },
      ],
    },
    {
      id: 'reverse-proxy-origin',
      title: 'A reverse proxy serves the dashboard under another origin or drops the Origin header',
      explanation:
        'Behind nginx, Caddy or Cloudflare the browser origin is the public URL (https://claw.example.com), not the gateway address. A proxy that strips or rewrites Origin gives "origin missing or invalid".',
      likelihood: 15,
      steps: [
        {
          title: 'List the public URL as the origin and pass the Origin header through',
          detail:
            'Add https://claw.example.com (with the port if it is not 443) to gateway.controlUi.allowedOrigins, keep the proxy forwarding Origin unchanged, then restart the gateway.',
          command: {
            'linux-macos': 'openclaw gateway restart',
            'windows-powershell': 'openclaw gateway restart',
            'docker-compose': 'docker compose restart openclaw-gateway',
          },
        },
      ],
    },
    {
      id: 'startup-needs-allowed-origins',
      title: 'After upgrading, a gateway bound beyond loopback refuses to start without allowedOrigins',
      explanation:
        'Since 2026.2.26 a gateway that serves the Control UI on a non-loopback bind (lan, tailnet, custom; the Docker default is lan) needs an explicit allowedOrigins list. Existing installs are seeded automatically, but a fresh config or a hand-written one stops at startup.',
      likelihood: 10,
      adjustments: [
        {
          when: 'gateway-bind-non-loopback',
          change: 15,
          because: 'Your gateway.bind is not loopback, the case this startup rule covers.',
        },
      ],
      steps: [
        {
          title: 'Set allowedOrigins to the addresses you open the dashboard from, then start again',
          detail:
            'Edit openclaw.json as above. gateway.controlUi.dangerouslyAllowHostHeaderOriginFallback=true trusts whatever Host header arrives instead; avoid it on anything reachable from outside.',
          command: {
            'linux-macos': 'openclaw gateway restart',
            'windows-powershell': 'openclaw gateway restart',
            'docker-compose': 'docker compose up -d openclaw-gateway',
          },
          versions: { since: '2026.2.26' },
        },
      ],
    },
    {
      id: 'use-a-tunnel-instead',
      title: 'You do not need remote browser access at all',
      explanation:
        'The Control UI opened from the gateway host, or through an SSH tunnel to localhost, is always allowed and is also a secure context.',
      likelihood: 5,
      steps: [
        {
          title: 'Tunnel to the gateway and open http://127.0.0.1:18789/',
          command: { all: 'ssh -N -L 18789:127.0.0.1:18789 <user>@<gateway-host>' },
        },
      ],
    },
  ],
  verify: {
    command: openclawOnEveryPlatform('config get gateway.controlUi.allowedOrigins'),
    expect:
      'The list contains the exact origin from your address bar (scheme, host and port), and after a gateway restart and a reload the Control UI no longer says "origin not allowed".',
  },
  pasteInstead:
    'the address in the browser bar (without #token), the "origin not allowed" line, and the gateway log line with origin=',
});
