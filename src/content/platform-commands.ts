import type { FixStep, PlatformCommand } from '../core/error-class-schema.ts';

/**
 * The commonest fix step: one `openclaw` subcommand that reads the same in a Linux/macOS shell and
 * in PowerShell, and runs inside the gateway container under Docker Compose (the image's CLI is
 * `node openclaw.mjs`, SOURCE-FACTS §4). Written once here so 40 class files do not repeat it.
 */
export function openclawOnEveryPlatform(subcommand: string): PlatformCommand {
  return {
    'linux-macos': `openclaw ${subcommand}`,
    'windows-powershell': `openclaw ${subcommand}`,
    'docker-compose': `docker compose exec openclaw-gateway node openclaw.mjs ${subcommand}`,
  };
}

/**
 * How to read the gateway token where `openclaw gateway auth-token --show` does not exist yet
 * (2026.4.12 and older): `config get` before it started redacting secrets, and the config file
 * itself on any version. Shared by every class whose fix starts with "print the gateway token".
 */
export const readGatewayTokenOnOlderVersions: readonly FixStep[] = [
  {
    title: 'On OpenClaw before 2026.2.22, print it with config get',
    detail: 'From 2026.2.22 on, config get prints a redacted placeholder (__OPENCLAW_REDACTED__) instead of the token.',
    command: openclawOnEveryPlatform('config get gateway.auth.token'),
    versions: { before: '2026.2.22' },
  },
  {
    title: 'On any version, read it from openclaw.json on the gateway host',
    detail:
      'The gateway uses gateway.auth.token from ~/.openclaw/openclaw.json (or $OPENCLAW_CONFIG_PATH) first, and OPENCLAW_GATEWAY_TOKEN from its environment when the config has none.',
    command: {
      'linux-macos': 'grep -n token ~/.openclaw/openclaw.json\nprintenv OPENCLAW_GATEWAY_TOKEN',
      'windows-powershell':
        'Select-String -Path $env:USERPROFILE\\.openclaw\\openclaw.json -Pattern token\n$env:OPENCLAW_GATEWAY_TOKEN',
      'docker-compose':
        'docker compose exec openclaw-gateway grep -n token /home/node/.openclaw/openclaw.json\ndocker compose exec openclaw-gateway printenv OPENCLAW_GATEWAY_TOKEN',
    },
  },
];
