import { defineErrorClass } from '../../core/error-class-schema.ts';
import { openclawOnEveryPlatform } from '../platform-commands.ts';

/**
 * A gateway still running the previous release after its files were replaced by an upgrade: it
 * cannot load the parts of its own installation it has not loaded yet (hashed chunks that no longer
 * exist), so connects fail with "failed to load ws message handler because the OpenClaw
 * installation changed" until it is restarted.
 */
export const staleInstallAfterUpgrade = defineErrorClass({
  id: 'stale-install-after-upgrade',
  title: 'Gateway runs a replaced installation (restart after upgrade)',
  summary:
    'OpenClaw was upgraded while the gateway kept running the old release, and the old process can no longer load its own files: restart the gateway.',
  explanation: [
    'An OpenClaw release is a folder of built files with hashed names. `npm install -g openclaw@latest` (or an update) replaces that folder under a running gateway. The old process keeps working until it needs a file it has not loaded yet, then finds only the new release’s files: it logs "failed to load ws message handler because the OpenClaw installation changed while the Gateway was running" and answers requests with "The running Gateway can no longer load part of its OpenClaw installation".',
    'Nothing is wrong with tokens or pairing. The gateway names the fix itself: restart it, so the process runs the release that is installed now.',
  ],
  signatures: [
    {
      phrase: 'OpenClaw installation changed while the Gateway was running',
      certainty: 'exact',
    },
    { phrase: 'can no longer load part of its OpenClaw installation', certainty: 'exact' },
    { phrase: 'STALE_INSTALL', certainty: 'exact', wholeWord: true },
    { phrase: 'gateway message handler unavailable', certainty: 'strong' },
  ],
  examples: [
    "[ws] failed to load ws message handler because the OpenClaw installation changed while the Gateway was running conn=7a1c; run: openclaw gateway restart; error: Error [ERR_MODULE_NOT_FOUND]: Cannot find module '/usr/lib/node_modules/openclaw/dist/message-handler-D5c0StBB.mjs'",
    'gateway connect failed: GatewayClientRequestError: The running Gateway can no longer load part of its OpenClaw installation. The installation may have changed while the Gateway was running. Restart it with: openclaw gateway restart',
    '{"ok":false,"error":{"code":"UNAVAILABLE","details":{"code":"STALE_INSTALL","restartCommand":"openclaw gateway restart"}}}',
  ],
  nearMisses: [
    "Error [ERR_MODULE_NOT_FOUND]: Cannot find package 'grammy' imported from /app/extensions/telegram/index.js",
    'gateway closed (1012): service restart',
  ],
  notToBeConfusedWith: {
    'client-version-mismatch':
      'Here one gateway process runs a release whose files are gone; a version mismatch is two different releases talking to each other.',
  },
  causes: [
    {
      id: 'upgraded-under-running-gateway',
      title: 'OpenClaw was upgraded while the gateway kept running',
      explanation:
        'An `npm install -g openclaw@…`, an update or a package manager replaced the installation, but the gateway service was not restarted.',
      likelihood: 85,
      steps: [
        {
          title: 'Restart the gateway so it runs the installed release',
          command: {
            'linux-macos': 'openclaw gateway restart',
            'windows-powershell': 'openclaw gateway restart',
            'docker-compose': 'docker compose restart openclaw-gateway',
          },
        },
        {
          title: 'If the service still starts the old path, reinstall the service',
          detail: 'An old service definition can point at a folder the upgrade moved.',
          command: openclawOnEveryPlatform('gateway install --force'),
        },
      ],
    },
    {
      id: 'two-installs',
      title: 'Two installations share one gateway service',
      explanation:
        'A global npm install and a second copy (pnpm, a checkout, another Node version manager) replace each other’s files; the service runs one while the other is updated.',
      likelihood: 15,
      steps: [
        {
          title: 'See which installation the service runs, then keep one',
          command: openclawOnEveryPlatform('gateway status'),
        },
      ],
    },
  ],
  verify: {
    command: openclawOnEveryPlatform('gateway status'),
    expect: 'The gateway runs the installed version, and clients connect without "installation changed" in the log.',
  },
  pasteInstead: 'the gateway log line that starts with "failed to load ws message handler"',
});
