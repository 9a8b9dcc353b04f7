import { lazy, Suspense } from 'react';
import type { Diagnosis } from '../../core/classify/classify-error.ts';
import type { RankingFact } from '../../core/ranking-facts.ts';

// Loaded only once there is a diagnosis: the doctor page's first load stays small.
const ShareDiagnosis = lazy(() => import('./share-diagnosis.tsx'));
const FixFeedback = lazy(() => import('./fix-feedback.tsx'));

/** Share the diagnosis (result area) — placed right after the diagnosis panel. */
export function ShareSlot({ diagnosis, paste }: { diagnosis: Diagnosis; paste: string }) {
  if (diagnosis.findings.length === 0) return null;
  return (
    <Suspense fallback={null}>
      <ShareDiagnosis diagnosis={diagnosis} paste={paste} />
    </Suspense>
  );
}

/** "Did this fix it?" — placed after the fix guide. */
export function FeedbackSlot({
  diagnosis,
  paste,
  facts,
}: {
  diagnosis: Diagnosis;
  paste: string;
  facts: ReadonlySet<RankingFact>;
}) {
  if (diagnosis.findings.length === 0) return null;
  return (
    <Suspense fallback={null}>
      <FixFeedback diagnosis={diagnosis} paste={paste} facts={facts} />
    </Suspense>
  );
}
