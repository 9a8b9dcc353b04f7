import type { ReadClientKind } from './clients.ts';
import type { PasteReading } from './classify/read-paste.ts';
import type { ConfigAnalysis } from './config/analyze-config-text.ts';
import type { RankingFact } from './ranking-facts.ts';

/** The ranking facts a failing client contributes. */
export function clientFacts(client: ReadClientKind | null): RankingFact[] {
  if (client === 'cli') return ['client-cli'];
  if (client === 'control-ui') return ['client-control-ui'];
  if (client === null) return [];
  return ['client-other'];
}

/**
 * What ranks the causes for this user: the failing client (read from the whole paste, which
 * refines the bracketed hint's) and what their config says, once checked against the error
 * (`withErrorClass`). One function for the page and the CLI, so they never rank differently.
 */
export function rankingFactsFor(reading: PasteReading | null, checkedConfig: ConfigAnalysis | null): Set<RankingFact> {
  const top = reading?.diagnosis.findings[0];
  const facts = new Set<RankingFact>(clientFacts(reading?.client?.client ?? top?.client ?? null));
  if (checkedConfig?.ok) for (const fact of checkedConfig.facts) facts.add(fact);
  return facts;
}
