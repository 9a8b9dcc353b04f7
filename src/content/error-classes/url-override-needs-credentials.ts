import { defineErrorClass } from '../../core/error-class-schema.ts';
import { openclawOnEveryPlatform } from '../platform-commands.ts';

/**
 * `gateway url override requires explicit credentials` (since 2026-02-04): the CLI refuses to
 * send the configured token to a URL given on the command line or in OPENCLAW_GATEWAY_URL.
 */
export const urlOverrideNeedsCredentials = defineErrorClass({
  id: 'url-override-needs-credentials',
  title: 'Gateway URL override needs explicit credentials',
  summary:
    'You pointed the CLI at a gateway URL yourself (--url or OPENCLAW_GATEWAY_URL) without giving it a token or password, so it refused to connect.',
  explanation: [
    'Normally the CLI picks the gateway and its credentials together from openclaw.json. When you override the URL, it no longer knows that the configured token belongs to that gateway, and sending your token to an arbitrary address would leak it. So since early February 2026 an overridden URL needs credentials that come with it: --token or --password on the same command, or, for OPENCLAW_GATEWAY_URL, OPENCLAW_GATEWAY_TOKEN / OPENCLAW_GATEWAY_PASSWORD in the environment. Config credentials are never used for an overridden URL.',
    'The CLI refused before dialling: the gateway never saw this attempt, and the token on the gateway is not the problem.',
  ],
  signatures: [
    { phrase: 'gateway url override requires explicit credentials', certainty: 'exact' },
    { phrase: 'Fix: pass --token or --password (or gatewayToken in tools)', certainty: 'strong' },
    {
      phrase: 'No stored device auth for this gateway origin',
      certainty: 'exact',
      note: 'Newer CLIs: --url to another gateway, and this device was never paired with it.',
    },
  ],
  examples: [
    'Error: No stored device auth for this gateway origin.',
    'Error: gateway url override requires explicit credentials\nFix: pass --token or --password (or gatewayToken in tools).',
    'gateway url override requires explicit credentials',
    '[tools] gateway call failed: gateway url override requires explicit credentials',
  ],
  nearMisses: [
    'gateway remote mode misconfigured: gateway.remote.url missing',
    'unauthorized: gateway token missing (set gateway.remote.token to match gateway.auth.token)',
  ],
  notToBeConfusedWith: {
    'gateway-token-missing':
      'Here the CLI refused before connecting; "gateway token missing" is the gateway answering a connect that carried no token.',
  },
  causes: [
    {
      id: 'url-flag-without-token',
      title: '--url was passed without --token or --password',
      explanation: 'Any command with --url needs the credentials on the same command line.',
      likelihood: 60,
      adjustments: [{ when: 'client-cli', change: 10, because: 'The failing client is the CLI.' }],
      steps: [
        {
          title: 'Print the gateway token on the gateway host',
          detail:
            'Needs an OpenClaw newer than 2026.4.12 and an interactive terminal; on older versions read gateway.auth.token from openclaw.json (`openclaw config get` prints it redacted since 2026.2.22).',
          command: openclawOnEveryPlatform('gateway auth-token --show'),
        },
        {
          title: 'Pass it with the URL',
          command: openclawOnEveryPlatform('devices list --url ws://127.0.0.1:18789 --token <token>'),
        },
      ],
    },
    {
      id: 'env-url-without-env-token',
      title: 'OPENCLAW_GATEWAY_URL is set, but the token lives only in openclaw.json',
      explanation:
        'An exported OPENCLAW_GATEWAY_URL (a shell profile, an .env file, a compose environment) is an override too. It is accepted only when OPENCLAW_GATEWAY_TOKEN or OPENCLAW_GATEWAY_PASSWORD is set beside it.',
      likelihood: 30,
      steps: [
        {
          title: 'Either remove the URL override…',
          command: {
            'linux-macos': 'unset OPENCLAW_GATEWAY_URL',
            'windows-powershell': 'Remove-Item Env:OPENCLAW_GATEWAY_URL',
            'docker-compose': 'docker compose config | grep -n OPENCLAW_GATEWAY_URL',
          },
        },
        {
          title: '…or set the token beside it',
          command: {
            'linux-macos': 'export OPENCLAW_GATEWAY_TOKEN=<token>',
            'windows-powershell': '$env:OPENCLAW_GATEWAY_TOKEN = "<token>"',
            'docker-compose': 'grep -n OPENCLAW_GATEWAY_TOKEN .env',
          },
        },
      ],
    },
    {
      id: 'agent-tool-gateway-url',
      title: 'An agent tool call set a gateway URL without gatewayToken',
      explanation: 'Tools that call the gateway accept a URL and a gatewayToken; a URL alone is refused the same way.',
      likelihood: 10,
      adjustments: [{ when: 'client-other', change: 10, because: 'The failing client is not the CLI proper.' }],
      steps: [
        {
          title: 'Pass gatewayToken with the URL in the tool call, or drop the URL to use the configured gateway',
        },
      ],
    },
  ],
  verify: {
    command: openclawOnEveryPlatform('devices list --url ws://127.0.0.1:18789 --token <token>'),
    expect: 'The device list prints; "gateway url override requires explicit credentials" no longer appears.',
  },
  pasteInstead: 'the command you ran (mask the token) and its first error line',
});
