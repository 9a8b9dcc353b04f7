import type { RankingFact } from '../ranking-facts.ts';
import { gatewayTokenFacts, readGatewayTokens, type GatewayTokens } from './gateway-tokens.ts';
import { parseOpenclawConfig, type ConfigSyntaxError } from './parse-openclaw-config.ts';

export type ConfigAnalysis =
  | { readonly ok: false; readonly error: ConfigSyntaxError }
  | { readonly ok: true; readonly tokens: GatewayTokens; readonly facts: ReadonlySet<RankingFact> };

/** Parses a pasted openclaw.json and reads what bears on gateway auth. */
export async function analyzeConfigText(text: string): Promise<ConfigAnalysis> {
  const parsed = await parseOpenclawConfig(text);
  if (!parsed.ok) return parsed;
  const tokens = readGatewayTokens(parsed.value);
  return { ok: true, tokens, facts: gatewayTokenFacts(tokens) };
}
