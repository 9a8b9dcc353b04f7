/*
 * Where the site is published, for canonical URLs, the sitemap and share links. The build sets
 * VITE_SITE_URL (scripts/build-site.ts, from --site or $SITE_URL); BASE_URL comes from --base.
 */
const siteOrigin = (import.meta.env.VITE_SITE_URL ?? 'http://localhost:4173').replace(/\/+$/, '');
const base = import.meta.env.BASE_URL.replace(/\/+$/, '');

/** The absolute, canonical URL of a site path (`/fix/x` → `https://host/base/fix/x`). */
export function canonicalUrl(path: string): string {
  return `${siteOrigin}${base}${path}`;
}

/** A site path with the base path in front, for raw links outside React Router. */
export function hrefWithBase(path: string): string {
  return `${base}${path}`;
}
