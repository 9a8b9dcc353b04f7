import { defineErrorClass } from '../../core/error-class-schema.ts';
import { openclawOnEveryPlatform } from '../platform-commands.ts';

/**
 * A wrapper: a bare `unauthorized` close reason (AUTH_UNAUTHORIZED), with nothing after it.
 * At 2026.4.12 the gateway sends it for every trusted-proxy failure (the reason is only in the
 * gateway log) and for unknown reasons; up to 2026.1.20 it sent it for every auth failure
 * (SOURCE-FACTS §1.2, §1.3 history). `atLineEnd` keeps it off "unauthorized: <reason>".
 */
export const unauthorizedWithoutReason = defineErrorClass({
  id: 'unauthorized-without-reason',
  kind: 'wrapper',
  title: '“unauthorized” with no reason',
  summary:
    'The gateway refused the connection as "unauthorized" but did not say why: the reason is only in the gateway log.',
  explanation: [
    'The gateway normally says which check failed ("unauthorized: gateway token mismatch …"). A bare "unauthorized" (detail code AUTH_UNAUTHORIZED) means it chose not to tell the client. On current versions that happens for trusted-proxy authentication: when gateway.auth.mode is trusted-proxy and the request did not come through an allowed proxy with the right identity header, the reason (reason=trusted_proxy_…) is written only to the gateway log.',
    'Very old gateways (2026.1.20 and earlier) answered a bare "unauthorized" for every auth failure, including a plain wrong or missing token. Either way, the gateway log line "[ws] unauthorized … reason=…" names the real cause.',
  ],
  canBe: [
    {
      id: 'trusted-proxy-rejected',
      why: 'With gateway.auth.mode trusted-proxy, every rejection is a bare "unauthorized". Gateway log: reason=trusted_proxy_….',
    },
    {
      id: 'gateway-token-mismatch',
      why: 'On a gateway of 2026.1.20 or older, a wrong token also read just "unauthorized". Gateway log: reason=token_mismatch.',
    },
    {
      id: 'gateway-token-missing',
      why: 'On a gateway of 2026.1.20 or older, a missing token also read just "unauthorized". Gateway log: reason=token_missing.',
    },
    {
      id: 'gateway-password-mismatch',
      why: 'On a gateway of 2026.1.20 or older, a wrong password also read just "unauthorized". Gateway log: reason=password_mismatch.',
    },
  ],
  signatures: [
    { phrase: 'AUTH_UNAUTHORIZED', certainty: 'exact', wholeWord: true },
    { phrase: 'gateway closed (1008): unauthorized', certainty: 'exact', atLineEnd: true },
    { phrase: 'disconnected (1008): unauthorized', certainty: 'exact', atLineEnd: true },
    {
      phrase: 'code=1008 reason=unauthorized',
      certainty: 'exact',
      atLineEnd: true,
      note: 'The gateway log "closed before connect" line with a bare reason.',
    },
    {
      phrase: 'gateway auth failed',
      certainty: 'weak',
      weight: 0.5,
      wholeWord: true,
      note: 'The Control UI short text for AUTH_UNAUTHORIZED (since 2026.3.7); plain words, so only a suggestion.',
    },
  ],
  examples: [
    'gateway closed (1008): unauthorized\nGateway target: wss://openclaw.example.com\nSource: config gateway.remote.url',
    'disconnected (1008): unauthorized',
    '{"ok":false,"error":{"code":"INVALID_REQUEST","message":"unauthorized","details":{"code":"AUTH_UNAUTHORIZED","recommendedNextStep":"review_auth_configuration"}}}',
    '[ws] closed before connect conn=77a1 peer=10.0.0.5:44210 remote=10.0.0.5 origin=https://claw.example.com code=1008 reason=unauthorized',
    'RPC probe: failed\n  gateway closed (1008): unauthorized',
    'gateway auth failed',
  ],
  nearMisses: [
    'gateway closed (1008): unauthorized: gateway token mismatch (set gateway.remote.token to match gateway.auth.token)',
    'disconnected (1008): unauthorized: device token mismatch (rotate/reissue device token)',
    'Telegram: 401: Unauthorized',
    'GET /control-ui-config.json 401 Unauthorized',
    'gateway closed (1008): repeated unauthorized calls',
  ],
  causes: [
    {
      id: 'reason-only-in-gateway-log',
      title: 'The reason is only in the gateway log',
      explanation:
        'Read the "[ws] unauthorized … reason=…" line the gateway wrote for this connect and paste it into the doctor: it names the exact failure.',
      likelihood: 60,
      steps: [
        {
          title: 'On the gateway host, read the log around the failed connect',
          command: {
            'linux-macos': 'openclaw logs',
            'windows-powershell': 'openclaw logs',
            'docker-compose': 'docker compose logs --tail 200 openclaw-gateway',
          },
        },
      ],
    },
    {
      id: 'request-did-not-come-through-the-proxy',
      title: 'Trusted-proxy auth: the request did not come through the allowed proxy',
      explanation:
        'In trusted-proxy mode the gateway accepts only requests from the proxy addresses in gateway.trustedProxies that carry the configured user header. A direct connect, a proxy address that is not listed, or a missing header is refused with a bare "unauthorized".',
      likelihood: 30,
      steps: [
        {
          title: 'Check the auth mode and the trusted proxies on the gateway',
          command: {
            'linux-macos': 'openclaw config get gateway.auth.mode\nopenclaw config get gateway.trustedProxies',
            'windows-powershell': 'openclaw config get gateway.auth.mode\nopenclaw config get gateway.trustedProxies',
            'docker-compose':
              'docker compose exec openclaw-gateway node openclaw.mjs config get gateway.auth.mode\ndocker compose exec openclaw-gateway node openclaw.mjs config get gateway.trustedProxies',
          },
        },
      ],
    },
    {
      id: 'very-old-gateway',
      title: 'A gateway from before 2026.1.21 that never names the reason',
      explanation:
        'Gateways up to 2026.1.20 answered every auth failure with a bare "unauthorized". Check the token first, and update the gateway so it tells you the reason.',
      likelihood: 10,
      steps: [
        {
          title: 'Compare the token on both sides, then update OpenClaw',
          command: openclawOnEveryPlatform('gateway status'),
          versions: { before: '2026.1.21' },
        },
      ],
    },
  ],
  verify: {
    command: openclawOnEveryPlatform('gateway status'),
    expect:
      'The RPC probe no longer prints "gateway closed (1008): unauthorized", and the gateway log has no new "[ws] unauthorized" line for your client.',
  },
  pasteInstead:
    'the gateway log line for this connect (`openclaw logs` on the gateway host): "[ws] unauthorized … reason=…" names the real reason',
});
