import { defineErrorClass } from '../../core/error-class-schema.ts';
import { openclawOnEveryPlatform } from '../platform-commands.ts';

/**
 * `connect unavailable during gateway suspension` / close 1013 `gateway suspension in progress`:
 * the gateway was asked to prepare for host suspension (`openclaw gateway suspend`, used by
 * sleep/hibernate hooks and managed hosts) and refuses new connections until it is resumed.
 */
export const gatewaySuspended = defineErrorClass({
  id: 'gateway-suspended',
  title: 'Gateway suspended',
  summary:
    'The gateway is suspended (or suspending) for a host sleep or maintenance, so it refuses new connections (close code 1013) until it is resumed.',
  explanation: [
    'Newer gateways can be suspended cooperatively: `openclaw gateway suspend` lets active work finish, then refuses every new connect with "connect unavailable during gateway suspension" and closes the socket with code 1013 "gateway suspension in progress". A sleep hook, a managed host or an operator runs it before the machine sleeps or is snapshotted.',
    'Clients are not misconfigured: their credentials were never checked. The gateway accepts connections again once it is resumed (`openclaw gateway resume`), or when it is restarted. If nobody meant to suspend it, a sleep hook that never ran its resume half is the usual reason.',
  ],
  signatures: [
    { phrase: 'connect unavailable during gateway suspension', certainty: 'exact' },
    { phrase: 'gateway suspension in progress', certainty: 'exact' },
    {
      phrase: 'gateway-suspending',
      certainty: 'strong',
      wholeWord: true,
      note: 'The close cause in the gateway log and the error details (reason: "gateway-suspending").',
    },
  ],
  examples: [
    'gateway connect failed: GatewayClientRequestError: connect unavailable during gateway suspension',
    'node host gateway closed (1013): gateway suspension in progress',
    'disconnected (1013): gateway suspension in progress',
    '[ws] closed before connect conn=9d2f peer=127.0.0.1:52114 code=1013 reason=gateway suspension in progress phase=connect_received',
  ],
  nearMisses: [
    'gateway closed (1013): gateway restart in progress',
    'sendChatAction suspended after 5 consecutive 401 errors',
    'systemd-logind: Suspending system...',
  ],
  notToBeConfusedWith: {
    'gateway-restarting': 'A restart comes back by itself in seconds; a suspended gateway waits until it is resumed.',
  },
  causes: [
    {
      id: 'suspended-on-purpose',
      title: 'The gateway was suspended for a host sleep or maintenance',
      explanation:
        'A sleep hook, a managed host or an operator ran `openclaw gateway suspend`. New connections are refused until the matching resume.',
      likelihood: 60,
      steps: [
        {
          title: 'Check the gateway state',
          command: openclawOnEveryPlatform('gateway status'),
        },
        {
          title: 'Resume the gateway when the host is awake again',
          detail: 'On the gateway host. Clients reconnect by themselves once it accepts connections.',
          command: openclawOnEveryPlatform('gateway resume'),
          versions: { since: '2026.9.6' },
        },
      ],
    },
    {
      id: 'resume-never-ran',
      title: 'A sleep hook suspended it and never resumed it',
      explanation:
        'The host woke up but the resume half of the hook did not run (it failed, or only the suspend half is installed), so the gateway stays suspended.',
      likelihood: 40,
      steps: [
        {
          title: 'Restart the gateway to clear the suspension',
          detail:
            'A restart starts a fresh gateway that accepts connections; then fix the hook so it resumes after wake.',
          command: openclawOnEveryPlatform('gateway restart'),
        },
      ],
    },
  ],
  verify: {
    command: openclawOnEveryPlatform('gateway status'),
    expect: 'The gateway reports it is running and accepting connections; clients connect without a 1013 close.',
  },
  pasteInstead: 'the gateway log around the close, with the lines that mention suspend or resume',
});
