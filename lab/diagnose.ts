/*
 * What Error Doctor makes of a transcript: the same reading the page and `error-doctor classify`
 * do (readPaste + the causes ranked for the failing client), so the lab checks our real output.
 */
import { readPaste } from '../src/core/classify/read-paste.ts';
import type { Cause, ErrorClass } from '../src/core/error-class-schema.ts';
import { diagnoseWithConfig } from '../src/cli/diagnosis-with-config.ts';
import { expertKnowledge } from '../src/content/expert-knowledge.ts';

export interface LabDiagnosis {
  /** The top class id, or null when nothing was recognised. */
  id: string | null;
  client: string | null;
  errorClass: ErrorClass | undefined;
  /** The causes, most likely first, for this paste's client (no config). */
  causes: readonly Cause[];
}

export function diagnose(text: string): LabDiagnosis {
  const reading = readPaste(text, expertKnowledge);
  const top = reading.diagnosis.findings[0];
  const withCauses = diagnoseWithConfig(reading, null);
  return {
    id: top?.id ?? null,
    client: top?.client ?? null,
    errorClass: withCauses.topClass,
    causes: withCauses.causes.map((ranked) => ranked.cause),
  };
}
