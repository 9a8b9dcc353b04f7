import { defineErrorClass } from '../../core/error-class-schema.ts';
import { openclawOnEveryPlatform } from '../platform-commands.ts';

/**
 * `unauthorized: device token scope mismatch (re-pair or approve scope upgrade)`: the device token
 * is valid but was issued for fewer scopes than the client now asks for. Newer than 2026.4.12.
 */
export const deviceTokenScopeMismatch = defineErrorClass({
  id: 'device-token-scope-mismatch',
  title: 'Device token scope mismatch',
  summary:
    'This device’s token is valid, but it was approved for fewer permissions (scopes) than the client now asks for, so the gateway refused it until the upgrade is approved or the device re-pairs.',
  explanation: [
    'OpenClaw checks three layers when a client connects: the shared gateway token, the device token issued at pairing, and pairing approval. A device token is issued for a role and a set of scopes (operator.pairing, for example), chosen when the device was approved.',
    'Here the device token itself is fine, but the client asked for scopes the token does not cover. That typically happens after an upgrade whose client wants more permissions than the old approval granted, or when a different command or tool on the same device asks for admin-level scopes. The gateway does not widen a token by itself: someone on the gateway host has to approve the scope upgrade, or the device pairs again with the new scopes.',
  ],
  signatures: [
    { phrase: 'stored device auth does not grant the required operator scopes', certainty: 'exact' },
    { phrase: 'unauthorized: device token scope mismatch', certainty: 'exact' },
    { phrase: 'AUTH_SCOPE_MISMATCH', certainty: 'exact', wholeWord: true },
    {
      phrase: 'scope_mismatch',
      certainty: 'exact',
      wholeWord: true,
      note: 'Gateway log reason=scope_mismatch. Whole word, so AUTH_SCOPE_MISMATCH counts once.',
    },
    { phrase: 'device token scope mismatch', certainty: 'strong' },
    { phrase: 're-pair or approve scope upgrade', certainty: 'strong', weight: 0.7, hint: true },
    {
      phrase: 'Review approved scopes with `openclaw devices list`; if an upgrade is pending',
      certainty: 'strong',
      weight: 0.75,
      note: 'The newest CLI remediation line for the scope-mismatch kind (connect-error-details.ts).',
    },
  ],
  examples: [
    'Error: stored device auth does not grant the required operator scopes',
    'unauthorized: device token scope mismatch (re-pair or approve scope upgrade)',
    'gateway closed (1008): unauthorized: device token scope mismatch (re-pair or approve scope upgrade)',
    'gateway connect failed: GatewayClientRequestError: unauthorized: device token scope mismatch (re-pair or approve scope upgrade)',
    '[ws] unauthorized conn=2f9d peer=127.0.0.1:53300 client=cli cli v2026.5.18 role=operator scopes=4 auth=device-token device=yes reason=scope_mismatch',
    '{"error":{"code":"INVALID_REQUEST","details":{"code":"AUTH_SCOPE_MISMATCH","recommendedNextStep":"review_auth_configuration"}}}',
    '(re-pair or approve scope upgrade)',
    'Review approved scopes with `openclaw devices list`; if an upgrade is pending, preview it with `openclaw devices approve --latest`, approve the printed request, then reconnect.',
  ],
  nearMisses: [
    'unauthorized: device token mismatch (rotate/reissue device token)',
    'Error: device token rotation denied (missing scope operator.pairing)',
    'insufficient_scope: the OAuth token does not have the repo scope',
    '[google] calendar.list failed: 403 Request had insufficient authentication scopes.',
  ],
  notToBeConfusedWith: {
    'device-token-mismatch':
      'The device token is still valid here; it only lacks the scopes now requested. Approve the upgrade instead of discarding the token.',
  },
  causes: [
    {
      id: 'upgrade-requests-more-scopes',
      title: 'An upgrade made the client ask for more scopes than it was approved for',
      explanation:
        'New releases add scopes to the CLI, the Control UI or apps. After the upgrade the device asks for them, and the old token does not cover them until the scope upgrade is approved (scope upgrades after updates were widely reported with 2026.2.19 and 2026.4.21).',
      likelihood: 45,
      steps: [
        {
          title: 'Review approved scopes and pending upgrades on the gateway host',
          command: openclawOnEveryPlatform('devices list'),
        },
        {
          title: 'Preview the pending upgrade',
          detail: 'Since 2026.4.10, `--latest` only previews and prints the exact approve command to run.',
          versions: { since: '2026.4.10' },
          command: openclawOnEveryPlatform('devices approve --latest'),
        },
        {
          title: 'Approve that exact request, then reconnect',
          command: openclawOnEveryPlatform('devices approve <requestId>'),
        },
      ],
    },
    {
      id: 'admin-command-on-limited-device',
      title: 'A command or tool asked for scopes this device was never given',
      explanation:
        'A device approved for everyday use then runs something that needs more, such as managing devices (operator.pairing). The token is fine for what it was approved for.',
      likelihood: 25,
      adjustments: [
        { when: 'client-cli', change: 10, because: 'CLI commands such as `openclaw devices …` ask for extra scopes.' },
      ],
      steps: [
        {
          title: 'Approve the scope upgrade for this device if it should have them',
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
      id: 'token-rotated-with-narrower-scopes',
      title: 'The device token was rotated with fewer scopes',
      explanation:
        '`openclaw devices rotate` accepts --scope; a rotation that listed fewer scopes than the client uses leaves a narrower token.',
      likelihood: 15,
      steps: [
        {
          title: 'Rotate the token again for the role the device needs',
          detail: 'Take the device id from `openclaw devices list`. If that does not help, re-pair (next cause).',
          command: openclawOnEveryPlatform('devices rotate --device <deviceId> --role operator'),
        },
      ],
    },
    {
      id: 'upgrade-request-gone',
      title: 'The scope upgrade request was rejected or has expired',
      explanation:
        'Without a pending request there is nothing to approve. Re-pairing makes the device ask again, with the scopes it needs now.',
      likelihood: 15,
      steps: [
        {
          title: 'Remove the device and approve its fresh pairing request',
          command: {
            'linux-macos':
              'openclaw devices remove <deviceId>\nopenclaw devices list\nopenclaw devices approve <requestId>',
            'windows-powershell':
              'openclaw devices remove <deviceId>\nopenclaw devices list\nopenclaw devices approve <requestId>',
            'docker-compose':
              'docker compose exec openclaw-gateway node openclaw.mjs devices remove <deviceId>\ndocker compose exec openclaw-gateway node openclaw.mjs devices approve <requestId>',
          },
        },
      ],
    },
  ],
  verify: {
    command: openclawOnEveryPlatform('devices list'),
    expect:
      'The device shows the new scopes with no pending upgrade, and the client connects without "device token scope mismatch".',
  },
  pasteInstead: 'the full line starting with "unauthorized:", or the output of `openclaw devices list`',
});
