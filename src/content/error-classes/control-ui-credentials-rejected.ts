import { defineErrorClass } from '../../core/error-class-schema.ts';
import { openclawOnEveryPlatform } from '../platform-commands.ts';

/**
 * A wrapper: the newer Control UI login card that says the credential was rejected but not which
 * one ("Auth did not match" / "The supplied credential was rejected", and the "Authentication
 * Mismatch … The provided credentials were rejected" text seen in a July 2026 report, which
 * matches a back-translation of the zh card 认证不匹配; SOURCE-FACTS §1.7). The card is shown for
 * a rejected token or password, so it hides one of the mismatch classes; its "Raw error"
 * disclosure holds the exact reason.
 */
export const controlUiCredentialsRejected = defineErrorClass({
  id: 'control-ui-credentials-rejected',
  kind: 'wrapper',
  title: 'Control UI: “credentials were rejected” card',
  summary:
    'The dashboard says the token or password it sent was rejected, but the card does not say which credential: most often a stale token, or one from another gateway.',
  explanation: [
    'Newer dashboards replace the raw error with a login card. "Auth did not match" (also seen as "Authentication Mismatch": "The provided credentials were rejected … the token has expired, or the token belongs to a different Gateway URL") is the card for a credential the gateway refused.',
    'It covers a wrong gateway token, a wrong password and a stale device token alike. Open the card’s "Raw error" disclosure and paste what it shows, or the gateway log line: then Error Doctor can tell which one it is.',
  ],
  canBe: [
    {
      id: 'gateway-token-mismatch',
      why: 'The most common: a stale token, or one copied from another gateway URL. Raw error: "unauthorized: gateway token mismatch".',
    },
    {
      id: 'gateway-password-mismatch',
      why: 'In password mode: the password in the dashboard is not gateway.auth.password. Raw error: "unauthorized: gateway password mismatch".',
    },
    {
      id: 'device-token-mismatch',
      why: 'The browser still presents a device token from before an upgrade or re-pair. Raw error: "unauthorized: device token mismatch".',
    },
  ],
  signatures: [
    {
      phrase: 'The provided credentials were rejected',
      inTheWild: 'samples/control-ui-credentials-rejected/authentication-mismatch-card.txt',
      certainty: 'exact',
    },
    { phrase: 'The supplied credential was rejected', certainty: 'exact' },
    {
      phrase: '提交的凭据被拒绝',
      inTheWild: 'samples/control-ui-credentials-rejected/zh-cn-card.txt',
      certainty: 'exact',
      note: 'The zh card text the English back-translation comes from.',
    },
    {
      phrase: 'Authentication Mismatch',
      inTheWild: 'samples/control-ui-credentials-rejected/authentication-mismatch-card.txt',
      certainty: 'strong',
      wholeWord: true,
    },
    { phrase: 'Auth did not match', certainty: 'strong', wholeWord: true },
    { phrase: '认证不匹配', certainty: 'strong' },
  ],
  examples: [
    'Authentication Mismatch\nThe provided credentials were rejected. The most common causes are that the token has expired, or the token belongs to a different Gateway URL.',
    'Auth did not match\nThe supplied credential was rejected. The most common cause is a stale token or a token copied from another Gateway URL.',
    '认证不匹配\n提交的凭据被拒绝，常见原因是 token 过期或来自另一个 Gateway URL。',
  ],
  nearMisses: [
    'Browser Relay: Gateway token rejected',
    '401 Incorrect API key provided: sk-proj-****. You can find your API key at https://platform.openai.com/account/api-keys.',
    'device token rotation denied',
  ],
  causes: [
    {
      id: 'stale-or-foreign-token',
      title: 'The dashboard holds a stale token, or one from another gateway',
      explanation:
        'The card’s own most common cause. Open the dashboard with a fresh URL printed on the gateway host, so the browser gets the current credential for this gateway.',
      likelihood: 65,
      steps: [
        {
          title: 'Print a fresh dashboard URL on the gateway host and open it',
          command: openclawOnEveryPlatform('dashboard --no-open'),
        },
        {
          title: 'Or print the current token and paste it into the dashboard',
          detail: 'Requires an interactive terminal on the gateway host.',
          command: { all: 'openclaw gateway auth-token --show' },
          versions: { since: '2026.4.13' },
        },
      ],
    },
    {
      id: 'tell-which-credential',
      title: 'Find out which credential was rejected',
      explanation:
        'The card hides the reason. The "Raw error" disclosure under it, or the gateway log, says whether it was the gateway token, the password or the device token.',
      likelihood: 35,
      steps: [
        {
          title: 'Open "Raw error" on the card and paste it into the doctor, or read the gateway log',
          command: {
            'linux-macos': 'openclaw logs',
            'windows-powershell': 'openclaw logs',
            'docker-compose': 'docker compose logs --tail 200 openclaw-gateway',
          },
        },
      ],
    },
  ],
  verify: {
    expect: 'The dashboard connects and shows the chat instead of the login card.',
  },
  pasteInstead:
    'the text under the card’s "Raw error" disclosure, or the gateway log line for this connect (`openclaw logs`): it names the rejected credential',
});
