import type { RankingFact } from '../ranking-facts.ts';
import type { OpenclawConfig, SchemaProblem, SecretValue } from './openclaw-config-schema.ts';

export type FindingSeverity = 'error' | 'warning' | 'info';

/** One thing wrong (or worth knowing) in a pasted config. Never carries a secret value. */
export interface ConfigFinding {
  /** Stable id, the finding module's file name. */
  readonly id: string;
  readonly severity: FindingSeverity;
  /** The key path it is about ("gateway.auth.token"), or the section where a missing key belongs. */
  readonly path: string;
  /** What is wrong, and why it breaks (or may break) connecting. */
  readonly message: string;
  /** What to do, in words. */
  readonly fix: string;
  /** Real `openclaw` commands (checked against src/content/openclaw-commands.ts) and shell lines. */
  readonly commands: readonly string[];
  /** How this finding re-ranks the causes of the pasted error. */
  readonly facts: readonly RankingFact[];
  /** The error class OpenClaw reports when it trips over this (its fix guide goes deeper), if any. */
  readonly errorClassId?: string;
}

/** A finding placed in the pasted text. */
export interface LocatedFinding extends ConfigFinding {
  /** 1-based line of the key (or of its nearest ancestor that is present); null when not in the text. */
  readonly line: number | null;
}

export interface FindingInput {
  /** The config as read by the schema (values of the wrong type left out). */
  readonly config: OpenclawConfig;
  /** The parsed JSON5 as is, for keys that are in the wrong place and so not in the schema. */
  readonly raw: unknown;
  readonly problems: readonly SchemaProblem[];
  /** The error class the doctor recognised in the pasted error, if any. */
  readonly errorClassId: string | null;
}

export interface FindingRule {
  readonly id: string;
  check(input: FindingInput): ConfigFinding[];
}

/** The mode the gateway resolves to (SOURCE-FACTS §2.2): explicit, else password if one is set, else token. */
export function resolvedAuthMode(config: OpenclawConfig): 'none' | 'token' | 'password' | 'trusted-proxy' {
  const auth = config.gateway?.auth;
  if (auth?.mode) return auth.mode;
  return auth?.password !== undefined ? 'password' : 'token';
}

/** A token or password written as `${VAR}` in full: substituted from the environment at load time. */
export function environmentReference(value: SecretValue | undefined): string | null {
  if (typeof value !== 'string') return null;
  return /^\$\{([A-Z_][A-Z0-9_]*)\}$/.exec(value.trim())?.[1] ?? null;
}

/** A literal value (not `${VAR}`, not a SecretRef), or null. */
export function literalSecret(value: SecretValue | undefined): string | null {
  if (typeof value !== 'string' || environmentReference(value) !== null) return null;
  return value;
}

export const secretPaths = [
  'gateway.auth.token',
  'gateway.auth.password',
  'gateway.remote.token',
  'gateway.remote.password',
] as const;
export type SecretPath = (typeof secretPaths)[number];

export function secretAt(config: OpenclawConfig, path: SecretPath): SecretValue | undefined {
  const gateway = config.gateway;
  switch (path) {
    case 'gateway.auth.token':
      return gateway?.auth?.token;
    case 'gateway.auth.password':
      return gateway?.auth?.password;
    case 'gateway.remote.token':
      return gateway?.remote?.token;
    case 'gateway.remote.password':
      return gateway?.remote?.password;
  }
}

export const nonLoopbackBinds = new Set(['lan', 'tailnet', 'custom', 'auto']);
