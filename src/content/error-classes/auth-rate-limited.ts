import { defineErrorClass } from '../../core/error-class-schema.ts';
import { openclawOnEveryPlatform } from '../platform-commands.ts';

/**
 * `unauthorized: too many failed authentication attempts (retry later)` (AUTH_RATE_LIMITED,
 * reason rate_limited): the gateway's auth limiter locked this client out (SOURCE-FACTS §1.2).
 * 10 wrong credentials in 60 s, then 5 minutes; in memory only, so a gateway restart clears it.
 * Exists since 2026.2.14. It is the consequence of the mismatches before it, so it outranks them.
 */
export const authRateLimited = defineErrorClass({
  id: 'auth-rate-limited',
  title: 'Locked out: too many failed authentication attempts',
  summary:
    'The gateway has locked this client out for a few minutes because it sent a wrong token or password too many times in a row.',
  explanation: [
    'Since 2026.2.14 the gateway counts failed authentications per client address (and per browser origin for the Control UI). After 10 failures within 60 seconds it refuses every attempt from that client for 5 minutes and answers "too many failed authentication attempts (retry later)", whatever the client sends, even a correct token.',
    'Only wrong credentials count: a missing token ("gateway token missing") does not burn attempts. So a lockout always hides an earlier mismatch, usually a client or browser tab that reconnects by itself with a stale token. Retrying only extends the lockout.',
    'The counter lives in the gateway’s memory only: restarting the gateway clears it at once. Connections from loopback (127.0.0.1) are exempt by default (gateway.auth.rateLimit.exemptLoopback), except the Control UI in a browser, which is limited per origin since about 2026.2.26.',
  ],
  outranks: [
    'gateway-token-mismatch',
    'device-token-mismatch',
    'gateway-password-mismatch',
    'device-token-rejected',
    'setup-code-invalid',
  ],
  signatures: [
    { phrase: 'node pairing rate limited', certainty: 'strong' },
    { phrase: 'unauthorized: too many failed authentication attempts', certainty: 'exact' },
    { phrase: 'AUTH_RATE_LIMITED', certainty: 'exact', wholeWord: true },
    {
      phrase: 'reason=rate_limited',
      inTheWild: 'samples/auth-rate-limited/buried-in-long-log.txt',
      certainty: 'exact',
      wholeWord: true,
      note: 'The gateway log `[ws] unauthorized` line.',
    },
    {
      phrase: '"authReason":"rate_limited"',
      inTheWild: 'samples/auth-rate-limited/json-auth-reason.txt',
      certainty: 'exact',
      note: 'The same in a JSON log line.',
    },
    {
      phrase: 'too many failed authentication attempts',
      certainty: 'strong',
      note: 'The Control UI short text (since 2026.3.7) and the message without its prefix.',
    },
    {
      phrase: 'Wait for the temporary authentication lockout to expire',
      certainty: 'strong',
      note: 'The newest built-in remediation text for the rate-limited kind.',
    },
    {
      phrase: 'Too many failed attempts',
      certainty: 'weak',
      weight: 0.5,
      note: 'The newer Control UI login card title; generic words, so only a suggestion.',
    },
  ],
  examples: [
    'disconnected (1008): unauthorized: too many failed authentication attempts (retry later)',
    'gateway connect failed: GatewayClientRequestError: unauthorized: too many failed authentication attempts (retry later)',
    'gateway closed (1008): unauthorized: too many failed authentication attempts (retry later)',
    '[ws] unauthorized conn=4be1 peer=192.168.1.40:51522 remote=192.168.1.40 client=openclaw-control-ui webchat v2026.3.2 auth=token device=yes reason=rate_limited',
    '{"ok":false,"error":{"code":"INVALID_REQUEST","message":"unauthorized: too many failed authentication attempts (retry later)","details":{"code":"AUTH_RATE_LIMITED","recommendedNextStep":"wait_then_retry"}}}',
    'too many failed authentication attempts',
  ],
  nearMisses: [
    'LLM request failed: 429 Too Many Requests (rate_limit): retry in 30s',
    'Provider anthropic is in cooldown (rate_limit) for 60s',
    'gateway closed (1008): repeated unauthorized calls',
    'Telegram: 429: Too Many Requests: retry after 5',
  ],
  notToBeConfusedWith: {
    'gateway-token-mismatch':
      'The lockout is what the gateway answers now; the mismatches before it are why. Clear the lockout first, then fix the token.',
    'device-token-mismatch':
      'The lockout is what the gateway answers now; the stale device token is why. Clear the lockout first, then re-pair.',
  },
  causes: [
    {
      id: 'client-retrying-with-a-wrong-token',
      title: 'A client keeps reconnecting with a wrong or stale token',
      explanation:
        'A dashboard tab, the macOS app, a node or a wrapper retries on its own every few seconds with the token it holds. Ten failures in a minute are enough. Stop it first, or it locks you out again right after the lockout ends.',
      likelihood: 70,
      adjustments: [
        {
          when: 'client-control-ui',
          change: 10,
          because: 'The Control UI reconnects by itself: an open tab with an old token keeps failing.',
        },
      ],
      steps: [
        {
          title: 'Stop the client that keeps retrying',
          detail:
            'Close every dashboard tab for this gateway, quit the app, stop the node or wrapper. The gateway log shows which one: look for the peer= and client= of the failing lines.',
          command: {
            'linux-macos': 'openclaw logs',
            'windows-powershell': 'openclaw logs',
            'docker-compose': 'docker compose logs --tail 200 openclaw-gateway',
          },
        },
        {
          title: 'Clear the lockout: restart the gateway (or wait 5 minutes)',
          detail: 'The limiter is kept in memory only, so a restart resets it immediately.',
          command: {
            'linux-macos': 'openclaw gateway restart',
            'windows-powershell': 'openclaw gateway restart',
            'docker-compose': 'docker compose restart openclaw-gateway',
          },
        },
        {
          title: 'Fix the credential before you reconnect',
          detail:
            'Open the fix for the mismatch that came before the lockout (gateway token or device token). For the Control UI, a fresh tokenized URL is usually enough.',
          command: openclawOnEveryPlatform('dashboard --no-open'),
        },
      ],
    },
    {
      id: 'stale-device-token-after-upgrade',
      title: 'A stale device token after an upgrade or re-pair burnt the attempts',
      explanation:
        'After an upgrade or a reset of the gateway state, a client keeps presenting the device token it cached; each attempt fails and counts. Clearing the lockout is not enough: the device has to drop the stale token and be approved again.',
      likelihood: 20,
      steps: [
        {
          title: 'Restart the gateway to clear the lockout',
          command: {
            'linux-macos': 'openclaw gateway restart',
            'windows-powershell': 'openclaw gateway restart',
            'docker-compose': 'docker compose restart openclaw-gateway',
          },
        },
        {
          title: 'Discard the cached device token on the client, then approve the new request',
          detail: 'In a browser: clear the site data of the dashboard instead of moving the file.',
          command: {
            'linux-macos':
              'mv ~/.openclaw/identity/device-auth.json ~/.openclaw/identity/device-auth.json.bak\nopenclaw devices list\nopenclaw devices approve <requestId>',
            'windows-powershell':
              'Move-Item $env:USERPROFILE\\.openclaw\\identity\\device-auth.json $env:USERPROFILE\\.openclaw\\identity\\device-auth.json.bak\nopenclaw devices list\nopenclaw devices approve <requestId>',
            'docker-compose':
              'docker compose exec openclaw-gateway node openclaw.mjs devices list\ndocker compose exec openclaw-gateway node openclaw.mjs devices approve <requestId>',
          },
        },
      ],
    },
    {
      id: 'someone-else-guessing',
      title: 'Something else on the network is trying tokens',
      explanation:
        'When none of your clients is failing, the attempts come from another address: a scanner or a forgotten machine reaching an exposed gateway. The lockout protects you; find the address and close the exposure.',
      likelihood: 10,
      steps: [
        {
          title: 'Find the address in the gateway log',
          detail:
            'The failing lines carry peer= and remote=. An address you do not know means the port is reachable from outside.',
          command: {
            'linux-macos': 'openclaw logs',
            'windows-powershell': 'openclaw logs',
            'docker-compose': 'docker compose logs --tail 500 openclaw-gateway',
          },
        },
        {
          title: 'Keep the gateway on loopback and reach it through a tunnel or Tailscale Serve',
          command: openclawOnEveryPlatform('gateway status'),
        },
      ],
    },
  ],
  verify: {
    command: openclawOnEveryPlatform('gateway status'),
    expect:
      'The RPC probe no longer fails with "too many failed authentication attempts", and the gateway log shows no new reason=rate_limited lines once your client reconnects with the right credential.',
  },
  pasteInstead:
    'the gateway log lines from before the lockout (`openclaw logs`): the "unauthorized … reason=" lines say which credential was wrong',
});
