/**
 * The token source map: which credential the gateway enforces, where each candidate comes from
 * and in which order it wins, and what each client sends. Built from the pasted config and
 * OpenClaw's precedence (SOURCE-FACTS §2.3 gateway: config first; §2.4 local CLI: environment
 * first; remote CLI: gateway.remote.token first). Values appear masked, never in full.
 */
import { maskToken } from '../redact/mask-secrets.ts';
import { environmentReference, literalSecret, resolvedAuthMode } from './config-finding.ts';
import type { OpenclawConfig, SecretValue } from './openclaw-config-schema.ts';

export type CandidateState = 'set' | 'not-set' | 'elsewhere' | 'unknown';

/** One place a credential can come from, in precedence order. */
export interface CredentialCandidate {
  readonly label: string;
  /** What we know of its value: masked, "not set", or where it comes from. */
  readonly value: string;
  readonly state: CandidateState;
  /** True for the candidate that wins given what the config shows. */
  readonly wins: boolean;
}

export type EdgeStatus = 'equal' | 'different' | 'unknown';

/** A client and the token it sends, connected to the gateway by an edge. */
export interface ClientNode {
  readonly id: 'cli-local' | 'cli-remote' | 'control-ui' | 'device-token';
  readonly label: string;
  readonly sends: readonly CredentialCandidate[];
  readonly status: EdgeStatus;
  /** Why the edge has this status. */
  readonly note: string;
  /** How to see the value that is unknown here, by version. */
  readonly reveal: readonly { readonly when: string; readonly how: string }[];
}

export interface TokenSourceMap {
  /** "token", "password", "none" or "trusted-proxy", and whether the config says so or it is the default. */
  readonly mode: string;
  readonly gateway: readonly CredentialCandidate[];
  readonly serviceEnvironments: readonly string[];
  readonly clients: readonly ClientNode[];
}

function describe(value: SecretValue | undefined): { value: string; state: CandidateState } {
  if (value === undefined) return { value: 'not set', state: 'not-set' };
  const variable = environmentReference(value);
  if (variable) return { value: `\${${variable}}: from the environment`, state: 'elsewhere' };
  if (typeof value === 'object') return { value: `SecretRef (${value.source}: ${value.id})`, state: 'elsewhere' };
  return { value: value.trim() === '' ? 'empty' : maskToken(value), state: 'set' };
}

const revealGatewayToken = [
  { when: 'newer than 2026.4.12', how: 'openclaw gateway auth-token --show (on the gateway host, in a terminal)' },
  {
    when: '2026.2.22 up to 2026.4.12',
    how: 'read gateway.auth.token in ~/.openclaw/openclaw.json on the gateway host (openclaw config get prints a redacted placeholder)',
  },
  { when: 'before 2026.2.22', how: 'openclaw config get gateway.auth.token' },
];

export const serviceEnvironments = [
  'the shell that started the gateway',
  'systemd unit (openclaw gateway install wrote Environment= lines)',
  'macOS LaunchAgent',
  '~/.openclaw/.env and ~/.config/openclaw/gateway.env',
  'Docker Compose environment: / .env',
];

