import { defineErrorClass } from '../../core/error-class-schema.ts';
import { openclawOnEveryPlatform } from '../platform-commands.ts';

/**
 * `AUTH_VERIFIED_USER_REQUIRED`: the gateway has named operator roles, which need to know which
 * person connects; a device token or setup code identifies a device, not a person.
 */
export const verifiedIdentityRequired = defineErrorClass({
  id: 'verified-identity-required',
  title: 'Verified identity required',
  summary:
    'This gateway has named operator roles, and the way you connected (a device or setup token) cannot say who you are, so it refused the connection.',
  explanation: [
    'With named roles (gateway.roles) the gateway grants operator access per person. A person is verified by a trusted proxy (an SSO or Cloudflare Access in front of the gateway) or by Tailscale Serve. A device token or a setup code only proves which device connects, so the gateway answers "operator role policies require a verified user identity for this authentication method" (detail code AUTH_VERIFIED_USER_REQUIRED), and the Control UI shows the card "Verified identity required".',
    'Reconnect through the proxy or Tailscale URL, so the gateway sees your identity. For trusted local access on the gateway host, the shared gateway token or password still works.',
  ],
  signatures: [
    { phrase: 'operator role policies require a verified user identity', certainty: 'exact' },
    { phrase: 'AUTH_VERIFIED_USER_REQUIRED', certainty: 'exact', wholeWord: true },
  ],
  examples: [
    'gateway connect failed: GatewayClientRequestError: operator role policies require a verified user identity for this authentication method; reconnect through the trusted proxy or Tailscale, or use the shared gateway token',
    '{"type":"res","ok":false,"error":{"code":"INVALID_REQUEST","details":{"code":"AUTH_VERIFIED_USER_REQUIRED"}}}',
    'Verified identity required\nThis Gateway has named roles enabled. Device and setup tokens cannot identify a person.',
  ],
  nearMisses: ['unauthorized: tailscale identity missing (use Tailscale Serve auth or gateway token/password)'],
  notToBeConfusedWith: {
    'trusted-proxy-rejected':
      'Here nothing identified you at all; a trusted-proxy rejection means the proxy’s identity or headers were refused.',
  },
  causes: [
    {
      id: 'connected-around-the-proxy',
      title: 'You connected directly, not through the proxy or Tailscale URL',
      explanation:
        'The gateway verifies people through a trusted proxy or Tailscale Serve. Opening it by its LAN address or a tunnel skips them.',
      likelihood: 65,
      steps: [
        {
          title: 'Open the dashboard through the authenticated URL',
          detail:
            'Use the SSO / Cloudflare Access / Tailscale Serve URL your gateway is published under, and sign in there.',
          command: openclawOnEveryPlatform('dashboard --no-open'),
        },
      ],
    },
    {
      id: 'local-operator',
      title: 'You are the operator on the gateway host',
      explanation: 'For trusted local access, the shared gateway token or password identifies the operator.',
      likelihood: 35,
      steps: [
        {
          title: 'Print the gateway token and use it as the Gateway secret',
          detail: 'On the gateway host, in an interactive terminal.',
          command: openclawOnEveryPlatform('gateway auth-token --show'),
          versions: { since: '2026.4.14' },
        },
      ],
    },
  ],
  verify: {
    command: openclawOnEveryPlatform('devices list'),
    expect: 'The connection succeeds and your device is listed with the operator role.',
  },
  pasteInstead: 'the Control UI card with its Raw error, or the gateway log line for the rejected connect',
});
