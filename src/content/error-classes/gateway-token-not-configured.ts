import { defineErrorClass } from '../../core/error-class-schema.ts';

/**
 * `unauthorized: gateway token not configured on gateway (set gateway.auth.token)`: the gateway
 * runs in token mode but has no token of its own, so no client can pass. Also the startup error
 * for the same state, and the macOS app's wording of it.
 */
export const gatewayTokenNotConfigured = defineErrorClass({
  id: 'gateway-token-not-configured',
  title: 'Gateway token not configured',
  summary:
    'The gateway is set to token authentication but has no token of its own, so it cannot accept any client until you give it one.',
  explanation: [
    'OpenClaw checks three layers when a client connects: the shared gateway token, then the device token issued at pairing, then pairing approval. The first layer compares what the client sends with gateway.auth.token (or OPENCLAW_GATEWAY_TOKEN in the environment the gateway starts with).',
    'Here the gateway side is empty: auth mode is token, but no token resolved on the gateway host. Nothing the client sends can match, so this is fixed on the gateway, not on the client. Since 2026.2.19 a gateway normally makes a token for itself at startup; you see this error when that step was skipped, or as the startup error "gateway auth mode is token, but no token was configured".',
    'Typical reasons: the token sits under the wrong key (gateway.token, or only gateway.remote.token, which is for clients), or it was meant to come from an environment variable or SecretRef that is empty where the gateway runs (a service unit, a Docker environment with OPENCLAW_GATEWAY_TOKEN unset).',
  ],
  signatures: [
    { phrase: 'unauthorized: gateway token not configured on gateway', certainty: 'exact' },
    { phrase: 'AUTH_TOKEN_NOT_CONFIGURED', certainty: 'exact', wholeWord: true },
    {
      phrase: 'token_missing_config',
      certainty: 'exact',
      wholeWord: true,
      note: 'Gateway log reason=token_missing_config / "authReason":"token_missing_config".',
    },
    {
      phrase: 'gateway auth mode is token, but no token was configured',
      certainty: 'exact',
      note: 'The startup error (src/gateway/auth.ts).',
    },
    { phrase: 'gateway token not configured', certainty: 'strong' },
    {
      phrase: 'This gateway has token auth enabled, but no gateway.auth.token is configured on the host',
      inTheWild: 'samples/gateway-token-not-configured/macos-app-test-connection.txt',
      certainty: 'strong',
      note: 'The macOS app (RemoteGatewayProbe.swift).',
    },
  ],
  examples: [
    'unauthorized: gateway token not configured on gateway (set gateway.auth.token)',
    'Error: gateway auth mode is token, but no token was configured (set gateway.auth.token or OPENCLAW_GATEWAY_TOKEN)',
    'disconnected (1008): unauthorized: gateway token not configured on gateway (set gateway.auth.token)',
    'This gateway has token auth enabled, but no gateway.auth.token is configured on the host.',
    'gateway closed (1008): unauthorized: gateway token not configured on gateway (set gateway.auth.token)',
    '[ws] unauthorized conn=0c3e peer=127.0.0.1:50110 client=cli cli v2026.2.9 auth=token device=yes reason=token_missing_config',
    '{"level":"warn","subsystem":"gateway/ws","authReason":"token_missing_config","code":"AUTH_TOKEN_NOT_CONFIGURED"}',
  ],
  nearMisses: [
    'unauthorized: gateway token missing (provide gateway auth token)',
    'reason=token_missing',
    'unauthorized: gateway password not configured on gateway (set gateway.auth.password)',
    'gateway auth mode is password, but no password was configured',
    'Gateway auth token was missing. Generated a new token and saved it to config (gateway.auth.token).',
  ],
  notToBeConfusedWith: {
    'gateway-token-missing':
      '"Not configured" is the gateway lacking a token of its own; "missing" is the client not sending one. Fix this one on the gateway host.',
    'gateway-password-not-configured':
      'This gateway is in token mode; the password twin means password mode without a password.',
  },
  causes: [
    {
      id: 'token-from-empty-environment',
      title: 'The token was meant to come from an environment variable that is empty where the gateway runs',
      explanation:
        'gateway.auth.token is a ${VAR} or a SecretRef, or you rely on OPENCLAW_GATEWAY_TOKEN, but the gateway process does not have it: a systemd unit or LaunchAgent does not see your shell exports, and Docker Compose passes OPENCLAW_GATEWAY_TOKEN as an empty string when .env does not set it.',
      likelihood: 35,
      adjustments: [
        {
          when: 'auth-token-from-environment',
          change: 30,
          because: 'Your gateway.auth.token is read from the environment.',
        },
      ],
      steps: [
        {
          title: 'Check what the gateway process sees',
          detail:
            'An empty value, or nothing, means the gateway has no token. In Docker a gateway that failed at startup is not running, so these steps use a one-off container (`run --rm`) instead of `exec`.',
          command: {
            'linux-macos': 'grep -n OPENCLAW_GATEWAY_TOKEN ~/.openclaw/.env ~/.config/openclaw/gateway.env 2>/dev/null',
            'windows-powershell': 'Select-String -Path "$HOME\\.openclaw\\.env" -Pattern OPENCLAW_GATEWAY_TOKEN',
            'docker-compose': 'docker compose run --rm openclaw-gateway printenv OPENCLAW_GATEWAY_TOKEN',
          },
        },
        {
          title: 'Put the token where the gateway reads it, then restart',
          detail:
            'Use the token your clients already have. ~/.openclaw/.env and ~/.config/openclaw/gateway.env are read by the gateway itself, also as a service (a .env in the working directory may not set OPENCLAW_GATEWAY_TOKEN). In Docker, set it in the .env next to the compose file.',
          command: {
            'linux-macos': 'echo "OPENCLAW_GATEWAY_TOKEN=<token>" >> ~/.openclaw/.env\nopenclaw gateway restart',
            'windows-powershell':
              'Add-Content "$HOME\\.openclaw\\.env" "OPENCLAW_GATEWAY_TOKEN=<token>"\nopenclaw gateway restart',
            'docker-compose': 'docker compose up -d --force-recreate',
          },
        },
      ],
    },
    {
      id: 'token-under-wrong-key',
      title: 'The token is under the wrong key in openclaw.json',
      explanation:
        'The gateway only reads gateway.auth.token. A token at gateway.token, at the top level, or only in gateway.remote.token (which is for clients calling a remote gateway) leaves the gateway without one. `openclaw doctor` says "Found "gateway.token" in config. Use "gateway.auth.token" instead."',
      likelihood: 30,
      adjustments: [
        {
          when: 'auth-token-absent',
          change: 20,
          because: 'Your config has no literal gateway.auth.token.',
        },
        {
          when: 'token-under-wrong-key',
          change: 40,
          because: 'Your config has a token under a key OpenClaw does not read.',
        },
        {
          when: 'remote-config-while-local',
          change: 15,
          because: 'Your config sets gateway.remote.* on a local gateway, where it does not enable gateway auth.',
        },
      ],
      steps: [
        {
          title: 'Let openclaw doctor point at the misplaced key',
          command: {
            'linux-macos': 'openclaw doctor',
            'windows-powershell': 'openclaw doctor',
            'docker-compose': 'docker compose run --rm openclaw-gateway node openclaw.mjs doctor',
          },
        },
        {
          title: 'Store the token under gateway.auth.token and restart',
          detail: 'Use the token your clients already have, so they keep working.',
          command: {
            'linux-macos': 'openclaw config set gateway.auth.token <token>\nopenclaw gateway restart',
            'windows-powershell': 'openclaw config set gateway.auth.token <token>\nopenclaw gateway restart',
            'docker-compose':
              'docker compose run --rm openclaw-gateway node openclaw.mjs config set gateway.auth.token <token>\ndocker compose restart openclaw-gateway',
          },
        },
      ],
    },
    {
      id: 'token-mode-without-token',
      title: 'Token mode was switched on without ever setting a token',
      explanation:
        'gateway.auth.mode is "token" (or the gateway runs with --auth token) and no token exists anywhere. Older versions never generated one at startup; newer ones skip it in some start paths.',
      likelihood: 25,
      adjustments: [
        { when: 'auth-token-absent', change: 10, because: 'Your config has no literal gateway.auth.token.' },
      ],
      steps: [
        {
          title: 'Generate and save a token, then restart',
          detail:
            'It only generates when no token resolves, which is exactly this case. It never rotates an existing one.',
          command: {
            'linux-macos': 'openclaw doctor --generate-gateway-token\nopenclaw gateway restart',
            'windows-powershell': 'openclaw doctor --generate-gateway-token\nopenclaw gateway restart',
            'docker-compose':
              'docker compose run --rm openclaw-gateway node openclaw.mjs doctor --generate-gateway-token\ndocker compose restart openclaw-gateway',
          },
        },
        {
          title: 'Give the new token to your clients',
          detail:
            'The Control UI gets it from the printed dashboard URL; a remote CLI needs it as gateway.remote.token.',
          command: {
            'linux-macos': 'openclaw dashboard --no-open',
            'windows-powershell': 'openclaw dashboard --no-open',
            'docker-compose': 'docker compose run --rm openclaw-gateway node openclaw.mjs dashboard --no-open',
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
      'The gateway starts, and the RPC probe no longer reports "failed" with "gateway token not configured"; `openclaw config get gateway.auth.token` prints a (redacted) value.',
  },
  pasteInstead: 'the full line starting with "unauthorized:", or the gateway startup log',
});
