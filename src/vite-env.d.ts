/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** The public origin of the site, for canonical URLs (set by scripts/build-site.ts). */
  readonly VITE_SITE_URL?: string;
}
