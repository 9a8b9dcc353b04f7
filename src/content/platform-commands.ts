import type { PlatformCommand } from '../core/error-class-schema.ts';

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
