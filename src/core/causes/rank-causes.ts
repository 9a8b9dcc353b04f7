import type { Cause, ErrorClass } from '../error-class-schema.ts';
import type { RankingFact } from '../ranking-facts.ts';

export interface RankedCause {
  readonly cause: Cause;
  /** Likelihood after this user's facts were applied (0–100). */
  readonly score: number;
  /** Why it moved, in the order the adjustments were declared. Empty when nothing applied. */
  readonly reasons: readonly string[];
}

/**
 * Orders a class's causes for this user: the base likelihood from real reports, moved by what
 * we know (the client that failed, the config they pasted). Stable for equal scores, so the
 * author's order breaks ties.
 */
export function rankCauses(errorClass: ErrorClass, facts: ReadonlySet<RankingFact>): RankedCause[] {
  return errorClass.causes
    .map((cause, index) => {
      let score = cause.likelihood;
      const reasons: string[] = [];
      for (const adjustment of cause.adjustments ?? []) {
        if (facts.has(adjustment.when)) {
          score += adjustment.change;
          reasons.push(adjustment.because);
        }
      }
      return { cause, score: Math.max(0, Math.min(100, score)), reasons, index };
    })
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .map(({ cause, score, reasons }) => ({ cause, score, reasons }));
}
