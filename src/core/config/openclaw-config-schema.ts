/**
 * The part of openclaw.json the doctor reads: `gateway.*` and what bears on auth, as OpenClaw's
 * src/config/types.gateway.ts declares it (the keys each release knows are in
 * src/content/openclaw-releases/release-data.json). Objects are loose: every other key is the
 * user's business.
 */
import * as z from 'zod/mini';

/** A secret that is not in the file: `{ source: "env" | "file" | "exec", provider, id }` (since 2026.3.7). */
const secretRefSchema = z.looseObject({
  /** Where the value is read from: an environment variable, a secrets file provider, or a command. */
  source: z.enum(['env', 'file', 'exec']),
  /** Provider name, usually "default". */
  provider: z.optional(z.string()),
  /** For `env`, the variable name (for example OPENCLAW_GATEWAY_TOKEN); otherwise the provider's key. */
  id: z.string(),
});
export type SecretRef = z.infer<typeof secretRefSchema>;

/** A string (possibly `${VAR}`, substituted from the environment at load time) or a SecretRef. */
const secretSchema = z.union([z.string(), secretRefSchema], {
  error: 'a string, or a SecretRef object { source, provider, id }',
});
export type SecretValue = z.infer<typeof secretSchema>;

export const authModes = ['none', 'token', 'password', 'trusted-proxy'] as const;
export const bindModes = ['loopback', 'lan', 'tailnet', 'auto', 'custom'] as const;

const gatewaySchema = z.looseObject({
  /** "local" (this machine runs the gateway) or "remote" (CLI calls go to gateway.remote.*). `gateway run` refuses to start unless "local" or --allow-unconfigured. */
  mode: z.optional(z.enum(['local', 'remote'])),
  /** The WebSocket port. Default 18789 (env OPENCLAW_GATEWAY_PORT). */
  port: z.optional(z.number()),
  /** Which interfaces the gateway listens on. Default "loopback" (in containers "auto"); "custom" uses gateway.customBindHost. */
  bind: z.optional(z.enum(bindModes)),
  /** The host for bind "custom". */
  customBindHost: z.optional(z.string()),
  auth: z.optional(
    z.looseObject({
      /** "none" | "token" | "password" | "trusted-proxy". Unset: "password" if a password resolves, else "token". "none" must be explicit. */
      mode: z.optional(z.enum(authModes)),
      /** The shared token every client must present. The gateway reads it first, then OPENCLAW_GATEWAY_TOKEN. */
      token: z.optional(secretSchema),
      /** The shared password (password mode). The gateway reads it first, then OPENCLAW_GATEWAY_PASSWORD. */
      password: z.optional(secretSchema),
      /** Defaults to true with tailscale.mode "serve" unless the mode is password or trusted-proxy. */
      allowTailscale: z.optional(z.boolean()),
    }),
  ),
  /** Proxies whose forwarded headers are trusted; required by auth mode "trusted-proxy". */
  trustedProxies: z.optional(z.array(z.string())),
  remote: z.optional(
    z.looseObject({
      /** Whether the remote settings are used. */
      enabled: z.optional(z.boolean()),
      /** The remote gateway's WebSocket URL (ws:// or wss://). */
      url: z.optional(z.string()),
      /** "ssh" or "direct". */
      transport: z.optional(z.enum(['ssh', 'direct'])),
      /** What the CLI sends in remote mode. Client side only: the gateway never reads it for its own auth. */
      token: z.optional(secretSchema),
      /** The password the CLI sends in remote mode. */
      password: z.optional(secretSchema),
      /** The pinned TLS certificate fingerprint of a wss:// gateway. */
      tlsFingerprint: z.optional(z.string()),
      sshTarget: z.optional(z.string()),
      sshIdentity: z.optional(z.string()),
    }),
  ),
  controlUi: z.optional(
    z.looseObject({
      /** Serve the browser Control UI (dashboard). */
      enabled: z.optional(z.boolean()),
      basePath: z.optional(z.string()),
      /** Origins allowed to open the Control UI; required when it is reachable beyond loopback (since 2026.2.26). */
      allowedOrigins: z.optional(z.array(z.string())),
      /** Accept the Host header as origin instead of allowedOrigins. Weakens origin checks. */
      dangerouslyAllowHostHeaderOriginFallback: z.optional(z.boolean()),
      /** Allow token auth from an insecure (non-HTTPS, non-localhost) page. */
      allowInsecureAuth: z.optional(z.boolean()),
      /** Skip device identity and pairing for the Control UI. */
      dangerouslyDisableDeviceAuth: z.optional(z.boolean()),
    }),
  ),
  tailscale: z.optional(
    z.looseObject({
      /** "off" | "serve" | "funnel"; funnel requires password mode, serve and funnel require bind "loopback". */
      mode: z.optional(z.enum(['off', 'serve', 'funnel'])),
    }),
  ),
});

export const openclawConfigSchema = z.looseObject({ gateway: z.optional(gatewaySchema) });
export type OpenclawConfig = z.infer<typeof openclawConfigSchema>;
export type GatewayConfig = NonNullable<OpenclawConfig['gateway']>;

/** A key whose value has the wrong type: where, and what OpenClaw expects there. */
export interface SchemaProblem {
  readonly path: string;
  readonly expected: string;
}

interface SchemaIssue {
  readonly code: string;
  readonly path: readonly PropertyKey[];
  readonly message: string;
  readonly expected?: unknown;
  readonly values?: readonly unknown[];
}

function describeExpected(issue: SchemaIssue): string {
  if (issue.code === 'invalid_type' && typeof issue.expected === 'string') {
    return (
      { object: 'an object { … }', array: 'a list [ … ]', boolean: 'true or false' }[issue.expected] ??
      `a ${issue.expected}`
    );
  }
  if (issue.code === 'invalid_value' && issue.values) {
    return `one of ${issue.values.map((value) => JSON.stringify(value)).join(', ')}`;
  }
  return issue.message;
}

/**
 * Validates what we read. A wrong value is reported and then left out, so the rest of the config
 * is still read (one typo must not hide every other finding).
 */
export function readOpenclawConfig(value: unknown): { config: OpenclawConfig; problems: SchemaProblem[] } {
  const problems: SchemaProblem[] = [];
  let current: unknown = value;
  // Each round removes the keys the last one rejected; nesting is shallow, so a few rounds suffice.
  for (let round = 0; round < 8; round += 1) {
    const result = openclawConfigSchema.safeParse(current);
    if (result.success) return { config: result.data, problems };
    current = JSON.parse(JSON.stringify(current)) as unknown;
    for (const issue of result.error.issues as readonly SchemaIssue[]) {
      const path = issue.path.map(String);
      problems.push({ path: path.join('.'), expected: describeExpected(issue) });
      if (path.length === 0) return { config: {}, problems };
      removePath(current, path);
    }
  }
  return { config: {}, problems };
}

function removePath(root: unknown, path: readonly string[]): void {
  let node: unknown = root;
  for (const part of path.slice(0, -1)) {
    if (node === null || typeof node !== 'object') return;
    node = (node as Record<string, unknown>)[part];
  }
  const last = path.at(-1);
  if (node !== null && typeof node === 'object' && last !== undefined) Reflect.deleteProperty(node, last);
}
