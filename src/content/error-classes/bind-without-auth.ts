import { defineErrorClass } from '../../core/error-class-schema.ts';

/**
 * Startup refusal `Refusing to bind gateway to <bind> without auth.` (gateway run) and
 * `refusing to bind gateway to <host>:<port> without auth (…)` (server runtime config): the gateway
 * would listen beyond loopback with no token or password, so it does not start at all.
 */
export const bindWithoutAuth = defineErrorClass({
  id: 'bind-without-auth',
  title: 'Gateway refuses to listen on the network without auth',
  summary:
    'The gateway was asked to listen beyond this machine (LAN, tailnet or 0.0.0.0) with no token or password, so it refused to start; every client then sees it as unreachable.',
  explanation: [
    'OpenClaw normally checks three layers when a client connects: the shared gateway token (or password), the device token issued at pairing, and pairing approval. With authentication off, nobody checks the first layer, and on a network address anyone who can reach port 18789 could drive your agent.',
    'So the gateway only runs without auth on loopback (127.0.0.1). gateway.bind "lan", "tailnet", "auto" or "custom" (Docker Compose passes --bind lan by default) with no token or password resolving, or with gateway.auth.mode "none", stops it at startup with this message. The fix is to give it a token (the usual way), or to keep it on loopback and reach it through an SSH tunnel or Tailscale Serve.',
  ],
  signatures: [
    {
      phrase: 'Refusing to bind gateway to',
      certainty: 'exact',
      note: 'Both forms start this way; the bind or host:port follows, so the phrase stops before it.',
    },
    {
      phrase: 'without auth (set gateway.auth.token/password, or set OPENCLAW_GATEWAY_TOKEN/OPENCLAW_GATEWAY_PASSWORD)',
      certainty: 'strong',
    },
    {
      phrase: 'or pass --token/--password to start with auth',
      certainty: 'strong',
      note: 'The follow-up line of `gateway run`.',
    },
  ],
  examples: [
    'Refusing to bind gateway to lan without auth.',
    'Error: refusing to bind gateway to 0.0.0.0:18789 without auth (set gateway.auth.token/password, or set OPENCLAW_GATEWAY_TOKEN/OPENCLAW_GATEWAY_PASSWORD)',
    'Set OPENCLAW_GATEWAY_TOKEN or OPENCLAW_GATEWAY_PASSWORD, or pass --token/--password to start with auth.',
  ],
  nearMisses: [
    'Error: listen EADDRINUSE: address already in use 0.0.0.0:18789',
    'gateway auth mode is token, but no token was configured (set gateway.auth.token or OPENCLAW_GATEWAY_TOKEN)',
    'nginx: [emerg] bind() to 0.0.0.0:443 failed (13: Permission denied)',
  ],
  notToBeConfusedWith: {
    'gateway-token-not-configured':
      'Here the gateway has no auth at all and will not listen on the network; "token not configured" is token mode switched on without a token.',
  },
  causes: [
    {
      id: 'auth-mode-none-on-network',
      title: 'gateway.auth.mode is "none" while the gateway binds to the network',
      explanation:
        'Auth can only be off on loopback. An explicit "none" (required since 2026.2.19 to turn auth off) together with bind lan/tailnet/auto is refused.',
      likelihood: 40,
      steps: [
        {
          title: 'Check the auth mode and the bind',
          command: {
            'linux-macos': 'openclaw config get gateway.auth.mode\nopenclaw config get gateway.bind',
            'windows-powershell': 'openclaw config get gateway.auth.mode\nopenclaw config get gateway.bind',
            'docker-compose':
              'docker compose exec openclaw-gateway node openclaw.mjs config get gateway.auth.mode\ndocker compose exec openclaw-gateway node openclaw.mjs config get gateway.bind',
          },
        },
        {
          title: 'Turn token auth on with a stored token, then restart',
          command: {
            'linux-macos':
              'openclaw config set gateway.auth.mode token\nopenclaw doctor --generate-gateway-token\nopenclaw gateway restart',
            'windows-powershell':
              'openclaw config set gateway.auth.mode token\nopenclaw doctor --generate-gateway-token\nopenclaw gateway restart',
            'docker-compose':
              'docker compose run --rm openclaw-cli config set gateway.auth.mode token\ndocker compose up -d --force-recreate',
          },
        },
      ],
    },
    {
      id: 'docker-lan-bind-blank-token',
      title: 'Docker binds to the LAN and OPENCLAW_GATEWAY_TOKEN is blank',
      explanation:
        'docker-compose.yml starts the gateway with --bind lan and passes OPENCLAW_GATEWAY_TOKEN from .env; when .env has none, the variable is an empty string, and a gateway that does not generate its own token has no auth.',
      likelihood: 35,
      adjustments: [
        {
          when: 'auth-token-from-environment',
          change: 15,
          because: 'Your gateway token is meant to come from the environment.',
        },
        { when: 'auth-token-absent', change: 10, because: 'Your config has no literal gateway.auth.token.' },
      ],
      steps: [
        {
          title: 'Set a token in the .env next to docker-compose.yml, then recreate',
          detail:
            'Generate a long random value (for example with openssl rand -hex 32) and keep it: clients need it too.',
          command: {
            'linux-macos':
              'echo "OPENCLAW_GATEWAY_TOKEN=$(openssl rand -hex 32)" >> .env\ndocker compose up -d --force-recreate',
            'windows-powershell':
              '$b = New-Object byte[] 32; [Security.Cryptography.RandomNumberGenerator]::Create().GetBytes($b)\nAdd-Content .env ("OPENCLAW_GATEWAY_TOKEN=" + (($b | ForEach-Object { $_.ToString("x2") }) -join ""))\ndocker compose up -d --force-recreate',
            'docker-compose':
              'echo "OPENCLAW_GATEWAY_TOKEN=$(openssl rand -hex 32)" >> .env\ndocker compose up -d --force-recreate',
          },
        },
      ],
    },
    {
      id: 'meant-loopback-only',
      title: 'The gateway should only listen on this machine',
      explanation:
        'If nothing on the network needs to reach it directly, keep gateway.bind "loopback" and reach it remotely through an SSH tunnel or Tailscale Serve, which both arrive on loopback.',
      likelihood: 25,
      steps: [
        {
          title: 'Bind to loopback and restart',
          detail:
            'Not in Docker: there the gateway must listen on the container network for the port mapping to work. Give it a token (previous cause) and publish the port on the host loopback only ("127.0.0.1:18789:18789" under ports: in docker-compose.yml).',
          command: {
            'linux-macos': 'openclaw config set gateway.bind loopback\nopenclaw gateway restart',
            'windows-powershell': 'openclaw config set gateway.bind loopback\nopenclaw gateway restart',
            'docker-compose': 'docker compose config | grep -n 18789',
          },
        },
      ],
    },
  ],
  verify: {
    command: {
      'linux-macos': 'openclaw gateway status',
      'windows-powershell': 'openclaw gateway status',
      'docker-compose': 'docker compose ps',
    },
    expect:
      'The gateway stays up (the service shows running, or the container is "Up" instead of exiting) and the startup log no longer says "Refusing to bind gateway".',
  },
  pasteInstead: 'the gateway startup log (the lines right after the OpenClaw banner)',
});
