import { defineErrorClass } from '../../core/error-class-schema.ts';
import { openclawOnEveryPlatform } from '../platform-commands.ts';

/**
 * Trusted-proxy auth (gateway.auth.mode "trusted-proxy") refused a connection. At 2026.4.12 the
 * client only sees a bare `unauthorized`; the reason is in the gateway log (`reason=trusted_proxy_…`).
 * Newer builds name it to the client, in messages longer than the 120-byte close reason, so the
 * signatures are prefixes that survive the truncation.
 */
export const trustedProxyRejected = defineErrorClass({
  id: 'trusted-proxy-rejected',
  title: 'Trusted proxy authentication rejected',
  summary:
    'The gateway is set to trust an authenticating reverse proxy, and this connection did not carry an identity it accepts: wrong proxy address, a missing or disallowed user header, or a client that bypassed the proxy.',
  explanation: [
    'OpenClaw usually checks a shared gateway token, then the device token issued at pairing, then pairing approval. In trusted-proxy mode (gateway.auth.mode "trusted-proxy") the first layer is different: a reverse proxy you run (oauth2-proxy, Authelia, Pomerium, an identity-aware edge) signs users in and forwards who they are in a header (gateway.auth.trustedProxy.userHeader). The gateway believes that header only from the addresses in gateway.trustedProxies.',
    'A token cannot stand in for that. The gateway refuses when the request comes from an address that is not a trusted proxy (or straight from loopback, bypassing it), when the user header or another required header is missing, when the user is not in allowUsers, or when the configuration itself is incomplete. Up to 2026.4.12 the client only sees "unauthorized"; the gateway log says which (reason=trusted_proxy_…).',
    'Newer builds also insist that the proxy overwrites forwarded client headers ("proxy client attribution is required"), and tell a node that connected without a usable machine credential to run openclaw doctor on the gateway.',
  ],
  signatures: [
    { phrase: 'gateway auth mode is trusted-proxy, but', certainty: 'exact' },
    { phrase: 'identity-aware proxy rejected', certainty: 'strong' },
    {
      phrase: 'gateway rejected this node: trusted-proxy identity-header authentication is required',
      certainty: 'exact',
      note: 'Prefix of a 168-byte message; the close reason is cut at 120 bytes after "…machine credential wa".',
    },
    {
      phrase: 'unauthorized: proxy client attribution is required',
      certainty: 'exact',
      note: 'Prefix of a 166-byte message; survives the 120-byte close-reason cut.',
    },
    {
      phrase: 'proxy attribution required',
      inTheWild: 'samples/trusted-proxy-rejected/proxy-attribution-identifier.txt',
      certainty: 'strong',
      wholeWord: true,
      note: 'The short form and its identifier `proxy_attribution_required`.',
    },
    { phrase: 'AUTH_IDENTITY_HEADER_REQUIRED', certainty: 'exact', wholeWord: true },
    { phrase: 'trusted_proxy_no_request', certainty: 'exact', wholeWord: true },
    { phrase: 'trusted_proxy_untrusted_source', certainty: 'exact', wholeWord: true },
    { phrase: 'trusted_proxy_loopback_source', certainty: 'exact', wholeWord: true },
    {
      phrase: 'trusted_proxy_missing_header_',
      certainty: 'exact',
      note: 'Followed by the header name (trusted_proxy_missing_header_x-forwarded-user), so a literal prefix, not whole word.',
    },
    { phrase: 'trusted_proxy_user_missing', certainty: 'exact', wholeWord: true },
    { phrase: 'trusted_proxy_user_not_allowed', certainty: 'exact', wholeWord: true },
    { phrase: 'trusted_proxy_origin_not_allowed', certainty: 'exact', wholeWord: true },
    { phrase: 'trusted_proxy_config_missing', certainty: 'exact', wholeWord: true },
    { phrase: 'trusted_proxy_no_proxies_configured', certainty: 'exact', wholeWord: true },
    {
      phrase: 'reason=trusted_proxy_',
      inTheWild: 'samples/trusted-proxy-rejected/buried-in-long-log.txt',
      certainty: 'strong',
      note: 'Any trusted-proxy reason in the gateway log, also ones added after 2026.4.12.',
    },
    {
      phrase: '"authReason":"trusted_proxy_',
      inTheWild: 'samples/trusted-proxy-rejected/json-auth-reason.txt',
      certainty: 'strong',
      note: 'The same in a JSON log line.',
    },
    {
      phrase: 'configure gateway.trustedProxies narrowly',
      certainty: 'strong',
      weight: 0.7,
      hint: true,
      note: 'The hint of the attribution message, in case the reason before it was cut off.',
    },
    {
      phrase: 'it rejected the proxy identity or forwarding information',
      certainty: 'strong',
      note: 'Control UI card "Proxy authentication required". The bare title is left out on purpose: HTTP 407 says the same words.',
    },
    { phrase: 'A Gateway token cannot replace proxy authentication', certainty: 'strong', note: 'Same card.' },
    {
      phrase: 'An identity-aware proxy rejected the WebSocket upgrade',
      certainty: 'strong',
      note: 'Newest CLI remediation (kind identity-proxy): the edge in front of the gateway refused the client.',
    },
    {
      phrase: 'configure its token header or service-token headers in gateway.remote.edgeAuth',
      certainty: 'strong',
      note: 'The Cloudflare Access variant of the same remediation.',
    },
  ],
  examples: [
    'Error: gateway auth mode is trusted-proxy, but no trustedProxy config was provided (set gateway.auth.trustedProxy)',
    'node host gateway closed (1008): gateway rejected this node: trusted-proxy identity-header authentication is required and no usable machine credential wa',
    '[ws] unauthorized conn=9e01 peer=172.19.0.5:48820 remote=172.19.0.5 client=openclaw-control-ui webchat auth=none device=yes reason=trusted_proxy_untrusted_source',
    'gateway closed (1008): unauthorized: proxy client attribution is required (configure gateway.trustedProxies narrowly and make the proxy overwri',
    'Proxy authentication required\nThe Gateway is reachable, but it rejected the proxy identity or forwarding information.',
    'An identity-aware proxy rejected the WebSocket upgrade. Configure gateway.remote.edgeAuth for the configured Gateway origin, then reconnect.',
    '[ws] unauthorized conn=1c77 peer=10.0.0.3:40112 client=openclaw-control-ui webchat auth=none device=yes reason=trusted_proxy_missing_header_x-forwarded-user',
    '{"level":"warn","subsystem":"gateway/ws","msg":"unauthorized","authReason":"trusted_proxy_user_not_allowed"}',
    '{"details":{"code":"AUTH_IDENTITY_HEADER_REQUIRED"}}',
  ],
  nearMisses: [
    'npm error 407 Proxy Authentication Required - GET https://registry.npmjs.org/openclaw',
    'HTTP/1.1 407 Proxy Authentication Required',
    'gateway closed (1008): unauthorized',
    'origin not allowed (open the Control UI from the gateway host or allow it in gateway.controlUi.allowedOrigins)',
    'Browser Relay: Gateway token rejected',
  ],
  notToBeConfusedWith: {
    'gateway-token-mismatch':
      'In trusted-proxy mode the gateway does not take a token at all: the proxy’s identity header is the credential.',
    'tailscale-auth-failed':
      'Tailscale Serve identity is its own mode; this is a proxy you configured in gateway.trustedProxies.',
  },
  causes: [
    {
      id: 'proxy-address-not-trusted',
      title: 'The proxy connects from an address that is not in gateway.trustedProxies',
      explanation:
        'The gateway believes identity headers only from listed addresses. A proxy in Docker reaches the gateway from a bridge address (172.x), a proxy on another host from its LAN address; when that address is missing the log says trusted_proxy_untrusted_source (or trusted_proxy_no_proxies_configured when the list is empty).',
      likelihood: 30,
      steps: [
        {
          title: 'Read the peer address the gateway saw in its log',
          detail: 'The unauthorized line shows peer= and remote=: that is the address the gateway has to trust.',
          command: {
            'linux-macos': 'openclaw logs',
            'windows-powershell': 'openclaw logs',
            'docker-compose': 'docker compose logs openclaw-gateway',
          },
        },
        {
          title: 'Compare it with the trusted proxy list',
          detail:
            'Add the proxy’s exact address to gateway.trustedProxies in openclaw.json (keep the list narrow), then restart the gateway.',
          command: openclawOnEveryPlatform('config get gateway.trustedProxies'),
        },
      ],
    },
    {
      id: 'proxy-does-not-forward-user-header',
      title: 'The proxy does not send the user header on the WebSocket request',
      explanation:
        'The proxy must put the signed-in user into the header named by gateway.auth.trustedProxy.userHeader, also on the WebSocket upgrade, and send every header in requiredHeaders. A route that skips auth for /ws, or a header name that differs in spelling, gives trusted_proxy_user_missing or trusted_proxy_missing_header_….',
      likelihood: 25,
      steps: [
        {
          title: 'Check which headers the gateway expects',
          detail:
            'Then make the proxy set exactly those on every request it forwards to port 18789, WebSocket upgrades included.',
          command: openclawOnEveryPlatform('config get gateway.auth.trustedProxy'),
        },
      ],
    },
    {
      id: 'client-bypasses-proxy',
      title: 'A client connects to the gateway directly, not through the proxy',
      explanation:
        'A CLI or node on the gateway host dialling 127.0.0.1 (trusted_proxy_loopback_source), or any client using the gateway port instead of the proxy URL, arrives without the identity header. Newer gateways tell such a node that "no usable machine credential was accepted".',
      likelihood: 20,
      adjustments: [
        { when: 'client-other', change: 15, because: 'Node hosts and apps often dial the gateway port directly.' },
        { when: 'client-cli', change: 10, because: 'The CLI on the gateway host dials 127.0.0.1 directly.' },
      ],
      steps: [
        {
          title: 'Run openclaw doctor on the gateway host',
          detail:
            'The node message asks for exactly this: it reports how machine clients can authenticate in this mode.',
          command: openclawOnEveryPlatform('doctor'),
        },
      ],
    },
    {
      id: 'user-not-allowed',
      title: 'The signed-in user is not in allowUsers',
      explanation:
        'The proxy vouched for a user, but gateway.auth.trustedProxy.allowUsers does not list them (trusted_proxy_user_not_allowed). The spelling must match what the proxy sends (often an e-mail address).',
      likelihood: 10,
      steps: [
        {
          title: 'Compare the user in the log with allowUsers',
          command: openclawOnEveryPlatform('config get gateway.auth.trustedProxy'),
        },
      ],
    },
    {
      id: 'forwarded-headers-not-rebuilt',
      title: 'The proxy passes client-supplied forwarded headers through',
      explanation:
        'Newer gateways require "proxy client attribution": gateway.trustedProxies must be narrow and the proxy must overwrite X-Forwarded-For and similar headers rather than append what the client sent.',
      likelihood: 8,
      steps: [
        {
          title: 'Make the proxy overwrite forwarded headers, and narrow gateway.trustedProxies',
          detail:
            'In nginx, set proxy_set_header X-Forwarded-For $remote_addr instead of $proxy_add_x_forwarded_for; in other proxies, use their "trusted hops"/overwrite option. List only the proxy’s own address.',
        },
      ],
    },
    {
      id: 'edge-proxy-rejected-client',
      title: 'An identity-aware edge in front of the gateway refused the client',
      explanation:
        'With Cloudflare Access or a similar edge in front, the client must present the edge’s own credentials before the gateway is even reached. Newer CLIs read them from gateway.remote.edgeAuth.',
      likelihood: 7,
      steps: [
        {
          title: 'Configure the edge credentials for the client, then reconnect',
          detail:
            'Set gateway.remote.edgeAuth on the client for the gateway origin (for Cloudflare Access: its token header or service-token headers).',
        },
      ],
    },
  ],
  verify: {
    command: {
      'linux-macos': 'openclaw logs',
      'windows-powershell': 'openclaw logs',
      'docker-compose': 'docker compose logs openclaw-gateway',
    },
    expect:
      'Reconnecting through the proxy URL shows the Control UI connected, and the gateway log has no new "reason=trusted_proxy_…" line.',
  },
  pasteInstead:
    'the gateway log line "[ws] unauthorized … reason=trusted_proxy_…" (run `openclaw logs` on the gateway host)',
});
