import { useSyncExternalStore } from 'react';

/** A value loaded on demand (a chunk, its data), shared by every component that reads it. */
export interface LazyValue<T> {
  /** Starts loading (or returns the load under way); a failed load is tried again next time. */
  readonly load: () => Promise<T>;
  /** In a component: the value once loaded, null until then (and in the prerendered HTML). */
  readonly useValue: () => T | null;
}

export function lazyValue<T>(fetchValue: () => Promise<T>): LazyValue<T> {
  let loaded: { readonly value: T } | null = null;
  let loading: Promise<T> | null = null;
  const listeners = new Set<() => void>();

  function subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  }

  return {
    load() {
      loading ??= fetchValue().then(
        (value) => {
          loaded = { value };
          for (const listener of listeners) listener();
          return value;
        },
        (error: unknown) => {
          loading = null;
          throw error;
        },
      );
      return loading;
    },
    useValue() {
      return useSyncExternalStore(
        subscribe,
        () => loaded?.value ?? null,
        () => null,
      );
    },
  };
}
