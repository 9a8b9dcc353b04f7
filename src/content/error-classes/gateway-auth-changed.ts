import { defineErrorClass } from '../../core/error-class-schema.ts';
import { openclawOnEveryPlatform } from '../platform-commands.ts';

/**
 * Close 4001 `gateway auth changed` (2026.4.7): the shared token or password changed while this
 * client was connected (or it reconnected with the old one's generation). Not a rejection of a bad
 * token as such: the credential the client holds has just gone out of date.
 */
export const gatewayAuthChanged = defineErrorClass({
  id: 'gateway-auth-changed',
  title: 'Gateway auth changed',
  summary:
    'The gateway token or password was changed while this client was connected, so the gateway closed its connection (code 4001); it must reconnect with the new credential.',
  explanation: [
    'OpenClaw checks three layers when a client connects: the shared gateway token (or password), the device token issued at pairing, and pairing approval. Since 2026.4.7 a change to the first layer takes effect at once: when gateway.auth.token or gateway.auth.password changes while the gateway runs, every connection that authenticated with the old one is closed with code 4001 "gateway auth changed", and a connect still tied to the old one is refused the same way.',
    'If you changed it on purpose, this is expected: hand the new credential to each client. If nobody did, something is rewriting the gateway config (a setup script, a wrapper, a second gateway sharing the folder), and the disconnects will keep coming.',
  ],
  signatures: [
    {
      phrase: 'gateway policy changed',
      certainty: 'exact',
      note: 'Close 4001 when the gateway’s connection policy (allowed origins) is rewritten: same remedy, reconnect.',
    },
    {
      phrase: 'gateway auth changed',
      certainty: 'exact',
      wholeWord: true,
      note: 'The 4001 close reason (src/gateway/server-shared-auth-generation.ts).',
    },
  ],
  examples: [
    'disconnected (4001): gateway policy changed',
    'gateway closed (4001): gateway auth changed',
    'disconnected (4001): gateway auth changed',
    '[ws] closed conn=8d21 peer=127.0.0.1:49822 code=4001 reason=gateway auth changed',
    'node host gateway closed (4001): gateway auth changed',
  ],
  nearMisses: [
    'unauthorized: gateway token mismatch (set gateway.remote.token to match gateway.auth.token)',
    '[reload] config changed (gateway.auth.token); restarting gateway',
    'gateway auth failed',
    'Gateway auth token was missing. Generated a new token and saved it to config (gateway.auth.token).',
  ],
  notToBeConfusedWith: {
    'gateway-token-mismatch':
      'This client’s token was right until it changed on the gateway. A mismatch at connect time is what you get if the client keeps the old one.',
  },
  causes: [
    {
      id: 'credential-rotated-on-purpose',
      title: 'You (or onboarding) changed the gateway token or password',
      explanation:
        '`openclaw config set gateway.auth.token …`, a new password, onboarding, or `openclaw doctor --generate-gateway-token` on a gateway without a token: every client still holding the old credential is disconnected.',
      likelihood: 60,
      steps: [
        {
          title: 'Print the new gateway token on the gateway host',
          detail: 'Needs an interactive terminal. In password mode, use the password you just set.',
          versions: { since: '2026.4.13' },
          command: openclawOnEveryPlatform('gateway auth-token --show'),
        },
        {
          title: 'On older versions, read it from openclaw.json',
          detail: '`openclaw config get` prints a redacted placeholder for secrets since 2026.2.22.',
          versions: { before: '2026.4.13' },
          command: {
            'linux-macos': 'grep -n token ~/.openclaw/openclaw.json',
            'windows-powershell': 'Select-String -Path "$HOME\\.openclaw\\openclaw.json" -Pattern token',
            'docker-compose': 'docker compose exec openclaw-gateway grep -n token /home/node/.openclaw/openclaw.json',
          },
        },
        {
          title: 'Give the new credential to each client',
          detail:
            'Control UI: open the URL from `openclaw dashboard --no-open` (or paste the token in settings). Remote CLI: gateway.remote.token. Nodes and apps: their own token setting.',
          command: openclawOnEveryPlatform('config set gateway.remote.token <token>'),
        },
      ],
    },
    {
      id: 'something-rewrites-the-token',
      title: 'Something keeps rewriting the gateway token',
      explanation:
        'When nobody changed it on purpose and the 4001 disconnects repeat, look for a writer: a rerun of docker-setup.sh, a wrapper or admin panel that saves its own token, a second gateway pointed at the same config folder, or a start path that generates a token each time.',
      likelihood: 30,
      adjustments: [
        {
          when: 'auth-token-absent',
          change: 15,
          because: 'Your config has no gateway.auth.token, so the gateway may be making a new one at each start.',
        },
      ],
      steps: [
        {
          title: 'Persist one token so nothing has to generate it',
          detail: 'Only writes a token when none resolves.',
          command: openclawOnEveryPlatform('doctor --generate-gateway-token'),
        },
        {
          title: 'Watch the gateway log for who restarts or rewrites config',
          command: {
            'linux-macos': 'openclaw logs',
            'windows-powershell': 'openclaw logs',
            'docker-compose': 'docker compose logs openclaw-gateway',
          },
        },
      ],
    },
    {
      id: 'client-reconnected-with-old-credential',
      title: 'A client reconnects automatically with the old credential',
      explanation:
        'Apps and node hosts retry on their own. Until they are given the new token they keep being refused, first with 4001, then with "gateway token mismatch".',
      likelihood: 10,
      adjustments: [
        { when: 'client-other', change: 20, because: 'Nodes and apps reconnect by themselves with what they have.' },
      ],
      steps: [
        {
          title: 'Restart the node host with the new token',
          command: {
            'linux-macos': 'export OPENCLAW_GATEWAY_TOKEN=<token>\nopenclaw node run',
            'windows-powershell': '$env:OPENCLAW_GATEWAY_TOKEN = "<token>"\nopenclaw node run',
            'docker-compose': 'docker compose up -d --force-recreate',
          },
        },
      ],
    },
  ],
  verify: {
    command: openclawOnEveryPlatform('devices list'),
    expect: 'Clients reconnect with the new credential and stay connected; no new "4001 gateway auth changed" appears.',
  },
  pasteInstead: 'the line with "(4001)", or the gateway log around the disconnect',
});
