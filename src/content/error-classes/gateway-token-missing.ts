import { defineErrorClass } from '../../core/error-class-schema.ts';
import { openclawOnEveryPlatform, readGatewayTokenOnOlderVersions } from '../platform-commands.ts';

/**
 * `unauthorized: gateway token missing (…)`: the client connected without any gateway token.
 * Missing credentials do not count towards the rate limit, so retrying is harmless.
 */
export const gatewayTokenMissing = defineErrorClass({
  id: 'gateway-token-missing',
  title: 'Gateway token missing',
  summary:
    'Your client connected without sending a gateway token, and this gateway requires one, so it closed the connection (code 1008).',
  explanation: [
    'OpenClaw checks three layers when a client connects: the shared gateway token every client must present (gateway.auth.token on the gateway), then the device token issued when a device is paired, then pairing approval itself.',
    'Here the first layer failed before it could compare anything: the client sent no token at all. The usual reasons are a dashboard opened without its token (a bare URL, a private window, an SSH tunnel or a redirect that dropped #token=), a remote CLI with no gateway.remote.token, or an app or wrapper that was never given the token.',
  ],
  signatures: [
    { phrase: 'Missing gateway auth credentials', certainty: 'strong' },
    { phrase: 'requires credentials before opening a websocket', certainty: 'strong' },
    { phrase: 'Missing gateway auth token', certainty: 'exact' },
    { phrase: 'provide gateway auth token', certainty: 'strong' },
    { phrase: 'unauthorized: gateway token missing', certainty: 'exact' },
    { phrase: 'AUTH_TOKEN_MISSING', certainty: 'exact', wholeWord: true },
    {
      phrase: 'token_missing',
      certainty: 'exact',
      wholeWord: true,
      note: 'reason=token_missing / "authReason":"token_missing". Whole word: token_missing_config is "token not configured".',
    },
    { phrase: 'gateway token missing', certainty: 'strong', note: 'The Control UI short text.' },
    {
      phrase: 'Missing gateway auth token',
      certainty: 'strong',
      note: 'Wrappers and SDKs that check for a token before connecting (`Error: Missing gateway auth token.`).',
    },
    {
      phrase: 'paste in Control UI settings or openclaw doctor --generate-gateway-token; restart',
      certainty: 'strong',
      weight: 0.7,
      hint: true,
      note: 'Newer Control UI hint; only the "token missing" message carries it.',
    },
    {
      phrase: 'This gateway requires auth. Add a token or password',
      certainty: 'strong',
      weight: 0.75,
      note: 'The Control UI overview prompt shown while no token is set.',
    },
    { phrase: '此网关需要身份验证', certainty: 'strong', weight: 0.75, note: 'The same prompt in zh-CN.' },
    {
      phrase: 'needs a matching token or password before this browser can connect',
      certainty: 'strong',
      weight: 0.7,
      note: 'Newer "Auth required" login card.',
    },
    {
      phrase: 'set gateway.remote.token to match gateway.auth.token',
      certainty: 'weak',
      weight: 0.35,
      hint: true,
      note: 'The CLI hint, shared with "token mismatch"; alone it is the runner-up.',
    },
  ],
  examples: [
    'Error: Missing gateway auth token.',
    'disconnected (1008): unauthorized: gateway token missing (open the dashboard URL and paste the token in Control UI settings)',
    'unauthorized: gateway token missing (open a tokenized dashboard URL or paste token in Control UI settings)',
    'gateway connect failed: Error: unauthorized: gateway token missing (set gateway.remote.token to match gateway.auth.token)',
    'unauthorized: gateway token missing (paste in Control UI settings or openclaw doctor --generate-gateway-token; restart)',
    'node host gateway closed (1008): unauthorized: gateway token missing (provide gateway auth token)',
    '[ws] unauthorized conn=9a0e remote=192.168.1.20 client=openclaw-control-ui webchat auth=none device=no reason=token_missing',
    '{"subsystem":"gateway/ws","authReason":"token_missing","detail":"AUTH_TOKEN_MISSING"}',
    'This gateway requires auth. Add a token or password, then click Connect.',
    '此网关需要身份验证。添加令牌或密码，然后点击连接。',
  ],
  nearMisses: [
    'unauthorized: gateway token not configured on gateway (set gateway.auth.token)',
    'reason=token_missing_config',
    'No API key found for provider "anthropic"',
    'Telegram: 401: Unauthorized (check your bot token)',
    'unauthorized: gateway password missing (enter the password in Control UI settings)',
  ],
  notToBeConfusedWith: {
    'gateway-token-mismatch':
      'No token arrived at all. A mismatch means a token was sent but it was the wrong one; paste the full line to tell which.',
    'gateway-token-not-configured':
      '"Missing" is the client sending no token; "not configured" is the gateway having none of its own.',
  },
  causes: [
    {
      id: 'dashboard-opened-without-token',
      title: 'The dashboard was opened without its token',
      explanation:
        'A bare http://127.0.0.1:18789/ URL, a private window, a bookmark, an SSH tunnel or a redirect that dropped the #token= part: the Control UI then has nothing to send.',
      likelihood: 35,
      adjustments: [
        { when: 'client-control-ui', change: 30, because: 'The failing client is the Control UI.' },
        { when: 'client-cli', change: -25, because: 'The failing client is the CLI, not the browser.' },
      ],
      steps: [
        {
          title: 'Print the dashboard URL with its token on the gateway host',
          detail:
            'Open exactly the printed URL. Through an SSH tunnel, keep the part after # when you change the host.',
          command: openclawOnEveryPlatform('dashboard --no-open'),
        },
        {
          title: 'Or paste the token into Control UI settings',
          detail:
            'Print it with `openclaw gateway auth-token --show` (newer than 2026.4.12; on older versions read gateway.auth.token from openclaw.json on the gateway host), paste it into the Gateway token field of the Control UI settings, then click Connect.',
        },
      ],
    },
    {
      id: 'remote-cli-without-token',
      title: 'The CLI has no token for a remote gateway',
      explanation:
        'In remote mode the CLI sends gateway.remote.token (then OPENCLAW_GATEWAY_TOKEN). With neither set it connects with no token.',
      likelihood: 20,
      adjustments: [
        { when: 'client-cli', change: 25, because: 'The failing client is the CLI.' },
        { when: 'remote-token-absent', change: 25, because: 'Your config has no gateway.remote.token.' },
        { when: 'gateway-mode-remote', change: 10, because: 'Your gateway.mode is "remote".' },
      ],
      steps: [
        {
          title: 'On the gateway host, print the token',
          command: openclawOnEveryPlatform('gateway auth-token --show'),
          versions: { since: '2026.4.13' },
        },
        ...readGatewayTokenOnOlderVersions,
        {
          title: 'On the client, store it as gateway.remote.token',
          detail: 'Replace <token> with the value printed on the gateway host.',
          command: openclawOnEveryPlatform('config set gateway.remote.token <token>'),
        },
      ],
    },
    {
      id: 'app-or-wrapper-without-token',
      title: 'An app, node or third-party wrapper was never given the token',
      explanation:
        'Node hosts read OPENCLAW_GATEWAY_TOKEN; the macOS app in remote mode reads gateway.remote.token; wrappers such as desktop chat apps or admin panels keep their own token field. Each must be given the gateway token.',
      likelihood: 20,
      adjustments: [
        { when: 'client-other', change: 30, because: 'The failing client is not the CLI or the Control UI.' },
      ],
      steps: [
        {
          title: 'Give the client the gateway token',
          detail:
            'For a node host, set OPENCLAW_GATEWAY_TOKEN in the environment it starts with; for an app, paste the token into its gateway settings.',
          command: {
            'linux-macos': 'export OPENCLAW_GATEWAY_TOKEN=<token>\nopenclaw node run',
            'windows-powershell': '$env:OPENCLAW_GATEWAY_TOKEN = "<token>"\nopenclaw node run',
            'docker-compose': 'docker compose up -d --force-recreate',
          },
        },
      ],
    },
    {
      id: 'token-under-the-wrong-key',
      title: 'The token sits under the wrong key in openclaw.json',
      explanation:
        'OpenClaw reads gateway.auth.token (gateway side) and gateway.remote.token (client side). A "token" at the top level or gateway.token is ignored, so nothing is sent.',
      likelihood: 8,
      adjustments: [
        {
          when: 'token-under-wrong-key',
          change: 55,
          because: 'Your config has a token under a key OpenClaw does not read.',
        },
        {
          when: 'remote-config-while-local',
          change: 20,
          because: 'Your config sets gateway.remote.* while gateway.mode is local, where it is not used.',
        },
      ],
      steps: [
        {
          title: 'Check the key path of your token',
          detail:
            'It should print a value: the token itself before 2026.2.22, the redacted placeholder __OPENCLAW_REDACTED__ since; an error or nothing means the key is missing or misplaced.',
          command: openclawOnEveryPlatform('config get gateway.remote.token'),
        },
      ],
    },
  ],
  verify: {
    command: openclawOnEveryPlatform('devices list'),
    expect:
      'The device list prints instead of "unauthorized: gateway token missing"; the Control UI shows connected once the tokenized URL is open.',
  },
  pasteInstead: 'the full line starting with "unauthorized:", or the output of `openclaw gateway status`',
});
