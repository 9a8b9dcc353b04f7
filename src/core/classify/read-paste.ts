import type { Catalogue } from '../catalogue.ts';
import { inferVersion, type VersionReading, type VersionSignal } from '../versions/infer-version.ts';
import { classifyNormalized, type Diagnosis } from './classify-error.ts';
import { detectSequences, type Insight, type SequenceRules } from './detect-sequences.ts';
import { inferClient, type ClientEvidenceSignal, type ClientReading } from './infer-client.ts';
import { normalizePaste, type NormalizedPaste } from './normalize-paste.ts';

/** Everything the expert reading needs; the core never imports it, it is passed in. */
export interface ExpertKnowledge {
  readonly catalogue: Catalogue;
  readonly versionSignals: readonly VersionSignal[];
  readonly clientEvidence: readonly ClientEvidenceSignal[];
  readonly sequenceRules: SequenceRules;
}

/** The expert reading of a paste: every finding, the sequences that change the advice, client, version. */
export interface PasteReading {
  readonly diagnosis: Diagnosis;
  /** Most important first; shown above the diagnosis. */
  readonly insights: readonly Insight[];
  readonly client: ClientReading | null;
  readonly version: VersionReading;
}

/** Reads a paste like an expert. Pure and linear: the paste is normalized once and scanned a few times. */
export function readPaste(paste: string, knowledge: ExpertKnowledge): PasteReading {
  const normalized = normalizePaste(paste);
  return completeReading(normalized, classifyNormalized(normalized, knowledge.catalogue), knowledge);
}

/**
 * The rest of the reading once the diagnosis is known: a Web Worker classifies a huge paste in
 * chunks (for progress and cancel) and then completes the reading here.
 */
export function completeReading(
  normalized: NormalizedPaste,
  diagnosis: Diagnosis,
  knowledge: ExpertKnowledge,
): PasteReading {
  const version = inferVersion(normalized, knowledge.versionSignals);
  const client =
    diagnosis.findings.length > 0 ? inferClient(normalized, diagnosis.findings, knowledge.clientEvidence) : null;
  const insights = detectSequences(diagnosis, version, knowledge.sequenceRules);
  return { diagnosis, insights, client, version };
}
