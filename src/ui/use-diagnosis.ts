import { useMemo } from 'react';
import { classifyError, type Diagnosis } from '../core/classify/classify-error.ts';
import { catalogue } from '../content/error-classes/index.ts';

/**
 * The diagnosis of a paste, kept in one place so the doctor route does not care how it is
 * computed. Classifying is linear and fast: done during render, the answer shows in the same frame.
 */
export function useDiagnosis(paste: string): Diagnosis | null {
  return useMemo(() => (paste.trim() === '' ? null : classifyError(paste, catalogue)), [paste]);
}
