import type { Catalogue } from '../catalogue.ts';
import type { ErrorClass } from '../error-class-schema.ts';
import { classifyError } from './classify-error.ts';

/**
 * What a tool that only knows a code means: a class id (`gateway-token-mismatch`), a detail code
 * (`AUTH_TOKEN_MISMATCH`), a gateway log reason (`token_mismatch`) or a close reason
 * (`unauthorized: gateway token mismatch`). Used by `/?code=…` links and `error-doctor explain`.
 * Null when the code names no class, or only loosely (a weak fragment never decides).
 */
export function resolveErrorCode(code: string, catalogue: Catalogue): ErrorClass | null {
  const wanted = code.trim();
  if (wanted === '') return null;
  const byId = catalogue.errorClasses.find((errorClass) => errorClass.id === wanted.toLowerCase());
  if (byId) return byId;
  const [top] = classifyError(wanted, catalogue).findings;
  if (!top || top.certainty === 'weak') return null;
  return catalogue.errorClasses.find((errorClass) => errorClass.id === top.id) ?? null;
}
