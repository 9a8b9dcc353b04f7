/// <reference types="vite-plugin-pwa/vanillajs" />
import { useEffect, useState } from 'react';

const buttonClass =
  'rounded-md border border-slate-500 bg-white px-3 py-1 font-medium text-slate-900 hover:bg-slate-100 dark:bg-slate-800 dark:text-slate-100 dark:hover:bg-slate-700';

/**
 * Registers the service worker (production builds only) and, when a new version has been
 * deployed, says so with a Reload button. Until then the page keeps working from the cache.
 */
export function UpdatePrompt() {
  const [update, setUpdate] = useState<(() => Promise<void>) | null>(null);
  const [offlineReady, setOfflineReady] = useState(false);

  useEffect(() => {
    if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
    let active = true;
    void import('virtual:pwa-register').then(({ registerSW }) => {
      const updateServiceWorker = registerSW({
        onNeedRefresh() {
          if (active) setUpdate(() => () => updateServiceWorker(true));
        },
        onOfflineReady() {
          if (active) setOfflineReady(true);
        },
      });
    });
    return () => {
      active = false;
    };
  }, []);

  return (
    <div role="status" className="mx-auto max-w-5xl px-4 empty:hidden">
      {update && (
        <p className="mt-3 flex flex-wrap items-center gap-3 rounded-md border border-sky-700 bg-sky-50 p-3 text-slate-900 dark:bg-slate-800 dark:text-slate-100">
          A new version of Error Doctor is available.
          <button type="button" className={buttonClass} onClick={() => void update()}>
            Reload
          </button>
        </p>
      )}
      {offlineReady && !update && (
        <p className="sr-only" data-testid="offline-ready">
          Error Doctor now works offline.
        </p>
      )}
    </div>
  );
}
