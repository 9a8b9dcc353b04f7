import * as z from 'zod/mini';
import type { RankingFact } from '../ranking-facts.ts';

/**
 * Where a token value comes from when the config does not hold it literally:
 * `${OPENCLAW_GATEWAY_TOKEN}` substitution or a SecretRef object (SOURCE-FACTS §2.1).
 */
export type TokenValue =
  | { readonly kind: 'absent' }
  | { readonly kind: 'literal'; readonly value: string }
  | { readonly kind: 'environment'; readonly variable: string }
  | { readonly kind: 'secret-ref'; readonly source: string; readonly id: string };

const secretRefSchema = z.object({ source: z.string(), id: z.string() });

// Only the keys we read; everything else in the config is the user's business (loose objects).
const gatewayTokensSchema = z.looseObject({
  gateway: z.optional(
    z.looseObject({
      mode: z.optional(z.unknown()),
      auth: z.optional(z.looseObject({ token: z.optional(z.unknown()) })),
      remote: z.optional(z.looseObject({ token: z.optional(z.unknown()) })),
    }),
  ),
});

function readTokenValue(value: unknown): TokenValue {
  if (typeof value === 'string') {
    const variable = /^\$\{([A-Z_][A-Z0-9_]*)\}$/.exec(value.trim());
    if (variable?.[1]) return { kind: 'environment', variable: variable[1] };
    return { kind: 'literal', value };
  }
  const secretRef = secretRefSchema.safeParse(value);
  if (secretRef.success) return { kind: 'secret-ref', source: secretRef.data.source, id: secretRef.data.id };
  return { kind: 'absent' };
}

export type TokenRelation = 'equal' | 'different' | 'remote-missing' | 'auth-missing' | 'both-missing' | 'unknown';

export interface GatewayTokens {
  readonly authToken: TokenValue;
  readonly remoteToken: TokenValue;
  /** gateway.auth.token (what the gateway enforces) vs gateway.remote.token (what a remote CLI sends). */
  readonly relation: TokenRelation;
  readonly mode: 'local' | 'remote' | null;
}

export function readGatewayTokens(config: unknown): GatewayTokens {
  const parsed = gatewayTokensSchema.safeParse(config);
  const gateway = parsed.success ? parsed.data.gateway : undefined;
  const authToken = readTokenValue(gateway?.auth?.token);
  const remoteToken = readTokenValue(gateway?.remote?.token);
  const mode = gateway?.mode === 'local' || gateway?.mode === 'remote' ? gateway.mode : null;
  return { authToken, remoteToken, relation: relate(authToken, remoteToken), mode };
}

function relate(auth: TokenValue, remote: TokenValue): TokenRelation {
  if (auth.kind === 'absent' && remote.kind === 'absent') return 'both-missing';
  if (auth.kind === 'absent') return 'auth-missing';
  if (remote.kind === 'absent') return 'remote-missing';
  if (auth.kind === 'literal' && remote.kind === 'literal') return auth.value === remote.value ? 'equal' : 'different';
  if (auth.kind === 'environment' && remote.kind === 'environment' && auth.variable === remote.variable) return 'equal';
  return 'unknown';
}

/** The ranking facts a config contributes. */
export function gatewayTokenFacts(tokens: GatewayTokens): Set<RankingFact> {
  const facts = new Set<RankingFact>();
  if (tokens.relation === 'different') facts.add('remote-token-differs');
  if (tokens.relation === 'equal') facts.add('remote-token-matches');
  if (tokens.relation === 'remote-missing') facts.add('remote-token-absent');
  if (tokens.authToken.kind === 'absent') facts.add('auth-token-absent');
  if (tokens.authToken.kind === 'environment' || tokens.authToken.kind === 'secret-ref') {
    facts.add('auth-token-from-environment');
  }
  if (tokens.mode === 'remote') facts.add('gateway-mode-remote');
  return facts;
}
