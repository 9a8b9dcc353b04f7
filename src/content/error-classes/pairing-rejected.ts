import { defineErrorClass } from '../../core/error-class-schema.ts';
import { openclawOnEveryPlatform } from '../platform-commands.ts';

/**
 * The Control UI's pairing decision came back negative: `This browser's access request was
 * declined.` / `…expired.` (PAIRING_REJECTED / PAIRING_EXPIRED; the UI closes with 4008
 * `pairing rejected` / `pairing expired`). Newer than 2026.4.12.
 */
export const pairingRejected = defineErrorClass({
  id: 'pairing-rejected',
  title: 'Pairing request declined or expired',
  summary:
    'This browser asked the gateway to be paired, and the request was declined on the gateway host or expired before anyone approved it.',
  explanation: [
    'OpenClaw checks three layers when a client connects: the shared gateway token, then the device token of a paired device, then pairing approval. A new browser passes the first layer and then waits as a pending pairing request until someone on the gateway host approves it.',
    'Here the wait ended without approval: the request was rejected (with `openclaw devices reject <requestId>` or from another paired client), or it stayed pending too long and expired. The browser will not retry that request. A new connect creates a new request, which then needs approval by its own request id.',
  ],
  signatures: [
    {
      phrase: "This browser's access request was declined",
      inTheWild: 'samples/pairing-rejected/control-ui-declined-card.txt',
      certainty: 'exact',
    },
    {
      phrase: "This browser's access request expired",
      inTheWild: 'samples/pairing-rejected/browser-console-expired-crlf.txt',
      certainty: 'exact',
    },
    {
      phrase: 'PAIRING_REJECTED',
      inTheWild: 'samples/pairing-rejected/expired-and-rejected-codes.txt',
      certainty: 'exact',
      wholeWord: true,
    },
    {
      phrase: 'PAIRING_EXPIRED',
      inTheWild: 'samples/pairing-rejected/browser-console-expired-crlf.txt',
      certainty: 'exact',
      wholeWord: true,
    },
    {
      phrase: '(4008): pairing rejected',
      inTheWild: 'samples/pairing-rejected/control-ui-declined-card.txt',
      certainty: 'exact',
      note: 'The Control UI close: `disconnected (4008): …`.',
    },
    {
      phrase: '(4008): pairing expired',
      inTheWild: 'samples/pairing-rejected/expired-and-rejected-codes.txt',
      certainty: 'exact',
    },
    { phrase: 'disconnected (4008): pairing rejected', certainty: 'exact' },
    { phrase: 'disconnected (4008): pairing expired', certainty: 'exact' },
    {
      phrase: 'reason=pairing rejected',
      inTheWild: 'samples/pairing-rejected/buried-in-long-log.txt',
      certainty: 'strong',
      note: 'Gateway log `closed … code=4008 reason=…`.',
    },
    {
      phrase: 'reason=pairing expired',
      inTheWild: 'samples/pairing-rejected/expired-and-rejected-codes.txt',
      certainty: 'strong',
    },
    {
      phrase: 'pairing rejected',
      certainty: 'weak',
      weight: 0.5,
      wholeWord: true,
      note: 'The close reason alone; chat DM pairing logs say "pairing request … rejected", not this.',
    },
    { phrase: 'pairing expired', certainty: 'weak', weight: 0.5, wholeWord: true },
    {
      phrase: 'unknown requestId',
      certainty: 'weak',
      weight: 0.55,
      wholeWord: true,
      note: '`openclaw devices approve <id>` for a request that no longer exists: expired, already handled, or mistyped.',
    },
  ],
  examples: [
    "This browser's access request was declined.",
    "This browser's access request expired.",
    'disconnected (4008): pairing rejected',
    'disconnected (4008): pairing expired',
    '{"ok":false,"error":{"code":"NOT_PAIRED","message":"pairing rejected","details":{"code":"PAIRING_REJECTED"}}}',
    '{"details":{"code":"PAIRING_EXPIRED","requestId":"4a1b"}}',
    '[ws] closed conn=41ac peer=192.168.1.57:61544 code=4008 reason=pairing expired',
    '$ openclaw devices approve 3f6e2b9c-8d41-4f0a-9b1e-2c7d5a6e8f10\nError: unknown requestId',
  ],
  nearMisses: [
    '[discord] DM pairing request from 812345678901234567 was rejected by owner',
    '[whatsapp] pairing code 4HX2QP for +15551234567 expired (not approved within 60 min)',
    'disconnected (1008): pairing required',
    'disconnected (4008): connect failed',
  ],
  notToBeConfusedWith: {
    'pairing-required':
      'Pairing required means the request is still pending and can be approved now; declined or expired means that request is over and the browser must make a new one.',
  },
  causes: [
    {
      id: 'request-expired-before-approval',
      title: 'Nobody approved the request in time',
      explanation:
        'Pending pairing requests do not wait forever. If the approval on the gateway host came late, or was run against another request id, this browser request expired.',
      likelihood: 50,
      steps: [
        {
          title: 'Reload the Control UI to create a fresh request',
          detail: 'Reload the page (or click Connect); it shows "pairing required" again with a new request.',
        },
        {
          title: 'On the gateway host, find the new request and approve it by id right away',
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
      id: 'request-rejected-on-gateway',
      title: 'The request was rejected on the gateway host',
      explanation:
        'Someone ran `openclaw devices reject <requestId>`, declined it from a paired client, or cleared pending requests (`openclaw devices clear --pending`). If that was a mistake, a new request is needed; if not, this browser is not meant to connect.',
      likelihood: 40,
      steps: [
        {
          title: 'Check with whoever administers the gateway',
          detail: 'If the rejection was intended, stop here. Otherwise reload the Control UI to create a new request.',
        },
        {
          title: 'Approve the new request by its id',
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
      id: 'wrong-request-handled',
      title: 'A different request was approved, and this one was left to expire or swept up',
      explanation:
        'With several browsers or devices pairing at once, approving "the latest" request can pick another device; clearing pending requests also declines this one. Always match the request id to the device shown in the list.',
      likelihood: 10,
      steps: [
        {
          title: 'List requests and match the client and platform to this browser',
          command: openclawOnEveryPlatform('devices list --json'),
        },
      ],
    },
  ],
  verify: {
    command: openclawOnEveryPlatform('devices list'),
    expect:
      'This browser appears as a paired device, and after a reload the Control UI shows connected instead of "access request was declined/expired".',
  },
  pasteInstead: 'the Control UI message, or the output of `openclaw devices list` on the gateway host',
});
