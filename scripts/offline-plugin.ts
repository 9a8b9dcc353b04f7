import { VitePWA } from 'vite-plugin-pwa';

/*
 * Offline after the first visit: a service worker precaches the whole build (app, every guide
 * page, styles) and answers every navigation from it. It is registered only by the production
 * build (src/ui/components/update-prompt.tsx), and waits for the user to accept a new version.
 */
export function offlinePlugin() {
  return VitePWA({
    registerType: 'prompt',
    // We register it ourselves from a lazily loaded module: no inline script (CSP), no extra request up front.
    injectRegister: null,
    manifest: false,
    workbox: {
      globPatterns: ['**/*.{js,css,html,svg,txt,json,webmanifest}'],
      navigateFallback: 'index.html',
      cleanupOutdatedCaches: true,
      // The app's chunks are content-hashed: the precache revision is the file name.
      dontCacheBustURLsMatching: /[.-][A-Za-z0-9_-]{8}\.(?:js|css)$/,
    },
  });
}
