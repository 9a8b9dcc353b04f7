import { useSyncExternalStore } from 'react';

const subscribe = (): (() => void) => () => undefined;

/**
 * False in the prerendered HTML and during hydration, true once the app runs. Controls that only
 * work with JavaScript are disabled until then, so nothing typed before hydration is lost.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}
