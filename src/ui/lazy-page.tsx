import { use, type ComponentType } from 'react';

/** What a lazily loaded page module exports: its component, and what it must load before it renders. */
export interface PageModule {
  readonly Component: ComponentType;
  /** Data the page needs for these URL parameters (a guide's HTML), loaded before the first render. */
  readonly preload?: (params: Readonly<Record<string, string | undefined>>) => Promise<unknown>;
}

export interface LazyPage {
  /** Loads the page's code and data; the page then renders without suspending (needed to hydrate). */
  readonly preload: (params: Readonly<Record<string, string | undefined>>) => Promise<void>;
  /** The page: renders directly once loaded, otherwise suspends until its chunk arrives. */
  readonly Page: ComponentType;
}

/**
 * A page whose code is its own chunk. Unlike `React.lazy`, a page that was preloaded renders in
 * the same pass (no Suspense fallback): the prerendered HTML is hydrated as is, and the static
 * prerenderer (renderToString) gets the whole page.
 */
export function lazyPage(load: () => Promise<PageModule>): LazyPage {
  let loaded: PageModule | null = null;
  let loading: Promise<PageModule> | null = null;

  function loadOnce(): Promise<PageModule> {
    loading ??= load().then(
      (module) => {
        loaded = module;
        return module;
      },
      (error: unknown) => {
        // A failed chunk (offline, a new deployment) is retried on the next visit, not cached.
        loading = null;
        throw error;
      },
    );
    return loading;
  }

  function Page() {
    const module = loaded ?? use(loadOnce());
    return <module.Component />;
  }

  return {
    Page,
    async preload(params) {
      const module = await loadOnce();
      await module.preload?.(params);
    },
  };
}
