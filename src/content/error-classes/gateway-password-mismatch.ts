import { defineErrorClass } from '../../core/error-class-schema.ts';
import { openclawOnEveryPlatform } from '../platform-commands.ts';

/**
 * `unauthorized: gateway password mismatch (…)`: the gateway runs in password mode and the client
 * sent a password that is not gateway.auth.password. The password twin of gateway-token-mismatch;
 * the bracketed hint only says which client failed.
 */
export const gatewayPasswordMismatch = defineErrorClass({
  id: 'gateway-password-mismatch',
  title: 'Gateway password mismatch',
  summary:
    'Your client sent a gateway password, but it is not the password the gateway enforces, so the gateway closed the connection (code 1008).',
  explanation: [
    'OpenClaw checks three layers when a client connects: the shared gateway secret every client must present, then the device token issued at pairing, then pairing approval. The shared secret is a token in token mode and a password in password mode (gateway.auth.mode "password", often chosen for Tailscale Funnel).',
    'This error is the first layer in password mode: a password arrived and it was wrong. The gateway reads gateway.auth.password from its config first and OPENCLAW_GATEWAY_PASSWORD second, while the CLI reads OPENCLAW_GATEWAY_PASSWORD first; a remote CLI sends gateway.remote.password, and the Control UI sends whatever was typed in its settings. Any of these can hold an old value.',
    'Wrong passwords count towards the rate limit (by default 10 failures a minute, then a 5-minute lockout; loopback clients are exempt), so fix the value before retrying.',
  ],
  signatures: [
    { phrase: 'unauthorized: gateway password mismatch', certainty: 'exact' },
    { phrase: 'AUTH_PASSWORD_MISMATCH', certainty: 'exact', wholeWord: true },
    {
      phrase: 'password_mismatch',
      certainty: 'exact',
      wholeWord: true,
      note: 'Gateway log reason=password_mismatch / "authReason":"password_mismatch".',
    },
    { phrase: 'gateway password mismatch', certainty: 'strong' },
    {
      phrase: "use this gateway's gateway.auth.password",
      certainty: 'strong',
      weight: 0.7,
      hint: true,
      note: 'Newer local-CLI hint; only the mismatch message carries it.',
    },
    {
      phrase: 'set gateway.remote.password to match gateway.auth.password',
      certainty: 'weak',
      weight: 0.45,
      hint: true,
      note: 'CLI hint shared with "password missing": alone it suggests a mismatch.',
    },
    {
      phrase: 'enter the password in Control UI settings',
      certainty: 'weak',
      weight: 0.45,
      hint: true,
      note: 'Control UI hint shared with "password missing".',
    },
    {
      phrase: 'provide gateway auth password',
      certainty: 'weak',
      weight: 0.4,
      hint: true,
      note: 'Hint for apps, nodes and probes, shared with "password missing".',
    },
  ],
  examples: [
    'unauthorized: gateway password mismatch (set gateway.remote.password to match gateway.auth.password)',
    'disconnected (1008): unauthorized: gateway password mismatch (enter the password in Control UI settings)',
    'gateway connect failed: Error: unauthorized: gateway password mismatch (set gateway.remote.password to match gateway.auth.password)',
    "unauthorized: gateway password mismatch (use this gateway's gateway.auth.password)",
    'Gateway: not detected (unauthorized: gateway password mismatch (provide gateway auth password))',
    '[ws] unauthorized conn=e4d1 peer=100.101.7.3:55120 client=openclaw-control-ui webchat v2026.3.8 auth=password device=yes reason=password_mismatch',
    '{"error":{"code":"INVALID_REQUEST","message":"unauthorized","details":{"code":"AUTH_PASSWORD_MISMATCH"}}}',
    '(set gateway.remote.password to match gateway.auth.password)',
  ],
  nearMisses: [
    'unauthorized: gateway token mismatch (set gateway.remote.token to match gateway.auth.token)',
    'unauthorized: gateway password missing (enter the password in Control UI settings)',
    'unauthorized: gateway password not configured on gateway (set gateway.auth.password)',
    'reason=password_missing_config',
    '[telegram] 2FA password mismatch for userbot session; enter the cloud password again',
    'sshd[811]: Failed password for invalid user admin from 203.0.113.9 port 52211 ssh2',
  ],
  notToBeConfusedWith: {
    'gateway-token-mismatch':
      'This gateway runs in password mode: fix gateway.auth.password / gateway.remote.password, not the token.',
    'gateway-password-missing':
      'A password was sent and it was wrong. "Missing" means no password arrived at all; paste the full line to tell which.',
  },
  causes: [
    {
      id: 'stale-password-in-environment',
      title: 'A stale OPENCLAW_GATEWAY_PASSWORD overrides your config',
      explanation:
        'The CLI and node hosts read OPENCLAW_GATEWAY_PASSWORD before any config value, while the gateway prefers gateway.auth.password. An old value in your shell, ~/.openclaw/.env, a service unit or Docker `environment:` makes the two sides disagree.',
      likelihood: 30,
      adjustments: [
        { when: 'client-cli', change: 10, because: 'The CLI reads the password from the environment first.' },
        { when: 'client-control-ui', change: -15, because: 'The browser does not read environment variables.' },
        {
          when: 'config-contradicts-error',
          change: 20,
          because:
            'The auth mode in your config cannot produce this error, so the gateway takes its credential from somewhere else.',
        },
      ],
      steps: [
        {
          title: 'Find every OPENCLAW_GATEWAY_PASSWORD that could override the config',
          command: {
            'linux-macos':
              'env | grep OPENCLAW_GATEWAY_PASSWORD; grep -n OPENCLAW_GATEWAY_PASSWORD ~/.openclaw/.env ~/.config/openclaw/gateway.env ~/.bashrc ~/.zshrc 2>/dev/null',
            'windows-powershell':
              'Get-ChildItem Env:OPENCLAW_GATEWAY_PASSWORD; Select-String -Path "$HOME\\.openclaw\\.env" -Pattern OPENCLAW_GATEWAY_PASSWORD',
            'docker-compose': 'docker compose config | grep -n OPENCLAW_GATEWAY_PASSWORD',
          },
        },
        {
          title: 'Remove the stale value (or set it to the current password), then restart',
          command: {
            'linux-macos': 'unset OPENCLAW_GATEWAY_PASSWORD\nopenclaw gateway restart',
            'windows-powershell': 'Remove-Item Env:OPENCLAW_GATEWAY_PASSWORD\nopenclaw gateway restart',
            'docker-compose': 'docker compose up -d --force-recreate',
          },
        },
      ],
    },
    {
      id: 'remote-password-differs',
      title: 'gateway.remote.password on the client differs from gateway.auth.password',
      explanation:
        'A CLI or the macOS app in remote mode sends gateway.remote.password. The gateway compares it with its own gateway.auth.password; after the password changed on the gateway, the client copy is out of date.',
      likelihood: 25,
      adjustments: [
        {
          when: 'gateway-mode-remote',
          change: 15,
          because: 'Your gateway.mode is "remote", so the CLI sends gateway.remote.password.',
        },
        { when: 'client-cli', change: 10, because: 'The failing client is the CLI.' },
        { when: 'client-control-ui', change: -15, because: 'The Control UI does not use gateway.remote.password.' },
      ],
      steps: [
        {
          title: 'On older versions, read the gateway password on the gateway host',
          detail:
            'Since 2026.2.22 `openclaw config get` prints a redacted placeholder for secrets; then use the password you set, or set a new one on the gateway first.',
          versions: { before: '2026.2.22' },
          command: openclawOnEveryPlatform('config get gateway.auth.password'),
        },
        {
          title: 'On the client, store the same password as gateway.remote.password',
          detail: 'Quote it in single quotes so the shell does not expand characters such as $ or !.',
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
      id: 'old-password-in-control-ui',
      title: 'The Control UI (or an app) still holds the old password',
      explanation:
        'The dashboard keeps the password typed into its settings. After the gateway password changed, or when the password went into the Token field, it keeps sending a wrong value. Apps and wrappers keep their own copy too.',
      likelihood: 25,
      adjustments: [
        { when: 'client-control-ui', change: 30, because: 'The failing client is the Control UI.' },
        {
          when: 'client-other',
          change: 15,
          because: 'The failing client is an app, node or wrapper with its own stored password.',
        },
        { when: 'client-cli', change: -20, because: 'The failing client is the CLI, not the browser.' },
      ],
      steps: [
        {
          title: 'Type the current password into the Password field of Control UI settings',
          detail:
            'Not into the Token field. Then click Connect. In an app or wrapper, update the password in its gateway settings.',
        },
      ],
    },
    {
      id: 'password-changed-on-gateway-only',
      title: 'The password was changed on the gateway and nobody told the clients',
      explanation:
        'A new gateway.auth.password (by hand, by onboarding, or by a script) invalidates every client copy at once. If you no longer know it, set a new one and hand it out again.',
      likelihood: 12,
      steps: [
        {
          title: 'Set a known password on the gateway host and restart',
          command: {
            'linux-macos': "openclaw config set gateway.auth.password '<password>'\nopenclaw gateway restart",
            'windows-powershell': "openclaw config set gateway.auth.password '<password>'\nopenclaw gateway restart",
            'docker-compose':
              "docker compose exec openclaw-gateway node openclaw.mjs config set gateway.auth.password '<password>'\ndocker compose restart openclaw-gateway",
          },
        },
      ],
    },
    {
      id: 'password-mangled-by-shell',
      title: 'The shell changed the password on the way in',
      explanation:
        'A password with $, !, a backtick or a space, passed unquoted or in double quotes to `openclaw config set` or an export line, is stored or sent with those characters expanded.',
      likelihood: 8,
      steps: [
        {
          title: 'Set the password again in single quotes, on both sides',
          command: {
            'linux-macos': "openclaw config set gateway.auth.password '<password>'",
            'windows-powershell': "openclaw config set gateway.auth.password '<password>'",
            'docker-compose':
              "docker compose exec openclaw-gateway node openclaw.mjs config set gateway.auth.password '<password>'",
          },
        },
      ],
    },
  ],
  verify: {
    command: openclawOnEveryPlatform('devices list'),
    expect:
      'The device list prints instead of "unauthorized: gateway password mismatch"; the Control UI shows connected after you click Connect.',
  },
  pasteInstead: 'the full line starting with "unauthorized:", or the output of `openclaw gateway status`',
});
