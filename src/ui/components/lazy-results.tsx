import { lazy, Suspense, type ComponentProps } from 'react';
import type { DiagnosisPanel as LoadedDiagnosisPanel } from './diagnosis-panel.tsx';
import type { FixGuide as LoadedFixGuide } from './fix-guide.tsx';

/*
 * The result panels, loaded with the catalogue (src/ui/lazy-content.ts) rather than with the
 * page: same names and props as the real components.
 */
const DiagnosisPanelChunk = lazy(() =>
  import('./diagnosis-panel.tsx').then((module) => ({ default: module.DiagnosisPanel })),
);
const FixGuideChunk = lazy(() => import('./fix-guide.tsx').then((module) => ({ default: module.FixGuide })));

export function DiagnosisPanel(props: ComponentProps<typeof LoadedDiagnosisPanel>) {
  return (
    <Suspense fallback={<p className="mt-1">Loading the diagnosis…</p>}>
      <DiagnosisPanelChunk {...props} />
    </Suspense>
  );
}

export function FixGuide(props: ComponentProps<typeof LoadedFixGuide>) {
  return (
    <Suspense fallback={<p>Loading the fix guide…</p>}>
      <FixGuideChunk {...props} />
    </Suspense>
  );
}
