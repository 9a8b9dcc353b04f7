import type { SequenceRules } from '../core/classify/detect-sequences.ts';

/*
 * The advice for sequences of errors (src/core/classify/detect-sequences.ts finds them).
 * Grounded in SOURCE-FACTS §1.2 (the in-memory rate limiter), §3.2 (commands, the token drift
 * checklist) and ROOT-CAUSES.md §1 (stale device tokens after upgrades).
 */
export const sequenceRules: SequenceRules = {
  lockout: {
    lockoutId: 'auth-rate-limited',
    failureIds: [
      'gateway-token-mismatch',
      'device-token-mismatch',
      'gateway-password-mismatch',
      'device-token-rejected',
    ],
    title: 'Stop retrying: you are locked out',
    text: 'Your paste shows {count} line(s) where the gateway rejected a wrong credential, and then "too many failed authentication attempts". The gateway now refuses this client for 5 minutes whatever it sends, and every retry counts again. The limit is kept in memory only: restarting the gateway clears it. Then fix the credential that failed (re-pair the device or use the current token) before you reconnect.',
    steps: [
      {
        title: 'Stop every client that retries on its own',
        detail: 'Close the dashboard tabs for this gateway, quit the app, stop the node or wrapper.',
      },
      {
        title: 'Restart the gateway to clear the lockout (or wait 5 minutes)',
        command: {
          'linux-macos': 'openclaw gateway restart',
          'windows-powershell': 'openclaw gateway restart',
          'docker-compose': 'docker compose restart openclaw-gateway',
        },
      },
      {
        title: 'Then fix what failed: re-pair this device, or use the current token',
        detail:
          'The fix for the mismatch is below the diagnosis. For a device token: discard the cached one and approve the new request.',
        command: {
          'linux-macos': 'openclaw devices list\nopenclaw devices approve <requestId>',
          'windows-powershell': 'openclaw devices list\nopenclaw devices approve <requestId>',
          'docker-compose':
            'docker compose exec openclaw-gateway node openclaw.mjs devices list\ndocker compose exec openclaw-gateway node openclaw.mjs devices approve <requestId>',
        },
      },
    ],
  },
  upgrade: {
    mismatchIds: [
      'gateway-token-mismatch',
      'device-token-mismatch',
      'device-token-rejected',
      'gateway-password-mismatch',
    ],
    unknownFrom: 'an earlier version',
    title: 'This started with an upgrade: run the post-upgrade checklist',
    text: 'The mismatch comes after an upgrade from {from} to {to}. Upgrades are the most common source of stale credentials: a client keeps the device token it cached before, or the gateway service still carries an old OPENCLAW_GATEWAY_TOKEN. Go through these steps in order before changing tokens by hand.',
    steps: [
      {
        title: 'Let openclaw doctor audit the upgraded install and the gateway service',
        detail: 'It flags a service that embeds an old OPENCLAW_GATEWAY_TOKEN ("should be reinstalled").',
        command: {
          'linux-macos': 'openclaw doctor',
          'windows-powershell': 'openclaw doctor',
          'docker-compose': 'docker compose exec openclaw-gateway node openclaw.mjs doctor',
        },
      },
      {
        title: 'If it says the service embeds a token, reinstall the service, then restart the gateway',
        command: {
          'linux-macos': 'openclaw gateway install\nopenclaw gateway restart',
          'windows-powershell': 'openclaw gateway install\nopenclaw gateway restart',
          'docker-compose': 'docker compose up -d --force-recreate openclaw-gateway',
        },
      },
      {
        title: 'On each client, discard the device token cached before the upgrade',
        detail: 'In a browser, clear the site data of the dashboard instead.',
        command: {
          'linux-macos': 'mv ~/.openclaw/identity/device-auth.json ~/.openclaw/identity/device-auth.json.bak',
          'windows-powershell':
            'Move-Item $env:USERPROFILE\\.openclaw\\identity\\device-auth.json $env:USERPROFILE\\.openclaw\\identity\\device-auth.json.bak',
          'docker-compose':
            'mv "$OPENCLAW_CONFIG_DIR/identity/device-auth.json" "$OPENCLAW_CONFIG_DIR/identity/device-auth.json.bak"',
        },
      },
      {
        title: 'Approve the re-pair (and any scope upgrade) on the gateway host',
        command: {
          'linux-macos': 'openclaw devices list\nopenclaw devices approve <requestId>',
          'windows-powershell': 'openclaw devices list\nopenclaw devices approve <requestId>',
          'docker-compose':
            'docker compose exec openclaw-gateway node openclaw.mjs devices list\ndocker compose exec openclaw-gateway node openclaw.mjs devices approve <requestId>',
        },
      },
      {
        title: 'Reopen the dashboard with a fresh URL',
        command: {
          'linux-macos': 'openclaw dashboard --no-open',
          'windows-powershell': 'openclaw dashboard --no-open',
          'docker-compose': 'docker compose exec openclaw-gateway node openclaw.mjs dashboard --no-open',
        },
      },
    ],
  },
};
