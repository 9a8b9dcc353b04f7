import { lazy, Suspense, type ComponentProps } from 'react';
import type { DiagnosisPanel as LoadedDiagnosisPanel } from './diagnosis-panel.tsx';
import type { FixGuide as LoadedFixGuide } from './fix-guide.tsx';

/*
 * The result panels, loaded with the catalogue (src/ui/lazy-content.ts) rather than with the
 * page: same names and props as the real components. Once preloaded they render directly: a
 * Suspense fallback, even for one frame, makes React hold the answer back ~300 ms.
 */
let panels: { DiagnosisPanel: typeof LoadedDiagnosisPanel; FixGuide: typeof LoadedFixGuide } | null = null;

export async function preloadResultPanels(): Promise<void> {
  const [diagnosisPanel, fixGuide] = await Promise.all([import('./diagnosis-panel.tsx'), import('./fix-guide.tsx')]);
  panels = { DiagnosisPanel: diagnosisPanel.DiagnosisPanel, FixGuide: fixGuide.FixGuide };
}

const DiagnosisPanelChunk = lazy(() =>
  import('./diagnosis-panel.tsx').then((module) => ({ default: module.DiagnosisPanel })),
);
const FixGuideChunk = lazy(() => import('./fix-guide.tsx').then((module) => ({ default: module.FixGuide })));

export function DiagnosisPanel(props: ComponentProps<typeof LoadedDiagnosisPanel>) {
  if (panels) return <panels.DiagnosisPanel {...props} />;
  return (
    <Suspense fallback={<p className="mt-1">Loading the diagnosis…</p>}>
      <DiagnosisPanelChunk {...props} />
    </Suspense>
  );
}

export function FixGuide(props: ComponentProps<typeof LoadedFixGuide>) {
  if (panels) return <panels.FixGuide {...props} />;
  return (
    <Suspense fallback={<p>Loading the fix guide…</p>}>
      <FixGuideChunk {...props} />
    </Suspense>
  );
}
