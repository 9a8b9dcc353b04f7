import { clientKinds, type ClientKind } from '../core/clients.ts';
import { platforms, type Platform } from '../core/platforms.ts';

/*
 * The one module that owns every URL: each route's pattern sits beside the function that builds
 * links to it, and URL parameters are parsed here, at the boundary. Never hand-write a path.
 * Pure TypeScript (no React), so the CLI, the prerenderer and the static server use it too.
 * Paths are relative to the site's base (React Router's basename adds it; `withBase` for raw links).
 */

/** An OpenClaw release as printed in banners and logs: `2026.2.15`, `2026.3.1-beta.2`, `2026.2.26-1`. */
export const openclawVersionPattern = /^\d{4}\.\d{1,2}\.\d{1,2}(?:-beta\.\d{1,3}|-\d{1,3})?$/;

/** Non-secret facets a helper may put in a fix link: "the fix for your case". */
export interface FixFacets {
  readonly client?: ClientKind | undefined;
  readonly platform?: Platform | undefined;
  readonly version?: string | undefined;
}

/*
 * URL parameters are flat strings, each checked against a closed list or an anchored pattern.
 * Not zod on purpose: this module is in every page's first chunk, and zod would add ~7 kB gzip to
 * it for three string checks (structured input — configs, share payloads, content — uses zod).
 */
const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function oneOf<T extends string>(allowed: readonly T[], value: string | null): T | undefined {
  return allowed.find((candidate) => candidate === value);
}

/**
 * The sections of a fix guide a link may point at: `/fix/<id>#steps`. Stable, like class ids:
 * shared links depend on them. (`#how-to-fix`, the old id of `steps`, still lands on the section.)
 */
export const fixGuideSections = {
  meaning: 'what-it-means',
  steps: 'steps',
  verify: 'verify',
} as const;
export type FixGuideSection = (typeof fixGuideSections)[keyof typeof fixGuideSections];

function facetEntries(facets: FixFacets): [string, string][] {
  const entries: [string, string][] = [];
  if (facets.client) entries.push(['client', facets.client]);
  if (facets.platform) entries.push(['platform', facets.platform]);
  if (facets.version) entries.push(['version', facets.version]);
  return entries;
}

/** Longest `?code=` read: codes and close reasons are short; anything longer is not one. */
const maxCodeLength = 200;

/** The fragment key that carries a shared diagnosis: `/#share=<fragment>`. */
const shareKey = 'share=';

export const paths = {
  doctor: {
    pattern: '/',
    href: (): string => '/',
    /** The doctor with a shared diagnosis in the fragment (never sent to a server). */
    shareHref: (fragment: string): string => `/#${shareKey}${fragment}`,
    /**
     * For a tool that knows only a code: `/?code=AUTH_TOKEN_MISMATCH` (a detail code, gateway log
     * reason, close reason or class id) opens the fix page of its class, with the facets kept.
     * A stable public form: never rename the parameter.
     */
    codeHref(code: string, facets: FixFacets = {}): string {
      const search = new URLSearchParams({ code });
      for (const [key, value] of facetEntries(facets)) search.set(key, value);
      return `/?${search.toString()}`;
    },
  },
  fix: {
    pattern: '/fix/:errorClassId',
    href(errorClassId: string, facets: FixFacets = {}): string {
      const query = new URLSearchParams(facetEntries(facets)).toString();
      return `/fix/${encodeURIComponent(errorClassId)}${query ? `?${query}` : ''}`;
    },
    /** One section of a fix guide, to share: `/fix/gateway-token-mismatch#steps`. */
    sectionHref(errorClassId: string, section: FixGuideSection, facets: FixFacets = {}): string {
      return `${paths.fix.href(errorClassId, facets)}${paths.section.href(section)}`;
    },
  },
  guides: {
    pattern: '/guides',
    href: (): string => '/guides',
  },
  guide: {
    pattern: '/guides/:slug',
    href: (slug: string, anchor?: string): string =>
      `/guides/${encodeURIComponent(slug)}${anchor ? `#${encodeURIComponent(anchor)}` : ''}`,
  },
  /** A section of the page being read (a heading's "#" self-link): `#steps`. */
  section: {
    href: (id: string): string => `#${encodeURIComponent(id)}`,
  },
  /** Where the prerenderer renders the not-found page that becomes 404.html. */
  notFoundPage: '/404',
} as const;

/**
 * Reads the facets of a fix link. Unknown or malformed values are dropped one by one (a link
 * pasted with a typo still opens the fix), never thrown.
 */
export function parseFixFacets(search: URLSearchParams): FixFacets {
  const version = search.get('version');
  const facets: { client?: ClientKind; platform?: Platform; version?: string } = {};
  const client = oneOf(clientKinds, search.get('client'));
  const platform = oneOf(platforms, search.get('platform'));
  if (client) facets.client = client;
  if (platform) facets.platform = platform;
  if (version !== null && openclawVersionPattern.test(version)) facets.version = version;
  return facets;
}

/** The `?code=` of a doctor link, or null when there is none (or it is too long to be a code). */
export function parseErrorCodeParameter(search: URLSearchParams): string | null {
  const code = search.get('code')?.trim() ?? '';
  return code !== '' && code.length <= maxCodeLength ? code : null;
}

/** A guide slug from the URL, or null when it cannot be one. */
export function parseGuideSlug(value: string | undefined): string | null {
  return value !== undefined && slugPattern.test(value) ? value : null;
}

/** The share fragment in a location hash (`#share=…`), or null when the hash is something else. */
export function readShareFragment(hash: string): string | null {
  const body = hash.startsWith('#') ? hash.slice(1) : hash;
  return body.startsWith(shareKey) ? body.slice(shareKey.length) : null;
}

/** Every page that exists, for the prerenderer and the sitemap. */
export function everyPagePath(errorClassIds: readonly string[], guideSlugs: readonly string[]): string[] {
  return [
    paths.doctor.href(),
    paths.guides.href(),
    ...guideSlugs.map((slug) => paths.guide.href(slug)),
    ...errorClassIds.map((id) => paths.fix.href(id)),
  ];
}

/** A site path under a base (`/error-doctor/`), for links outside React Router (sitemap, share links). */
export function withBase(base: string, path: string): string {
  const trimmed = base.endsWith('/') ? base.slice(0, -1) : base;
  return `${trimmed}${path}`;
}

/** The file a static host serves for a page path: `/fix/x` → `fix/x/index.html`. */
export function prerenderedFile(path: string): string {
  return path === '/' ? 'index.html' : `${path.replace(/^\//, '')}/index.html`;
}
