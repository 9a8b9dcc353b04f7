import { defineErrorClass } from '../../core/error-class-schema.ts';

/**
 * `unauthorized: gateway password not configured on gateway (set gateway.auth.password)`: the
 * gateway runs in password mode with no password of its own. Also the two startup errors for the
 * same state.
 */
export const gatewayPasswordNotConfigured = defineErrorClass({
  id: 'gateway-password-not-configured',
  title: 'Gateway password not configured',
  summary:
    'The gateway is set to password authentication but has no password of its own, so it cannot accept any client (or refuses to start) until you give it one.',
  explanation: [
    'OpenClaw checks three layers when a client connects: the shared gateway secret, then the device token issued at pairing, then pairing approval. In password mode (gateway.auth.mode "password") the shared secret is gateway.auth.password, or OPENCLAW_GATEWAY_PASSWORD in the environment the gateway starts with.',
    'Here that password is empty on the gateway host, so no client can pass, whatever it sends. Unlike token mode, the gateway never invents a password. Fix it on the gateway: set the password (and give it to your clients), or go back to token mode.',
  ],
  signatures: [
    { phrase: 'unauthorized: gateway password not configured on gateway', certainty: 'exact' },
    { phrase: 'AUTH_PASSWORD_NOT_CONFIGURED', certainty: 'exact', wholeWord: true },
    {
      phrase: 'password_missing_config',
      certainty: 'exact',
      wholeWord: true,
      note: 'Gateway log reason=password_missing_config.',
    },
    {
      phrase: 'gateway auth mode is password, but no password was configured',
      certainty: 'exact',
      note: 'Startup error (src/gateway/auth.ts).',
    },
    {
      phrase: 'Gateway auth is set to password, but no password is configured',
      certainty: 'exact',
      note: 'Startup error of `gateway run` (src/cli/gateway-cli/run.ts).',
    },
    { phrase: 'gateway password not configured', certainty: 'strong' },
  ],
  examples: [
    'unauthorized: gateway password not configured on gateway (set gateway.auth.password)',
    'Gateway auth is set to password, but no password is configured.',
    'disconnected (1008): unauthorized: gateway password not configured on gateway (set gateway.auth.password)',
    'gateway closed (1008): unauthorized: gateway password not configured on gateway (set gateway.auth.password)',
    '[ws] unauthorized conn=31f0 peer=100.88.1.4:60210 client=openclaw-control-ui webchat auth=password device=yes reason=password_missing_config',
    'Error: gateway auth mode is password, but no password was configured',
    '{"details":{"code":"AUTH_PASSWORD_NOT_CONFIGURED","recommendedNextStep":"update_auth_configuration"}}',
  ],
  nearMisses: [
    'unauthorized: gateway password missing (enter the password in Control UI settings)',
    'reason=password_missing',
    'unauthorized: gateway token not configured on gateway (set gateway.auth.token)',
    'gateway auth mode is token, but no token was configured (set gateway.auth.token or OPENCLAW_GATEWAY_TOKEN)',
  ],
  notToBeConfusedWith: {
    'gateway-password-missing':
      '"Not configured" is the gateway having no password; "missing" is the client not sending one. Fix this one on the gateway host.',
    'gateway-token-not-configured':
      'This gateway is in password mode; the token twin means token mode without a token.',
  },
  causes: [
    {
      id: 'password-env-not-seen-by-service',
      title: 'The password lives in an environment variable the gateway does not see',
      explanation:
        'You exported OPENCLAW_GATEWAY_PASSWORD in a shell, but the gateway runs as a service or container that never gets it. A password SecretRef is no help either: it is not resolvable at gateway startup.',
      likelihood: 35,
      steps: [
        {
          title: 'Put the password in an env file the gateway reads, then restart',
          detail:
            '~/.openclaw/.env and ~/.config/openclaw/gateway.env are read by the gateway itself, also as a service. In Docker, set OPENCLAW_GATEWAY_PASSWORD in the compose environment.',
          command: {
            'linux-macos': "echo 'OPENCLAW_GATEWAY_PASSWORD=<password>' >> ~/.openclaw/.env\nopenclaw gateway restart",
            'windows-powershell':
              'Add-Content "$HOME\\.openclaw\\.env" \'OPENCLAW_GATEWAY_PASSWORD=<password>\'\nopenclaw gateway restart',
            'docker-compose': 'docker compose up -d --force-recreate',
          },
        },
      ],
    },
    {
      id: 'password-mode-without-password',
      title: 'Password mode was switched on, but no password was ever set',
      explanation:
        'gateway.auth.mode is "password" (for example to use Tailscale Funnel, which requires password mode, or via `gateway run --auth password`) and gateway.auth.password was never written, or sits under another key such as gateway.remote.password, which only clients read.',
      likelihood: 40,
      steps: [
        {
          title: 'Set the password on the gateway host and restart',
          detail:
            'Single quotes keep the shell from expanding $ or ! in it. Then give the same password to your clients. In Docker, `run --rm` works even while the gateway container is down.',
          command: {
            'linux-macos': "openclaw config set gateway.auth.password '<password>'\nopenclaw gateway restart",
            'windows-powershell': "openclaw config set gateway.auth.password '<password>'\nopenclaw gateway restart",
            'docker-compose':
              "docker compose run --rm openclaw-gateway node openclaw.mjs config set gateway.auth.password '<password>'\ndocker compose restart openclaw-gateway",
          },
        },
      ],
    },
    {
      id: 'meant-token-mode',
      title: 'You meant to use a token, not a password',
      explanation:
        'If nothing needs password mode (Tailscale Funnel does), token mode is simpler: the dashboard URL carries the token and `openclaw doctor --generate-gateway-token` can create one.',
      likelihood: 25,
      adjustments: [
        {
          when: 'remote-token-matches',
          change: 10,
          because: 'Your config already holds matching gateway tokens.',
        },
      ],
      steps: [
        {
          title: 'Switch back to token mode, make sure a token exists, restart',
          command: {
            'linux-macos':
              'openclaw config set gateway.auth.mode token\nopenclaw doctor --generate-gateway-token\nopenclaw gateway restart',
            'windows-powershell':
              'openclaw config set gateway.auth.mode token\nopenclaw doctor --generate-gateway-token\nopenclaw gateway restart',
            'docker-compose':
              'docker compose run --rm openclaw-gateway node openclaw.mjs config set gateway.auth.mode token\ndocker compose run --rm openclaw-gateway node openclaw.mjs doctor --generate-gateway-token\ndocker compose restart openclaw-gateway',
          },
        },
      ],
    },
  ],
  verify: {
    command: {
      'linux-macos': 'openclaw gateway status',
      'windows-powershell': 'openclaw gateway status',
      'docker-compose': 'docker compose run --rm openclaw-gateway node openclaw.mjs gateway status',
    },
    expect:
      'The gateway starts and the RPC probe no longer fails with "gateway password not configured"; clients that send the password connect.',
  },
  pasteInstead: 'the full line starting with "unauthorized:", or the gateway startup log',
});
