import { use } from 'react';

/** Data a page needs for a URL parameter (a fix page's class, a guide's HTML), loaded once per key. */
export interface PageData<T> {
  /** Starts loading (or returns the load already under way): for preloading before a render. */
  readonly load: (key: string) => Promise<T>;
  /** In a component: the data, right away once loaded, otherwise suspends until it is. */
  readonly useData: (key: string) => T;
}

/**
 * Loaded data is returned synchronously: a preloaded page renders in one pass (hydration, the
 * prerenderer's renderToString); a page reached by a link suspends inside the router's transition,
 * so the previous page stays until the next one is ready.
 */
export function pageData<T>(fetchData: (key: string) => Promise<T>): PageData<T> {
  const pending = new Map<string, Promise<T>>();
  const settled = new Map<string, { readonly value: T }>();

  function load(key: string): Promise<T> {
    let loading = pending.get(key);
    if (!loading) {
      loading = fetchData(key).then(
        (value) => {
          settled.set(key, { value });
          return value;
        },
        (error: unknown) => {
          // A failed chunk (offline, a new deployment) is tried again next time, not remembered.
          pending.delete(key);
          throw error;
        },
      );
      pending.set(key, loading);
    }
    return loading;
  }

  return {
    load,
    useData(key) {
      const loaded = settled.get(key);
      return loaded ? loaded.value : use(load(key));
    },
  };
}