export function buildTokenSourceMap(config: OpenclawConfig): TokenSourceMap {
  const gateway = config.gateway;
  const mode = resolvedAuthMode(config);
  const explicit = gateway?.auth?.mode !== undefined;
  const usesPassword = mode === 'password';
  const secret = usesPassword ? gateway?.auth?.password : gateway?.auth?.token;
  const configured = describe(secret);
  const variable = usesPassword ? 'OPENCLAW_GATEWAY_PASSWORD' : 'OPENCLAW_GATEWAY_TOKEN';
  const key = usesPassword ? 'gateway.auth.password' : 'gateway.auth.token';
  const configWins = configured.state === 'set' || configured.state === 'elsewhere';

  const enforced: CredentialCandidate[] =
    mode === 'none'
      ? [{ label: 'gateway.auth.mode "none"', value: 'no shared secret is checked', state: 'set', wins: true }]
      : [
          {
            label: `gateway run --${usesPassword ? 'password' : 'token'} / --auth`,
            value: 'a command-line override; not visible in the config',
            state: 'unknown',
            wins: false,
          },
          { label: key, ...configured, wins: configWins },
          {
            label: variable,
            value: configWins
              ? 'ignored by the gateway while the config has a value'
              : 'used if set in its environment',
            state: 'unknown',
            wins: false,
          },
          ...(usesPassword
            ? []
            : [
                {
                  label: 'generated at start',
                  value: 'when no token resolves; newer versions keep it only for that run',
                  state: 'unknown' as const,
                  wins: false,
                },
              ]),
        ];

  const authToken = literalSecret(gateway?.auth?.token);
  const remoteToken = literalSecret(gateway?.remote?.token);
  const remoteMode = gateway?.mode === 'remote';

  const localCli: ClientNode = {
    id: 'cli-local',
    label: 'CLI on the gateway host (local mode)',
    sends: [
      { label: '--token', value: 'if given', state: 'unknown', wins: false },
      { label: 'OPENCLAW_GATEWAY_TOKEN', value: 'in the CLI’s own shell, if set', state: 'unknown', wins: false },
      { label: 'gateway.auth.token', ...describe(gateway?.auth?.token), wins: !remoteMode },
      {
        label: 'gateway.remote.token',
        value: 'only when no gateway.auth.token is configured',
        state: gateway?.remote?.token === undefined ? 'not-set' : 'unknown',
        wins: false,
      },
    ],
    status: 'unknown',
    note:
      authToken !== null && !usesPassword
        ? 'Equal to what the gateway enforces, unless OPENCLAW_GATEWAY_TOKEN is set where the CLI runs: the CLI reads the environment first, the gateway the config first.'
        : 'The CLI reads OPENCLAW_GATEWAY_TOKEN first, then gateway.auth.token; neither can be compared here.',
    reveal: [
      { when: 'any version', how: 'env | grep OPENCLAW_GATEWAY_TOKEN (in the shell where the CLI runs)' },
      { when: 'any version', how: 'openclaw doctor (flags a service that embeds a different OPENCLAW_GATEWAY_TOKEN)' },
    ],
  };

  const bothKnown = authToken !== null && remoteToken !== null;
  const remoteCli: ClientNode = {
    id: 'cli-remote',
    label: 'CLI on another machine (remote mode)',
    sends: [
      { label: '--token', value: 'if given', state: 'unknown', wins: false },
      {
        label: 'gateway.remote.token',
        ...describe(gateway?.remote?.token),
        wins: gateway?.remote?.token !== undefined,
      },
      { label: 'OPENCLAW_GATEWAY_TOKEN', value: 'if gateway.remote.token is not set', state: 'unknown', wins: false },
    ],
    status: bothKnown ? (authToken === remoteToken ? 'equal' : 'different') : 'unknown',
    note: bothKnown
      ? authToken === remoteToken
        ? 'gateway.remote.token equals gateway.auth.token in this config.'
        : 'gateway.remote.token differs from gateway.auth.token in this config.'
      : 'The client’s gateway.remote.token and the gateway’s token are in different files: compare them below without revealing them.',
    reveal: revealGatewayToken,
  };

  const controlUi: ClientNode = {
    id: 'control-ui',
    label: 'Control UI in a browser',
    sends: [
      {
        label: 'token pasted in settings',
        value: 'kept per gateway URL in the browser session',
        state: 'unknown',
        wins: true,
      },
      {
        label: 'tokenized dashboard URL',
        value: '#token= from 2026.2.6 (?token= before); newer versions hand off a one-time code instead',
        state: 'unknown',
        wins: false,
      },
    ],
    status: 'unknown',
    note: 'The browser holds its own copy; it goes stale when the gateway token changes.',
    reveal: [{ when: 'any version', how: 'openclaw dashboard --no-open (prints a fresh URL to open)' }],
  };

  const deviceToken: ClientNode = {
    id: 'device-token',
    label: 'Cached device token (after pairing)',
    sends: [
      {
        label: 'device token',
        value: 'CLI: ~/.openclaw/identity/device-auth.json; browser: its local storage',
        state: 'unknown',
        wins: false,
      },
    ],
    status: 'unknown',
    note: 'Checked after the shared token, per paired device. Not the gateway token: a stale one gives "device token mismatch".',
    reveal: [{ when: 'any version', how: 'openclaw devices list' }],
  };

  return {
    mode: `${mode}${explicit ? '' : ' (default: gateway.auth.mode is not set)'}`,
    gateway: enforced,
    serviceEnvironments,
    clients: [localCli, remoteCli, controlUi, deviceToken],
  };
}
