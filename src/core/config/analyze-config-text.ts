import type { RankingFact } from '../ranking-facts.ts';
import {
  nonLoopbackBinds,
  resolvedAuthMode,
  type FindingRule,
  type FindingSeverity,
  type LocatedFinding,
} from './config-finding.ts';
import { findingRules } from './findings/index.ts';
import { gatewayTokenFacts, readGatewayTokens, type GatewayTokens } from './gateway-tokens.ts';
import { lineOfPath, locateConfigKeys, type KeyLines } from './locate-config-keys.ts';
import { readOpenclawConfig, type OpenclawConfig, type SchemaProblem } from './openclaw-config-schema.ts';
import { parseOpenclawConfig, type ConfigSyntaxError } from './parse-openclaw-config.ts';

export interface ReadConfigAnalysis {
  readonly ok: true;
  readonly tokens: GatewayTokens;
  /** Ranking facts from the config and its findings. */
  readonly facts: ReadonlySet<RankingFact>;
  /** Most severe first. */
  readonly findings: readonly LocatedFinding[];
  readonly config: OpenclawConfig;
  readonly raw: unknown;
  readonly problems: readonly SchemaProblem[];
  readonly keyLines: KeyLines;
  /** The error class the findings were checked against. */
  readonly errorClassId: string | null;
}

export type ConfigAnalysis = { readonly ok: false; readonly error: ConfigSyntaxError } | ReadConfigAnalysis;

const severityOrder: Record<FindingSeverity, number> = { error: 0, warning: 1, info: 2 };

/** Parses a pasted openclaw.json and reads what bears on gateway auth; errorClassId is the pasted error's class. */
export async function analyzeConfigText(text: string, errorClassId: string | null = null): Promise<ConfigAnalysis> {
  const parsed = await parseOpenclawConfig(text);
  if (!parsed.ok) return parsed;
  return checkParsedConfig(parsed.value, text, errorClassId);
}

/** The synchronous part, for a config json5 already parsed; `rules` lets a finding's test run it alone. */
export function checkParsedConfig(
  value: unknown,
  text: string,
  errorClassId: string | null,
  rules: readonly FindingRule[] = findingRules,
): ReadConfigAnalysis {
  const { config, problems } = readOpenclawConfig(value);
  return checkConfig(
    { config, raw: value, problems, keyLines: locateConfigKeys(text), tokens: readGatewayTokens(value), errorClassId },
    rules,
  );
}

/** Re-checks an analysis against another error class (synchronous: the page does this on every new diagnosis). */
export function withErrorClass(analysis: ConfigAnalysis, errorClassId: string | null): ConfigAnalysis {
  if (!analysis.ok || analysis.errorClassId === errorClassId) return analysis;
  return checkConfig({ ...analysis, errorClassId }, findingRules);
}

function checkConfig(
  input: Pick<ReadConfigAnalysis, 'config' | 'raw' | 'problems' | 'keyLines' | 'tokens' | 'errorClassId'>,
  rules: readonly FindingRule[],
): ReadConfigAnalysis {
  const findings = rules
    .flatMap((rule) => rule.check(input))
    .map((finding) => ({ ...finding, line: lineOfPath(input.keyLines, finding.path) }))
    .sort((a, b) => severityOrder[a.severity] - severityOrder[b.severity]);
  const facts = gatewayTokenFacts(input.tokens);
  const authMode = resolvedAuthMode(input.config);
  if (authMode === 'password') facts.add('auth-mode-password');
  // No gateway.auth.token says something only about a gateway that checks a token: in password,
  // none or trusted-proxy mode, or on a client (gateway.mode "remote"), it is expected, not a cause.
  if (authMode !== 'token' || input.config.gateway?.mode === 'remote') facts.delete('auth-token-absent');
  const bind = input.config.gateway?.bind;
  if (bind !== undefined && nonLoopbackBinds.has(bind)) facts.add('gateway-bind-non-loopback');
  for (const finding of findings) for (const fact of finding.facts) facts.add(fact);
  return { ok: true, ...input, findings, facts };
}
