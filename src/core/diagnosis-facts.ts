import type { ReadClientKind } from './clients.ts';
import type { RankingFact } from './ranking-facts.ts';

/** The ranking facts a failing client contributes. */
export function clientFacts(client: ReadClientKind | null): RankingFact[] {
  if (client === 'cli') return ['client-cli'];
  if (client === 'control-ui') return ['client-control-ui'];
  if (client === null) return [];
  return ['client-other'];
}
