import { defineErrorClass } from '../../core/error-class-schema.ts';
import { openclawOnEveryPlatform } from '../platform-commands.ts';

/**
 * `openclaw doctor` findings: the installed gateway service (systemd unit, LaunchAgent) carries its
 * own OPENCLAW_GATEWAY_TOKEN. Older `gateway install` baked it in (#19410); it drifts from
 * openclaw.json the next time the token changes.
 */
export const serviceTokenDrift = defineErrorClass({
  id: 'service-token-drift',
  title: 'Gateway service carries its own token',
  summary:
    'The installed gateway service has an OPENCLAW_GATEWAY_TOKEN frozen into its definition, and it no longer matches (or soon will not match) gateway.auth.token in openclaw.json.',
  explanation: [
    'OpenClaw checks three layers when a client connects, and the first is the shared gateway token. Both sides must read the same one: the gateway prefers gateway.auth.token from openclaw.json, the local CLI prefers OPENCLAW_GATEWAY_TOKEN from its environment.',
    'Older versions of `openclaw gateway install` copied the token into the service environment (the systemd unit or the macOS LaunchAgent). That copy never changes when the config does, and processes started by the service see it first. The result is the most common hidden cause of "gateway token mismatch" and even "device token mismatch" reports. `openclaw doctor` detects it; reinstalling the service writes a clean definition.',
  ],
  signatures: [
    { phrase: 'Gateway service OPENCLAW_GATEWAY_TOKEN does not match gateway.auth.token', certainty: 'exact' },
    {
      phrase: 'Gateway service embeds OPENCLAW_GATEWAY_TOKEN and should be reinstalled',
      inTheWild: 'samples/service-token-drift/doctor-output-ansi.txt',
      certainty: 'exact',
    },
  ],
  examples: [
    'Gateway service OPENCLAW_GATEWAY_TOKEN does not match gateway.auth.token in openclaw.json',
    '⚠ Gateway service embeds OPENCLAW_GATEWAY_TOKEN and should be reinstalled.',
  ],
  nearMisses: [
    'unauthorized: gateway token mismatch (set gateway.remote.token to match gateway.auth.token)',
    'Found "gateway.token" in config. Use "gateway.auth.token" instead.',
    'WARN[0000] The "OPENCLAW_GATEWAY_TOKEN" variable is not set. Defaulting to a blank string.',
  ],
  notToBeConfusedWith: {
    'gateway-token-mismatch':
      'This is the cause behind many mismatches: the service holds its own token. Reinstalling the service removes it.',
  },
  causes: [
    {
      id: 'old-install-baked-token',
      title: 'An older `openclaw gateway install` wrote the token into the service',
      explanation:
        'The service definition still holds the token from the day it was installed. Reinstalling with a current OpenClaw writes a definition without it.',
      likelihood: 70,
      steps: [
        {
          title: 'Reinstall the gateway service',
          detail:
            'Docker has no service unit: there, look for OPENCLAW_GATEWAY_TOKEN in the compose environment and .env instead.',
          command: {
            'linux-macos': 'openclaw gateway uninstall\nopenclaw gateway install\nopenclaw gateway restart',
            'windows-powershell': 'openclaw gateway uninstall\nopenclaw gateway install\nopenclaw gateway restart',
            'docker-compose': 'docker compose config | grep -n OPENCLAW_GATEWAY_TOKEN',
          },
        },
        {
          title: 'Run openclaw doctor again',
          command: openclawOnEveryPlatform('doctor'),
        },
      ],
    },
    {
      id: 'token-added-to-service-by-hand',
      title: 'OPENCLAW_GATEWAY_TOKEN was added to the service by hand',
      explanation:
        'An Environment= line in a systemd override, or an entry in the LaunchAgent plist, put there while debugging. Remove it and keep the token in openclaw.json only.',
      likelihood: 30,
      steps: [
        {
          title: 'Find the token in the gateway env files and service overrides',
          detail:
            'Remove the line wherever it appears (also in a systemd override made with systemctl edit), then reinstall as above.',
          command: {
            'linux-macos':
              'grep -rn OPENCLAW_GATEWAY_TOKEN ~/.config/systemd/user ~/Library/LaunchAgents ~/.config/openclaw/gateway.env ~/.openclaw/.env 2>/dev/null',
            'windows-powershell': 'Select-String -Path "$HOME\\.openclaw\\.env" -Pattern OPENCLAW_GATEWAY_TOKEN',
            'docker-compose': 'docker compose config | grep -n OPENCLAW_GATEWAY_TOKEN',
          },
        },
      ],
    },
  ],
  verify: {
    command: openclawOnEveryPlatform('doctor'),
    expect:
      'openclaw doctor no longer reports "Gateway service embeds OPENCLAW_GATEWAY_TOKEN" or a token that does not match.',
  },
  pasteInstead: 'the output of `openclaw doctor`',
});
