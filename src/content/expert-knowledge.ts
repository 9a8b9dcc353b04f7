import type { ExpertKnowledge } from '../core/classify/read-paste.ts';
import { clientEvidenceSignals } from './client-evidence.ts';
import { catalogue } from './error-classes/index.ts';
import { sequenceRules } from './sequence-rules.ts';
import { versionSignals } from './version-signals.ts';

/** What the doctor knows, in one object for `readPaste` (UI and CLI). */
export const expertKnowledge: ExpertKnowledge = {
  catalogue,
  versionSignals,
  clientEvidence: clientEvidenceSignals,
  sequenceRules,
};
