import { useMemo } from 'react';
import { classifyError, type Diagnosis } from '../core/classify/classify-error.ts';
import { readPaste, type PasteReading } from '../core/classify/read-paste.ts';
import { catalogue } from '../content/error-classes/index.ts';
import { expertKnowledge } from '../content/expert-knowledge.ts';

/**
 * The diagnosis of a paste, kept in one place so the doctor route does not care how it is
 * computed. Classifying is linear and fast: done during render, the answer shows in the same frame.
 */
export function useDiagnosis(paste: string): Diagnosis | null {
  return useMemo(() => (paste.trim() === '' ? null : classifyError(paste, catalogue)), [paste]);
}

/** The expert reading of a paste: the diagnosis plus insights, client and version. */
export function usePasteReading(paste: string): PasteReading | null {
  return useMemo(() => (paste.trim() === '' ? null : readPaste(paste, expertKnowledge)), [paste]);
}
