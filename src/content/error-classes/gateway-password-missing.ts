import { defineErrorClass } from '../../core/error-class-schema.ts';
import { openclawOnEveryPlatform } from '../platform-commands.ts';

/**
 * `unauthorized: gateway password missing (…)`: the gateway runs in password mode and the client
 * sent no password (often because it sent a token). Missing credentials do not count towards the
 * rate limit.
 */
export const gatewayPasswordMissing = defineErrorClass({
  id: 'gateway-password-missing',
  title: 'Gateway password missing',
  summary:
    'The gateway runs in password mode and your client connected without a password, so the gateway closed the connection (code 1008).',
  explanation: [
    'OpenClaw checks three layers when a client connects: the shared gateway secret, then the device token issued at pairing, then pairing approval. The shared secret is a token in token mode and a password in password mode.',
    'Here the gateway expects a password and none arrived. A token does not count: a client that sends the gateway token to a password-mode gateway gets exactly this error. When gateway.auth.mode is unset, the gateway picks password mode as soon as a password resolves, so setting OPENCLAW_GATEWAY_PASSWORD or gateway.auth.password somewhere can silently switch a token setup to passwords.',
    'Missing credentials do not count towards the lockout, so retrying is harmless once the client has the password.',
  ],
  signatures: [
    { phrase: 'Missing gateway auth password', certainty: 'exact' },
    { phrase: 'unauthorized: gateway password missing', certainty: 'exact' },
    { phrase: 'AUTH_PASSWORD_MISSING', certainty: 'exact', wholeWord: true },
    {
      phrase: 'password_missing',
      certainty: 'exact',
      wholeWord: true,
      note: 'reason=password_missing. Whole word: password_missing_config is "password not configured".',
    },
    { phrase: 'gateway password missing', certainty: 'strong' },
    {
      phrase: 'set gateway.remote.password to match gateway.auth.password',
      certainty: 'weak',
      weight: 0.35,
      hint: true,
      note: 'CLI hint shared with "password mismatch"; alone it is the runner-up.',
    },
    { phrase: 'enter the password in Control UI settings', certainty: 'weak', weight: 0.35, hint: true },
    { phrase: 'provide gateway auth password', certainty: 'weak', weight: 0.3, hint: true },
  ],
  examples: [
    'Missing gateway auth password.',
    'unauthorized: gateway password missing (enter the password in Control UI settings)',
    'disconnected (1008): unauthorized: gateway password missing (enter the password in Control UI settings)',
    'gateway closed (1008): unauthorized: gateway password missing (set gateway.remote.password to match gateway.auth.password)',
    'node host gateway connect failed: unauthorized: gateway password missing (provide gateway auth password)',
    '[ws] unauthorized conn=77b0 peer=172.18.0.1:39080 client=cli cli v2026.3.2 auth=token device=yes reason=password_missing',
    '{"subsystem":"gateway/ws","authReason":"password_missing","detail":"AUTH_PASSWORD_MISSING"}',
  ],
  nearMisses: [
    'unauthorized: gateway password not configured on gateway (set gateway.auth.password)',
    'reason=password_missing_config',
    'unauthorized: gateway token missing (open the dashboard URL and paste the token in Control UI settings)',
    'unauthorized: gateway password mismatch (provide gateway auth password)',
    '[telegram] login failed: password missing for 2FA-protected account',
  ],
  notToBeConfusedWith: {
    'gateway-password-mismatch': 'No password arrived at all. A mismatch means a password was sent but it was wrong.',
    'gateway-token-missing':
      'This gateway runs in password mode: it wants a password, and a token alone does not help.',
    'gateway-password-not-configured':
      '"Missing" is the client sending no password; "not configured" is the gateway having none of its own.',
  },
  causes: [
    {
      id: 'client-sends-token-not-password',
      title: 'The client sends the gateway token, but the gateway is in password mode',
      explanation:
        'A password resolving anywhere (gateway.auth.password, or OPENCLAW_GATEWAY_PASSWORD in the environment the gateway starts with) switches a gateway with no explicit gateway.auth.mode to password mode. Every client that still sends a token then gets "password missing".',
      likelihood: 30,
      adjustments: [
        {
          when: 'auth-token-from-environment',
          change: 5,
          because: 'Your secrets come from the environment, where a stray OPENCLAW_GATEWAY_PASSWORD is easy to miss.',
        },
      ],
      steps: [
        {
          title: 'See which mode the gateway is in and where a password comes from',
          command: {
            'linux-macos':
              'openclaw config get gateway.auth.mode\nenv | grep OPENCLAW_GATEWAY_PASSWORD; grep -n OPENCLAW_GATEWAY_PASSWORD ~/.openclaw/.env ~/.config/openclaw/gateway.env 2>/dev/null',
            'windows-powershell': 'openclaw config get gateway.auth.mode\nGet-ChildItem Env:OPENCLAW_GATEWAY_PASSWORD',
            'docker-compose':
              'docker compose exec openclaw-gateway node openclaw.mjs config get gateway.auth.mode\ndocker compose config | grep -n OPENCLAW_GATEWAY_PASSWORD',
          },
        },
        {
          title: 'Either pin token mode, or give the clients the password',
          detail:
            'If you meant to use a token, set the mode explicitly and restart. If you meant password mode, follow the next cause instead.',
          command: {
            'linux-macos': 'openclaw config set gateway.auth.mode token\nopenclaw gateway restart',
            'windows-powershell': 'openclaw config set gateway.auth.mode token\nopenclaw gateway restart',
            'docker-compose':
              'docker compose exec openclaw-gateway node openclaw.mjs config set gateway.auth.mode token\ndocker compose restart openclaw-gateway',
          },
        },
      ],
    },
    {
      id: 'control-ui-password-field-empty',
      title: 'The Control UI has no password in its settings',
      explanation:
        'A dashboard URL carries a token, never a password. In password mode the browser needs the password typed into Control UI settings, again in a new browser, a private window or after clearing site data.',
      likelihood: 30,
      adjustments: [
        { when: 'client-control-ui', change: 30, because: 'The failing client is the Control UI.' },
        { when: 'client-cli', change: -25, because: 'The failing client is the CLI, not the browser.' },
      ],
      steps: [
        {
          title: 'Type the gateway password into the Password field of Control UI settings',
          detail: 'Then click Connect. The Token field is for token mode only.',
        },
      ],
    },
    {
      id: 'remote-cli-without-password',
      title: 'The CLI has no password for a remote gateway',
      explanation:
        'In remote mode the CLI sends gateway.remote.password, or OPENCLAW_GATEWAY_PASSWORD. With neither set it connects without one.',
      likelihood: 25,
      adjustments: [
        { when: 'client-cli', change: 25, because: 'The failing client is the CLI.' },
        { when: 'gateway-mode-remote', change: 10, because: 'Your gateway.mode is "remote".' },
      ],
      steps: [
        {
          title: 'Store the password on the client as gateway.remote.password',
          detail: 'Single quotes keep the shell from expanding $ or ! in it.',
          command: {
            'linux-macos': "openclaw config set gateway.remote.password '<password>'",
            'windows-powershell': "openclaw config set gateway.remote.password '<password>'",
            'docker-compose':
              "docker compose exec openclaw-gateway node openclaw.mjs config set gateway.remote.password '<password>'",
          },
        },
      ],
    },
    {
      id: 'app-or-node-without-password',
      title: 'A node host, app or wrapper was never given the password',
      explanation:
        'Node hosts read OPENCLAW_GATEWAY_PASSWORD from their environment; apps and third-party wrappers keep their own password field, and many only offer a token field.',
      likelihood: 15,
      adjustments: [
        { when: 'client-other', change: 30, because: 'The failing client is not the CLI or the Control UI.' },
      ],
      steps: [
        {
          title: 'Start the node host with the password in its environment',
          command: {
            'linux-macos': "export OPENCLAW_GATEWAY_PASSWORD='<password>'\nopenclaw node run",
            'windows-powershell': "$env:OPENCLAW_GATEWAY_PASSWORD = '<password>'\nopenclaw node run",
            'docker-compose': 'docker compose up -d --force-recreate',
          },
        },
      ],
    },
  ],
  verify: {
    command: openclawOnEveryPlatform('devices list'),
    expect:
      'The device list prints instead of "unauthorized: gateway password missing"; the Control UI shows connected once the password is in its settings.',
  },
  pasteInstead: 'the full line starting with "unauthorized:", or the output of `openclaw gateway status`',
});
