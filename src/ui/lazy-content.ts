import { useSyncExternalStore } from 'react';
import type { Catalogue } from '../core/catalogue.ts';
import type { ExpertKnowledge, PasteReading } from '../core/classify/read-paste.ts';
import type { ErrorClass } from '../core/error-class-schema.ts';
import { preloadResultPanels } from './components/lazy-results.tsx';

/*
 * The error-class catalogue (with the matcher that reads a paste) is most of the app's JavaScript
 * and grows with every class; the doctor needs it only once there is something to diagnose. It loads (with the result panels)
 * on the page's first focus, pointer or paste, before the answer is needed, and after the first
 * visit it comes from the service worker's cache.
 */
export interface LoadedContent {
  readonly catalogue: Catalogue;
  readonly errorClassById: ReadonlyMap<string, ErrorClass>;
  readonly expertKnowledge: ExpertKnowledge;
  /** The expert reading of a paste against this catalogue (src/core/classify/read-paste.ts). */
  readonly readPaste: (paste: string) => PasteReading;
}

let loaded: LoadedContent | null = null;
let loading: Promise<void> | null = null;
const listeners = new Set<() => void>();

export function loadContent(): Promise<void> {
  loading ??= Promise.all([
    import('../content/error-classes/index.ts'),
    import('../content/expert-knowledge.ts'),
    import('../core/classify/read-paste.ts'),
    // The panels that render a diagnosis: ready before the first answer, so no loading flash.
    preloadResultPanels(),
  ]).then(([content, expert, reader]) => {
    const { expertKnowledge } = expert;
    // Compile the catalogue's matcher now, not on the first paste.
    reader.readPaste('warm up', expertKnowledge);
    loaded = {
      catalogue: content.catalogue,
      errorClassById: content.errorClassById,
      expertKnowledge,
      readPaste: (paste) => reader.readPaste(paste, expertKnowledge),
    };
    for (const listener of listeners) listener();
  });
  return loading;
}

if (typeof document !== 'undefined') {
  const early = (): void => {
    void loadContent();
  };
  for (const type of ['focusin', 'pointerdown', 'paste', 'keydown']) {
    document.addEventListener(type, early, { once: true, capture: true });
  }
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The catalogue once loaded, null until then (`loadContent` starts the load). */
export function useContent(): LoadedContent | null {
  return useSyncExternalStore(
    subscribe,
    () => loaded,
    () => null,
  );
}
