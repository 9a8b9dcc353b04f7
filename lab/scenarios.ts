/*
 * The scenarios: each provokes one error class on a real gateway, the way users meet it. A
 * scenario names the gateway set-up it needs (one gateway per set-up and release, shared by the
 * scenarios that only connect to it), the failing client and how it fails.
 */

/** Made-up secrets: clearly fake, long enough to look real, never a user's. */
export const goodToken = 'lab0good0token0a1b2c3d4e5f60718293a4b5c6d7e8f9';
export const staleToken = 'lab0stale0token9f8e7d6c5b4a39281706f5e4d3c2b1a0';
export const goodPassword = 'lab-good-password-correct-horse';
export const stalePassword = 'lab-stale-password-battery-staple';

export type GatewaySetup = 'token' | 'password';

export interface GatewayFacts {
  url: string;
  port: number;
  httpUrl: string;
}

export interface Scenario {
  /** Short id used in file names: `token-mismatch`. */
  id: string;
  /** The class Error Doctor must diagnose. */
  classId: string;
  client: 'cli' | 'control-ui';
  /** The gateway set-up; null for a scenario with no gateway listening. */
  gateway: GatewaySetup | null;
  title: string;
  /** CLI: the client's ~/.openclaw/openclaw.json (its own HOME, like a second machine). */
  clientConfig?: (gateway: GatewayFacts) => Record<string, unknown>;
  clientEnv?: (gateway: GatewayFacts) => NodeJS.ProcessEnv;
  /** CLI: the command the user ran (after `openclaw`). */
  args?: (gateway: GatewayFacts) => string[];
  /** Control UI: the page URL to open, and a secret to type into the card first (if any). */
  uiUrl?: (gateway: GatewayFacts) => string;
  uiSecret?: string;
  /** Placeholders the fix guide may ask for. */
  placeholders: (gateway: GatewayFacts) => Record<string, string>;
  /**
   * Set when the text this release prints is not recognised yet (the matchers are not tuned to the
   * lab: the transcript goes to lab/unrecognised/ and the lead adds the class or phrase).
   */
  unrecognisedBecause?: string;
  /** Text that means it still fails (checked on the verify step's output). */
  stillFailing: RegExp;
}

export const gatewayConfigs: Record<GatewaySetup, Record<string, unknown>> = {
  token: {
    gateway: {
      mode: 'local',
      bind: 'loopback',
      auth: { mode: 'token', token: goodToken, rateLimit: { maxAttempts: 1000, exemptLoopback: true } },
    },
  },
  password: {
    gateway: {
      mode: 'local',
      bind: 'loopback',
      auth: { mode: 'password', password: goodPassword, rateLimit: { maxAttempts: 1000, exemptLoopback: true } },
    },
  },
};

const remoteClient =
  (secret: Record<string, string>) =>
  (gateway: GatewayFacts): Record<string, unknown> => ({
    gateway: { mode: 'remote', remote: { url: gateway.url, ...secret } },
  });

const tokenPlaceholders = (gateway: GatewayFacts): Record<string, string> => ({
  token: goodToken,
  port: String(gateway.port),
  url: gateway.url,
  'gateway-url': gateway.url,
});
const passwordPlaceholders = (gateway: GatewayFacts): Record<string, string> => ({
  password: goodPassword,
  port: String(gateway.port),
  url: gateway.url,
  'gateway-url': gateway.url,
});

const devicesList = (): string[] => ['devices', 'list'];

export const scenarios: readonly Scenario[] = [
  {
    id: 'token-mismatch',
    classId: 'gateway-token-mismatch',
    client: 'cli',
    gateway: 'token',
    title: 'CLI (remote mode) with a stale gateway.remote.token',
    clientConfig: remoteClient({ token: staleToken }),
    args: devicesList,
    placeholders: tokenPlaceholders,
    stillFailing: /unauthorized|requires credentials|not reachable/i,
  },
  {
    id: 'token-missing',
    classId: 'gateway-token-missing',
    client: 'cli',
    gateway: 'token',
    title: 'CLI (remote mode) with no gateway.remote.token',
    unrecognisedBecause:
      '2026.9.6 refuses before connecting: "gateway device.pair.list requires credentials before opening a websocket"',
    clientConfig: remoteClient({}),
    args: devicesList,
    placeholders: tokenPlaceholders,
    stillFailing: /unauthorized|requires credentials|not reachable/i,
  },
  {
    id: 'token-mismatch',
    classId: 'gateway-token-mismatch',
    client: 'control-ui',
    gateway: 'token',
    title: 'Control UI opened with an old token in the URL',
    uiUrl: (gateway) => `${gateway.httpUrl}/#token=${staleToken}`,
    placeholders: tokenPlaceholders,
    stillFailing: /./,
  },
  {
    id: 'token-missing',
    classId: 'gateway-token-missing',
    client: 'control-ui',
    gateway: 'token',
    title: 'Control UI opened without a token',
    uiUrl: (gateway) => `${gateway.httpUrl}/`,
    placeholders: tokenPlaceholders,
    stillFailing: /./,
  },
  {
    id: 'password-mismatch',
    classId: 'gateway-password-mismatch',
    client: 'cli',
    gateway: 'password',
    title: 'CLI (remote mode) with a stale gateway.remote.password',
    clientConfig: remoteClient({ password: stalePassword }),
    args: devicesList,
    placeholders: passwordPlaceholders,
    stillFailing: /unauthorized|requires credentials|not reachable/i,
  },
  {
    id: 'password-missing',
    classId: 'gateway-password-missing',
    client: 'cli',
    gateway: 'password',
    title: 'CLI (remote mode) with no password',
    unrecognisedBecause:
      '2026.9.6 refuses before connecting: "gateway device.pair.list requires credentials before opening a websocket"',
    clientConfig: remoteClient({}),
    args: devicesList,
    placeholders: passwordPlaceholders,
    stillFailing: /unauthorized|requires credentials|not reachable/i,
  },
  {
    id: 'password-mismatch',
    classId: 'gateway-password-mismatch',
    client: 'control-ui',
    gateway: 'password',
    title: 'Control UI with a wrong password typed into the card',
    uiUrl: (gateway) => `${gateway.httpUrl}/`,
    uiSecret: stalePassword,
    placeholders: passwordPlaceholders,
    stillFailing: /./,
  },
  {
    id: 'password-missing',
    classId: 'gateway-password-missing',
    client: 'control-ui',
    gateway: 'password',
    title: 'Control UI opened without a password',
    uiUrl: (gateway) => `${gateway.httpUrl}/`,
    placeholders: passwordPlaceholders,
    stillFailing: /./,
  },
  {
    id: 'url-override',
    classId: 'url-override-needs-credentials',
    client: 'cli',
    gateway: 'token',
    title: 'CLI with --url and no --token',
    clientConfig: () => ({}),
    args: (gateway) => ['devices', 'list', '--url', gateway.url],
    placeholders: tokenPlaceholders,
    stillFailing: /unauthorized|requires explicit credentials|requires credentials|not reachable/i,
  },
  {
    id: 'unreachable',
    classId: 'gateway-unreachable',
    client: 'cli',
    gateway: null,
    title: 'CLI to a port where no gateway listens',
    unrecognisedBecause: '2026.9.6 prints "Gateway not reachable at ws://127.0.0.1:<port> (ECONNREFUSED)."',
    clientConfig: (gateway) => ({ gateway: { mode: 'local', port: gateway.port } }),
    args: devicesList,
    placeholders: tokenPlaceholders,
    stillFailing: /not reachable|ECONNREFUSED|RPC probe: failed/i,
  },
];
