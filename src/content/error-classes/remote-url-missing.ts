import { defineErrorClass } from '../../core/error-class-schema.ts';
import { openclawOnEveryPlatform } from '../platform-commands.ts';

/** `gateway remote mode misconfigured: gateway.remote.url missing`: remote mode with no address. */
export const remoteUrlMissing = defineErrorClass({
  id: 'remote-url-missing',
  title: 'Remote mode without gateway.remote.url',
  summary:
    'openclaw.json says gateway.mode is "remote", but there is no gateway.remote.url, so the CLI does not know which gateway to call.',
  explanation: [
    'gateway.mode decides where the CLI sends its calls: "local" means the gateway on this machine (ws://127.0.0.1:18789), "remote" means the one at gateway.remote.url, with gateway.remote.token or password. Remote mode without a URL is incomplete: the CLI stops with "gateway remote mode misconfigured", and `openclaw doctor`/status warn about it.',
    'Decide which one you mean. If the gateway runs on this machine, switch back to local mode. If it runs elsewhere, set the URL (wss:// for anything that is not loopback).',
  ],
  signatures: [
    { phrase: 'gateway remote mode misconfigured: gateway.remote.url missing', certainty: 'exact' },
    { phrase: 'gateway.mode=remote but gateway.remote.url is missing', certainty: 'strong' },
    { phrase: 'Fix: set gateway.remote.url, or set gateway.mode=local', certainty: 'strong' },
    {
      phrase: 'missing gateway.remote.url (fallback local)',
      certainty: 'strong',
      weight: 0.75,
      note: 'The "Source:" line under another error: remote mode fell back to local. Below any exact reason, above a bare 1006.',
    },
  ],
  examples: [
    'Error: gateway remote mode misconfigured: gateway.remote.url missing\nFix: set gateway.remote.url, or set gateway.mode=local.',
    'Warn: gateway.mode=remote but gateway.remote.url is missing; set gateway.remote.url or switch gateway.mode=local.',
    'gateway closed (1006 abnormal closure (no close frame)): no close reason\nGateway target: ws://127.0.0.1:18789\nSource: missing gateway.remote.url (fallback local)',
  ],
  nearMisses: [
    'gateway url override requires explicit credentials',
    'Source: config gateway.remote.url',
    '"gateway.remote.token" is for remote CLI calls; it does not enable local gateway auth.',
  ],
  notToBeConfusedWith: {
    'gateway-unreachable':
      'When remote mode falls back to local and nothing runs locally, the visible error is "unreachable"; the cause is the missing gateway.remote.url.',
  },
  causes: [
    {
      id: 'remote-mode-without-url',
      title: 'Remote mode was chosen but the URL was never set (or was lost)',
      explanation:
        'Onboarding interrupted, a hand edit, or a config copied from another machine without the remote block.',
      likelihood: 50,
      adjustments: [{ when: 'gateway-mode-remote', change: 20, because: 'Your gateway.mode is "remote".' }],
      steps: [
        {
          title: 'Set the gateway address',
          detail:
            'wss:// for a remote address (plain ws:// is only accepted for loopback, e.g. through an SSH tunnel); add :18789 when the gateway serves TLS itself rather than through Tailscale Serve or a proxy on 443.',
          command: openclawOnEveryPlatform('config set gateway.remote.url wss://<gateway-host>'),
        },
      ],
    },
    {
      id: 'meant-local-mode',
      title: 'The gateway runs on this machine, and remote mode is a leftover',
      explanation: 'A gateway in remote mode also refuses to start ("Gateway start blocked: set gateway.mode=local").',
      likelihood: 40,
      steps: [
        {
          title: 'Switch back to local mode',
          command: {
            'linux-macos': 'openclaw config set gateway.mode local\nopenclaw gateway restart',
            'windows-powershell': 'openclaw config set gateway.mode local\nopenclaw gateway restart',
            'docker-compose':
              'docker compose exec openclaw-gateway node openclaw.mjs config set gateway.mode local\ndocker compose restart openclaw-gateway',
          },
        },
      ],
    },
    {
      id: 'url-under-wrong-key',
      title: 'The URL is in the config under another key',
      explanation:
        'A url at gateway.url, remote.url at the top level, or a gateway block nested elsewhere is ignored; only gateway.remote.url counts.',
      likelihood: 10,
      steps: [
        {
          title: 'Read back what the CLI sees',
          command: openclawOnEveryPlatform('config get gateway.remote'),
        },
      ],
    },
  ],
  verify: {
    command: openclawOnEveryPlatform('gateway status'),
    expect:
      'The output names your gateway as the target ("Source: config gateway.remote.url", or local loopback in local mode) and the RPC probe succeeds.',
  },
  pasteInstead: 'the error line and the "Gateway target:"/"Source:" lines under it',
});
