import { useCallback, useSyncExternalStore } from 'react';
import { isPlatform, type Platform } from '../core/platforms.ts';

/*
 * One platform choice for every command on every page (Starlight's synced tabs): remembered in
 * local storage, shared live between tabs through the `storage` event, and falling back to a
 * sensible default when storage is missing, full, disabled or holds something corrupt.
 */
const storageKey = 'error-doctor.platform';
const listeners = new Set<() => void>();
let memoryChoice: Platform | null = null;

function defaultPlatform(): Platform {
  return /Windows/i.test(navigator.userAgent) ? 'windows-powershell' : 'linux-macos';
}

function readChoice(): Platform {
  try {
    const stored = localStorage.getItem(storageKey);
    if (isPlatform(stored)) return stored;
  } catch {
    // Storage disabled (privacy mode, sandboxed iframe): the in-memory choice still works.
  }
  return memoryChoice ?? defaultPlatform();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  const onStorage = (event: StorageEvent): void => {
    if (event.key === storageKey || event.key === null) listener();
  };
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', onStorage);
  };
}

export function setPlatformChoice(platform: Platform): void {
  memoryChoice = platform;
  try {
    localStorage.setItem(storageKey, platform);
  } catch {
    // Full or disabled storage: keep the choice for this page only.
  }
  for (const listener of listeners) listener();
}

/** The platform the user chose (or the default for their system), and a setter. */
export function usePlatformChoice(): [Platform, (platform: Platform) => void] {
  const platform = useSyncExternalStore(subscribe, readChoice, () => 'linux-macos' as const);
  const choose = useCallback((next: Platform) => {
    setPlatformChoice(next);
  }, []);
  return [platform, choose];
}
