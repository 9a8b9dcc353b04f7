import { defineErrorClass } from '../../core/error-class-schema.ts';
import { openclawOnEveryPlatform } from '../platform-commands.ts';

/**
 * The four `unauthorized: tailscale …` messages: the gateway tried to let a client in on its
 * Tailscale Serve identity and could not. All four share the remedy "use Tailscale Serve auth or
 * gateway token/password", so they are one class with the sub-reason in the causes.
 */
export const tailscaleAuthFailed = defineErrorClass({
  id: 'tailscale-auth-failed',
  title: 'Tailscale identity check failed',
  summary:
    'The gateway tried to admit this client by its Tailscale identity and could not verify it, and the client brought no gateway token or password instead.',
  explanation: [
    'OpenClaw normally checks a shared gateway token (or password) first, then the device token issued at pairing, then pairing approval. With Tailscale Serve in front of the gateway (gateway.tailscale.mode "serve", gateway.auth.allowTailscale on, the default in that setup), a tailnet user may skip the token: Serve forwards the request with identity headers and the gateway checks them against tailscaled.',
    'This error means that check failed. "Proxy headers missing": the request did not come through Tailscale Serve at all. "Identity missing": it came through, but without a tailnet user (a tagged device, for example). "Identity check failed": the gateway could not ask tailscaled who the peer is. "Identity mismatch": what the headers claim and what tailscaled says differ.',
    'The hint gives both ways out: reach the gateway through its Tailscale Serve URL as a tailnet user, or present the gateway token or password like any other client.',
  ],
  signatures: [
    { phrase: 'unauthorized: tailscale identity missing', certainty: 'exact' },
    { phrase: 'unauthorized: tailscale proxy headers missing', certainty: 'exact' },
    { phrase: 'unauthorized: tailscale identity check failed', certainty: 'exact' },
    { phrase: 'unauthorized: tailscale identity mismatch', certainty: 'exact' },
    { phrase: 'AUTH_TAILSCALE_IDENTITY_MISSING', certainty: 'exact', wholeWord: true },
    { phrase: 'AUTH_TAILSCALE_PROXY_MISSING', certainty: 'exact', wholeWord: true },
    { phrase: 'AUTH_TAILSCALE_WHOIS_FAILED', certainty: 'exact', wholeWord: true },
    { phrase: 'AUTH_TAILSCALE_IDENTITY_MISMATCH', certainty: 'exact', wholeWord: true },
    { phrase: 'tailscale_user_missing', certainty: 'exact', wholeWord: true, note: 'Gateway log reason.' },
    { phrase: 'tailscale_proxy_missing', certainty: 'exact', wholeWord: true },
    { phrase: 'tailscale_whois_failed', certainty: 'exact', wholeWord: true },
    { phrase: 'tailscale_user_mismatch', certainty: 'exact', wholeWord: true },
    { phrase: 'tailscale identity missing', certainty: 'strong' },
    { phrase: 'tailscale proxy headers missing', certainty: 'strong' },
    { phrase: 'tailscale identity check failed', certainty: 'strong' },
    { phrase: 'tailscale identity mismatch', certainty: 'strong' },
    {
      phrase: 'use Tailscale Serve auth or gateway token/password',
      certainty: 'strong',
      weight: 0.7,
      hint: true,
      note: 'Hint of the identity missing / check failed / mismatch messages.',
    },
    {
      phrase: 'use Tailscale Serve or gateway token/password',
      certainty: 'strong',
      weight: 0.7,
      hint: true,
      note: 'Hint of the proxy-headers message.',
    },
  ],
  examples: [
    'unauthorized: tailscale identity missing (use Tailscale Serve auth or gateway token/password)',
    'unauthorized: tailscale proxy headers missing (use Tailscale Serve or gateway token/password)',
    'disconnected (1008): unauthorized: tailscale identity check failed (use Tailscale Serve auth or gateway token/password)',
    'gateway closed (1008): unauthorized: tailscale identity mismatch (use Tailscale Serve auth or gateway token/password)',
    '[ws] unauthorized conn=a01b peer=100.64.0.12:51514 client=openclaw-control-ui webchat auth=none device=yes reason=tailscale_proxy_missing',
    '{"authReason":"tailscale_whois_failed","details":{"code":"AUTH_TAILSCALE_WHOIS_FAILED"}}',
    '(use Tailscale Serve or gateway token/password)',
  ],
  nearMisses: [
    "tailscale: failed to connect to local tailscaled; it doesn't appear to be running",
    'Serve is not enabled on your tailnet. To enable, visit: https://login.tailscale.com/f/serve',
    'unauthorized: gateway token missing (provide gateway auth token)',
    'gateway tls fingerprint mismatch',
  ],
  notToBeConfusedWith: {
    'gateway-token-missing':
      'The gateway was ready to admit you by Tailscale identity and that check failed; sending the gateway token is one fix, the Tailscale Serve URL the other.',
  },
  causes: [
    {
      id: 'not-through-tailscale-serve',
      title: 'The client did not come through Tailscale Serve',
      explanation:
        'Opening the gateway by its tailnet IP or with :18789, through an SSH tunnel or another reverse proxy, skips Serve, so there are no identity headers ("proxy headers missing").',
      likelihood: 35,
      adjustments: [
        { when: 'client-control-ui', change: 10, because: 'Browsers are usually the ones meant to use Serve auth.' },
      ],
      steps: [
        {
          title: 'Check what Tailscale Serve publishes on the gateway host',
          detail: 'Open the https://…ts.net URL it shows, not the tailnet IP with a port.',
          command: { all: 'tailscale serve status' },
        },
        {
          title: 'Check the gateway side of the setup',
          detail: 'Serve auth needs gateway.tailscale.mode "serve" (with gateway.bind loopback).',
          command: {
            'linux-macos':
              'openclaw config get gateway.tailscale.mode\nopenclaw config get gateway.auth.allowTailscale',
            'windows-powershell':
              'openclaw config get gateway.tailscale.mode\nopenclaw config get gateway.auth.allowTailscale',
            'docker-compose':
              'docker compose exec openclaw-gateway node openclaw.mjs config get gateway.tailscale.mode\ndocker compose exec openclaw-gateway node openclaw.mjs config get gateway.auth.allowTailscale',
          },
        },
      ],
    },
    {
      id: 'no-tailnet-user',
      title: 'The connecting device has no tailnet user identity',
      explanation:
        'Tagged devices (servers, CI, shared nodes) and public Funnel traffic carry no user login, so Serve cannot vouch for anyone ("identity missing"). These clients need the gateway token or password.',
      likelihood: 20,
      adjustments: [
        { when: 'client-other', change: 15, because: 'Nodes and apps often run on tagged devices.' },
        { when: 'client-cli', change: 10, because: 'The CLI usually runs on a server, often a tagged device.' },
      ],
      steps: [
        {
          title: 'Give that client the gateway token instead',
          detail:
            'Print it on the gateway host and store it on the client as gateway.remote.token (or OPENCLAW_GATEWAY_TOKEN for a node).',
          versions: { since: '2026.4.13' },
          command: openclawOnEveryPlatform('gateway auth-token --show'),
        },
        {
          title: 'Store it on the client',
          command: openclawOnEveryPlatform('config set gateway.remote.token <token>'),
        },
      ],
    },
    {
      id: 'tailscaled-unreachable-from-gateway',
      title: 'The gateway cannot ask tailscaled who the peer is',
      explanation:
        'To verify the headers the gateway looks the peer up in tailscaled. When the gateway runs in a container without the host tailscaled, or tailscaled is stopped or logged out, that lookup fails ("identity check failed").',
      likelihood: 20,
      steps: [
        {
          title: 'Check that tailscaled runs and is logged in on the gateway host',
          command: { all: 'tailscale status' },
        },
        {
          title: 'Restart the gateway once tailscaled is up',
          command: {
            'linux-macos': 'openclaw gateway restart',
            'windows-powershell': 'openclaw gateway restart',
            'docker-compose': 'docker compose restart openclaw-gateway',
          },
        },
      ],
    },
    {
      id: 'headers-rewritten-by-another-proxy',
      title: 'Another proxy between Serve and the gateway changed the identity headers',
      explanation:
        'When a second reverse proxy sits in the path, or a client sets Tailscale identity headers itself, what the headers claim no longer matches what tailscaled reports ("identity mismatch"), and the gateway refuses on purpose.',
      likelihood: 10,
      steps: [
        {
          title: 'Let Serve talk to the gateway directly',
          detail:
            'Point `tailscale serve` at http://127.0.0.1:18789 with no other proxy in between, then reconnect through the ts.net URL.',
          command: { all: 'tailscale serve status' },
        },
      ],
    },
    {
      id: 'use-token-auth-instead',
      title: 'You do not need Tailscale identity auth at all',
      explanation:
        'Every client may still use the gateway token or password over the tailnet. The tokenized dashboard URL works through Serve too.',
      likelihood: 15,
      steps: [
        {
          title: 'Open the dashboard with its token',
          command: openclawOnEveryPlatform('dashboard --no-open'),
        },
      ],
    },
  ],
  verify: {
    command: openclawOnEveryPlatform('gateway status'),
    expect:
      'The Control UI opened through the ts.net URL shows connected, and no "unauthorized: tailscale …" line follows in the gateway log.',
  },
  pasteInstead:
    'the full line starting with "unauthorized: tailscale", or the gateway log line with reason=tailscale_…',
});
