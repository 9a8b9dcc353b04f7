import { defineErrorClass } from '../../core/error-class-schema.ts';
import { openclawOnEveryPlatform } from '../platform-commands.ts';

/**
 * A wrapper: the Control UI's `disconnected (4008): connect failed` and its "Auth failed. Re-copy
 * a tokenized URL…" hint (SOURCE-FACTS §1.7). The browser closes with 4008 after ANY failed
 * connect, and before 2026.2.22 the UI showed "Auth failed" for every rejection (pairing, origin
 * and device identity included), so this text alone never says which reason it was.
 */
export const controlUiConnectFailed = defineErrorClass({
  id: 'control-ui-connect-failed',
  kind: 'wrapper',
  title: 'Control UI: “connect failed” (4008) without the reason',
  summary:
    'The dashboard could not connect, but this text does not say why: 4008 "connect failed" is what the browser reports after any rejected connect.',
  explanation: [
    'When the gateway rejects a connect, it sends the reason and closes the socket; the browser then closes its side with code 4008 "connect failed" (browsers refuse to reuse 1008). Before 2026.2.22 the dashboard showed only that close code, and its "Auth failed. Re-copy a tokenized URL…" hint appeared for every rejection: a wrong token, but also a missing pairing approval, a disallowed origin or a missing device identity.',
    'So this message is a wrapper around the real reason. The gateway always logs the reason: the "[ws] unauthorized … reason=…" or "closed before connect … reason=…" line just before "code=4008 reason=connect failed". Paste that line and Error Doctor can name the failure exactly.',
  ],
  canBe: [
    {
      id: 'gateway-token-mismatch',
      why: 'The most common: the dashboard holds an old token, or one copied from another gateway. Gateway log: reason=token_mismatch.',
    },
    {
      id: 'device-token-mismatch',
      why: 'After an upgrade or re-pair the browser still presents its old device token. Gateway log: reason=device_token_mismatch.',
    },
    {
      id: 'pairing-required',
      why: 'A new browser (or a LAN address) must be approved with openclaw devices approve. Gateway log: pairing required.',
    },
    {
      id: 'gateway-token-missing',
      why: 'The token field is empty (a bare URL or a private window). Gateway log: reason=token_missing.',
    },
    {
      id: 'origin-not-allowed',
      why: 'The dashboard was opened from an address not in gateway.controlUi.allowedOrigins. Gateway log: origin not allowed.',
    },
    {
      id: 'device-identity-required',
      why: 'Plain HTTP on a LAN address: the browser cannot create a device identity. Gateway log: control ui requires device identity.',
    },
    {
      id: 'auth-rate-limited',
      why: 'After many failed tries the gateway locks the browser out for 5 minutes. Gateway log: reason=rate_limited.',
    },
  ],
  signatures: [
    { phrase: 'disconnected (4008): connect failed', certainty: 'exact' },
    {
      phrase: 'code=4008 reason=connect failed',
      certainty: 'exact',
      note: 'The gateway log "closed before connect" line for the Control UI; the real reason is on the line before.',
    },
    {
      phrase: 'Auth failed. Re-copy a tokenized URL with',
      certainty: 'strong',
      note: 'The overview hint; "openclaw", "moltbot" or "clawdbot dashboard --no-open" follows.',
    },
    {
      phrase: 'Auth failed. Update the token or password in Control UI settings',
      inTheWild: 'samples/control-ui-connect-failed/auth-failed-hint-card.txt',
      certainty: 'strong',
      note: 'The same hint as worded briefly in early February 2026.',
    },
    { phrase: '身份验证失败。请使用', certainty: 'strong', note: 'The zh-CN "Auth failed" hint.' },
  ],
  examples: [
    'disconnected (4008): connect failed',
    'disconnected (4008): connect failed\nAuth failed. Re-copy a tokenized URL with openclaw dashboard --no-open, or update the token, then click Connect.',
    'Auth failed. Re-copy a tokenized URL with moltbot dashboard --no-open, or update the token, then click Connect.',
    'Auth failed. Re-copy a tokenized URL with clawdbot dashboard --no-open, or update the token, then click Connect.',
    'Auth failed. Update the token or password in Control UI settings, then click Connect.',
    '身份验证失败。请使用 openclaw dashboard --no-open 重新复制令牌化 URL，或更新令牌，然后点击连接。',
    '2026-02-18T09:12:44.120Z [ws] closed before connect conn=51c2 peer=192.168.1.23:53320 remote=192.168.1.23 origin=http://192.168.1.10:18789 code=4008 reason=connect failed',
  ],
  nearMisses: [
    'disconnected (1008): unauthorized: gateway token mismatch (open the dashboard URL and paste the token in Control UI settings)',
    'gateway connect failed: Error: unauthorized: gateway token missing (set gateway.remote.token to match gateway.auth.token)',
    'Browser Relay: Gateway token rejected. Check the relay token in the extension options.',
    'Telegram: connect failed (ETIMEDOUT), retrying in 5s',
  ],
  causes: [
    {
      id: 'reason-not-in-this-text',
      title: 'The real reason is in the gateway log, not in the dashboard',
      explanation:
        'Read the reason the gateway logged for this connect, then follow the fix for that reason. The list above is ranked by how often each reason hides behind this message.',
      likelihood: 60,
      steps: [
        {
          title: 'On the gateway host, read the log around the failed connect',
          detail:
            'Look for "[ws] unauthorized … reason=…" or "closed before connect … reason=…" just before "code=4008 reason=connect failed", and paste that line into the doctor.',
          command: {
            'linux-macos': 'openclaw logs',
            'windows-powershell': 'openclaw logs',
            'docker-compose': 'docker compose logs --tail 200 openclaw-gateway',
          },
        },
        {
          title: 'Or ask the gateway directly from its own host',
          detail: 'The RPC probe prints the full reason ("gateway closed (1008): …").',
          command: openclawOnEveryPlatform('gateway status'),
        },
      ],
    },
    {
      id: 'stale-token-in-the-browser',
      title: 'The dashboard holds an old token',
      explanation:
        'The most frequent reason behind this message: re-open the dashboard with a fresh tokenized URL so the browser gets the current token.',
      likelihood: 30,
      steps: [
        {
          title: 'Print a fresh dashboard URL on the gateway host and open it',
          command: openclawOnEveryPlatform('dashboard --no-open'),
        },
      ],
    },
    {
      id: 'browser-waiting-for-approval',
      title: 'This browser waits for pairing approval',
      explanation:
        'A browser opened from another machine or a LAN address is a new device: the gateway host has to approve it once.',
      likelihood: 10,
      steps: [
        {
          title: 'List the pending requests and approve this browser',
          command: {
            'linux-macos': 'openclaw devices list\nopenclaw devices approve <requestId>',
            'windows-powershell': 'openclaw devices list\nopenclaw devices approve <requestId>',
            'docker-compose':
              'docker compose exec openclaw-gateway node openclaw.mjs devices list\ndocker compose exec openclaw-gateway node openclaw.mjs devices approve <requestId>',
          },
        },
      ],
    },
  ],
  verify: {
    command: {
      'linux-macos': 'openclaw logs',
      'windows-powershell': 'openclaw logs',
      'docker-compose': 'docker compose logs --tail 50 openclaw-gateway',
    },
    expect:
      'The dashboard shows connected instead of "disconnected (4008)", and the gateway log has no new "code=4008 reason=connect failed" line for your browser.',
  },
  pasteInstead:
    'the gateway log line just before "code=4008 reason=connect failed" (`openclaw logs` on the gateway host): the "[ws] unauthorized … reason=…" line names the real reason',
});
