import { defineErrorClass } from '../../core/error-class-schema.ts';
import { openclawOnEveryPlatform, readGatewayTokenOnOlderVersions } from '../platform-commands.ts';

/**
 * `unauthorized: gateway token mismatch (…)`: the client sent a shared gateway token and it is not
 * the one the gateway enforces. The bracketed hint only says which client failed.
 */
export const gatewayTokenMismatch = defineErrorClass({
  id: 'gateway-token-mismatch',
  title: 'Gateway token mismatch',
  summary:
    'Your client sent a gateway token, but it is not the token the gateway enforces, so the gateway closed the connection (code 1008).',
  explanation: [
    'OpenClaw checks three layers when a client connects. First the shared gateway token (gateway.auth.token, or OPENCLAW_GATEWAY_TOKEN): every client must present it. Then the device token, issued to each device once it is paired. Then pairing itself: a new device, or one asking for more scopes, must be approved on the gateway host.',
    'This error is about the first layer. The token your client sent is not empty, it is just different from the one the gateway holds. The gateway reads its own token from the config first and the environment second, while the local CLI reads the environment first: a stale OPENCLAW_GATEWAY_TOKEN in a shell, an .env file, a service unit or a Docker environment is the classic way two sides drift apart.',
  ],
  signatures: [
    { phrase: 'unauthorized: gateway token mismatch', certainty: 'exact' },
    { phrase: 'AUTH_TOKEN_MISMATCH', certainty: 'exact', wholeWord: true },
    {
      phrase: 'token_mismatch',
      certainty: 'exact',
      wholeWord: true,
      note: 'The gateway log field reason=token_mismatch and JSON "authReason":"token_mismatch". Whole word, so device_token_mismatch stays the device class.',
    },
    {
      phrase: 'gateway token mismatch',
      certainty: 'strong',
      note: 'The Control UI short text and the macOS app ("Gateway token mismatch. Check gateway.auth.token…").',
    },
    {
      phrase: "use this gateway's gateway.auth.token or pair the device",
      certainty: 'strong',
      weight: 0.7,
      hint: true,
      note: 'Newer local-CLI hint; only the mismatch message carries it.',
    },
    {
      phrase: 'set gateway.remote.token to match gateway.auth.token',
      certainty: 'weak',
      weight: 0.45,
      hint: true,
      note: 'The CLI hint, shared with "token missing": alone it suggests a mismatch (the more common of the two).',
    },
    { phrase: 'token mismatch', certainty: 'weak', weight: 0.35, wholeWord: true },
  ],
  examples: [
    'disconnected (1008): unauthorized: gateway token mismatch (open the dashboard URL and paste the token in Control UI settings)',
    'gateway connect failed: Error: unauthorized: gateway token mismatch (set gateway.remote.token to match gateway.auth.token)',
    'gateway closed (1008): unauthorized: gateway token mismatch (set gateway.remote.token to match gateway.auth.token)',
    'Gateway: not detected (unauthorized: gateway token mismatch (provide gateway auth token))',
    "unauthorized: gateway token mismatch (use this gateway's gateway.auth.token or pair the device)",
    'Gateway token mismatch. Check gateway.auth.token or OPENCLAW_GATEWAY_TOKEN on the gateway host.',
    '[ws] unauthorized conn=4f1c peer=127.0.0.1:51234 client=openclaw-control-ui webchat v2026.2.15 auth=token device=yes reason=token_mismatch',
    '{"level":"warn","msg":"unauthorized","authReason":"token_mismatch","code":"AUTH_TOKEN_MISMATCH"}',
    '(set gateway.remote.token to match gateway.auth.token)',
  ],
  nearMisses: [
    'unauthorized: device token mismatch (rotate/reissue device token)',
    'reason=device_token_mismatch',
    'Gateway token rejected',
    '401 Incorrect API key provided: sk-abc***',
    'gateway tls fingerprint mismatch',
    'unauthorized: gateway password mismatch (set gateway.remote.password to match gateway.auth.password)',
  ],
  notToBeConfusedWith: {
    'device-token-mismatch':
      'This is the shared gateway token (gateway.auth.token), not the per-device token the gateway issued when this device was paired.',
    'gateway-token-missing':
      'A token was sent and it was wrong. "Missing" means no token arrived at all; paste the full line to tell which.',
    'gateway-password-mismatch':
      'This gateway runs in token mode: fix gateway.auth.token / gateway.remote.token, not a password.',
  },
  causes: [
    {
      id: 'stale-token-in-environment',
      title: 'A stale OPENCLAW_GATEWAY_TOKEN overrides your config',
      explanation:
        'The gateway reads gateway.auth.token from openclaw.json first; the local CLI and node hosts read OPENCLAW_GATEWAY_TOKEN first. An old value exported in your shell, in ~/.openclaw/.env, baked into the systemd unit or LaunchAgent by an old `gateway install`, or set in Docker `environment:` makes the two sides send and expect different tokens.',
      likelihood: 30,
      adjustments: [
        {
          when: 'remote-token-matches',
          change: 20,
          because: 'Your config tokens match each other, so the different value must come from outside the config.',
        },
        {
          when: 'auth-token-from-environment',
          change: 15,
          because: 'Your gateway.auth.token is read from the environment, so the environment decides which token wins.',
        },
        { when: 'client-cli', change: 5, because: 'The CLI reads the environment before the config.' },
        {
          when: 'config-contradicts-error',
          change: 20,
          because:
            'The auth mode in your config cannot produce this error, so the gateway takes its credential from somewhere else.',
        },
      ],
      steps: [
        {
          title: 'Print the token the gateway really enforces',
          detail:
            'On the gateway host, in an interactive terminal (it refuses to print into a pipe). This command is newer than 2026.4.12.',
          command: openclawOnEveryPlatform('gateway auth-token --show'),
          versions: { since: '2026.4.13' },
        },
        ...readGatewayTokenOnOlderVersions,
        {
          title: 'Find every OPENCLAW_GATEWAY_TOKEN that could override it',
          detail:
            'Look in the shell, the env files OpenClaw reads, and the compose environment. Any value that differs from the token above is the culprit.',
          command: {
            'linux-macos':
              'env | grep OPENCLAW_GATEWAY_TOKEN; grep -n OPENCLAW_GATEWAY_TOKEN ~/.openclaw/.env ~/.config/openclaw/gateway.env ~/.bashrc ~/.zshrc 2>/dev/null',
            'windows-powershell':
              'Get-ChildItem Env:OPENCLAW_GATEWAY_TOKEN; Select-String -Path "$HOME\\.openclaw\\.env" -Pattern OPENCLAW_GATEWAY_TOKEN',
            'docker-compose': 'docker compose config | grep -n OPENCLAW_GATEWAY_TOKEN',
          },
        },
        {
          title: 'Check whether the gateway service embeds an old token',
          detail:
            'openclaw doctor reports "Gateway service embeds OPENCLAW_GATEWAY_TOKEN and should be reinstalled" or "…does not match gateway.auth.token". If it does, reinstall the service.',
          command: openclawOnEveryPlatform('doctor'),
        },
        {
          title: 'Remove the stale value, then restart the gateway',
          detail:
            'Delete the line from the file where you found it (or set it to the gateway token), open a new shell, and restart.',
          command: {
            'linux-macos': 'unset OPENCLAW_GATEWAY_TOKEN\nopenclaw gateway restart',
            'windows-powershell': 'Remove-Item Env:OPENCLAW_GATEWAY_TOKEN\nopenclaw gateway restart',
            'docker-compose': 'docker compose up -d --force-recreate',
          },
        },
      ],
    },
    {
      id: 'remote-token-differs-from-auth-token',
      title: 'gateway.remote.token on the client differs from gateway.auth.token on the gateway',
      explanation:
        'A CLI in remote mode, and the macOS app in remote mode, send gateway.remote.token. The gateway never reads that key for itself: it compares against its own gateway.auth.token. After the gateway token changed, the client copy is out of date.',
      likelihood: 20,
      adjustments: [
        {
          when: 'remote-token-differs',
          change: 50,
          because: 'Your config has a gateway.remote.token that differs from gateway.auth.token.',
        },
        {
          when: 'remote-token-matches',
          change: -15,
          because: 'Your gateway.remote.token already equals gateway.auth.token.',
        },
        {
          when: 'gateway-mode-remote',
          change: 10,
          because: 'Your gateway.mode is "remote", so the CLI sends gateway.remote.token.',
        },
        {
          when: 'client-cli',
          change: 10,
          because: 'The failing client is the CLI, which sends gateway.remote.token in remote mode.',
        },
        { when: 'client-control-ui', change: -15, because: 'The Control UI does not use gateway.remote.token.' },
        {
          when: 'remote-config-while-local',
          change: -10,
          because: 'Your gateway.mode is local, so the CLI on this machine does not send gateway.remote.token.',
        },
      ],
      steps: [
        {
          title: 'On the gateway host, print the token it enforces',
          command: openclawOnEveryPlatform('gateway auth-token --show'),
          versions: { since: '2026.4.13' },
        },
        ...readGatewayTokenOnOlderVersions,
        {
          title: 'On the client, set gateway.remote.token to that value',
          detail: 'Replace <token> with the token printed above. Keep it out of shell history where you can.',
          command: openclawOnEveryPlatform('config set gateway.remote.token <token>'),
        },
      ],
    },
    {
      id: 'stale-token-in-control-ui',
      title: 'The Control UI still holds an old token',
      explanation:
        'The dashboard keeps the token you pasted (per gateway URL, in the browser session). After the gateway token changed, a restart generated a new one, or you opened a URL from another gateway, the browser keeps sending the old value.',
      likelihood: 25,
      adjustments: [
        { when: 'client-control-ui', change: 30, because: 'The failing client is the Control UI.' },
        { when: 'client-cli', change: -20, because: 'The failing client is the CLI, not the browser.' },
      ],
      steps: [
        {
          title: 'Print a fresh dashboard URL on the gateway host',
          detail:
            'Open the printed URL in the browser: it carries the current token (or, on newer versions, a one-time handoff).',
          command: openclawOnEveryPlatform('dashboard --no-open'),
        },
        {
          title: 'Or paste the current token into Control UI settings',
          detail:
            'Get it with `openclaw gateway auth-token --show` (newer than 2026.4.12; on older versions read gateway.auth.token from openclaw.json on the gateway host), paste it into the Gateway token field of the Control UI settings, then click Connect.',
        },
      ],
    },
    {
      id: 'gateway-generated-a-new-token',
      title: 'The gateway generated a new token when it started',
      explanation:
        'With no gateway.auth.token configured, the gateway makes one at start. Newer versions keep it only for that run; in Docker, a config directory that is not a persistent volume loses it with the container. Every restart then invalidates the token your clients hold.',
      likelihood: 15,
      adjustments: [
        {
          when: 'auth-token-absent',
          change: 40,
          because: 'Your config has no gateway.auth.token, so the gateway makes its own at every start.',
        },
      ],
      steps: [
        {
          title: 'Persist a token in the config',
          detail: 'Generates and saves a token only when none is configured; it does not rotate an existing one.',
          command: {
            'linux-macos': 'openclaw doctor --generate-gateway-token\nopenclaw gateway restart',
            'windows-powershell': 'openclaw doctor --generate-gateway-token\nopenclaw gateway restart',
            'docker-compose':
              'docker compose exec openclaw-gateway node openclaw.mjs doctor --generate-gateway-token\ndocker compose restart openclaw-gateway',
          },
        },
        {
          title: 'In Docker, keep /home/node/.openclaw on a volume',
          detail:
            'The compose file mounts ${OPENCLAW_CONFIG_DIR} at /home/node/.openclaw: make sure it points at a host folder, or set one OPENCLAW_GATEWAY_TOKEN in .env for both the gateway and the CLI container.',
        },
      ],
    },
    {
      id: 'device-token-sent-as-gateway-token',
      title: 'An old client sent its device token as the gateway token',
      explanation:
        'Before 2026.2.14, clients sent a cached device token in the same field as the gateway token, and a stale one was reported as "gateway token mismatch". On those versions the fix is the device-token fix.',
      likelihood: 6,
      steps: [
        {
          title: 'Move the cached device token aside and re-pair',
          command: {
            'linux-macos':
              'mv ~/.openclaw/identity/device-auth.json ~/.openclaw/identity/device-auth.json.bak\nopenclaw devices list',
            'windows-powershell':
              'Rename-Item "$HOME\\.openclaw\\identity\\device-auth.json" device-auth.json.bak\nopenclaw devices list',
            'docker-compose':
              'docker compose exec openclaw-gateway mv /home/node/.openclaw/identity/device-auth.json /home/node/.openclaw/identity/device-auth.json.bak\ndocker compose exec openclaw-gateway node openclaw.mjs devices list',
          },
        },
        {
          title: 'Approve the new pairing request on the gateway host',
          detail: 'Use the request id that `openclaw devices list` shows as pending.',
          command: { all: 'openclaw devices approve <requestId>' },
        },
      ],
    },
    {
      id: 'wrong-secret-pasted',
      title: 'A different secret was pasted as the gateway token',
      explanation:
        'A pairing setup code, the Browser Relay token, a Telegram or Discord bot token, or a model provider key is not the gateway token. Only gateway.auth.token (or OPENCLAW_GATEWAY_TOKEN on the gateway host) is.',
      likelihood: 4,
      steps: [
        {
          title: 'Copy the gateway token itself',
          command: openclawOnEveryPlatform('gateway auth-token --show'),
          versions: { since: '2026.4.13' },
        },
        ...readGatewayTokenOnOlderVersions,
      ],
    },
  ],
  verify: {
    command: openclawOnEveryPlatform('devices list'),
    expect:
      'The device list prints instead of "unauthorized: gateway token mismatch"; in the Control UI the status shows connected after you click Connect.',
  },
  pasteInstead: 'the full line starting with "unauthorized:", or the output of `openclaw gateway status`',
});
