import * as z from 'zod/mini';
import { clientKinds, type ClientKind } from '../core/clients.ts';
import { platforms, type Platform } from '../core/platforms.ts';

/*
 * The one module that owns every URL: each route's pattern sits beside the function that builds
 * links to it, and URL parameters are parsed here, at the boundary. Never hand-write a path.
 * Pure TypeScript (no React), so the CLI and the static server use it too.
 */

/** Non-secret facets a helper may put in a fix link: "the fix for your case". */
export interface FixFacets {
  readonly client?: ClientKind | undefined;
  readonly platform?: Platform | undefined;
}

const fixSearchSchema = z.object({
  client: z.optional(z.enum(clientKinds)),
  platform: z.optional(z.enum(platforms)),
});

export const paths = {
  doctor: {
    pattern: '/',
    href: (): string => '/',
  },
  fix: {
    pattern: '/fix/:errorClassId',
    href(errorClassId: string, facets: FixFacets = {}): string {
      const search = new URLSearchParams();
      if (facets.client) search.set('client', facets.client);
      if (facets.platform) search.set('platform', facets.platform);
      const query = search.toString();
      return `/fix/${encodeURIComponent(errorClassId)}${query ? `?${query}` : ''}`;
    },
  },
  guides: {
    pattern: '/guides',
    href: (): string => '/guides',
  },
} as const;

/**
 * Reads the facets of a fix link. Unknown or malformed values are dropped one by one (a link
 * pasted with a typo still opens the fix), never thrown.
 */
export function parseFixFacets(search: URLSearchParams): FixFacets {
  const raw = { client: search.get('client') ?? undefined, platform: search.get('platform') ?? undefined };
  const whole = fixSearchSchema.safeParse(raw);
  if (whole.success) return whole.data;
  return {
    client: fixSearchSchema.safeParse({ client: raw.client }).data?.client,
    platform: fixSearchSchema.safeParse({ platform: raw.platform }).data?.platform,
  };
}

/** Route-level answer for the static server: is this pathname a page that exists? */
export function isKnownPath(pathname: string, errorClassIds: ReadonlySet<string>): boolean {
  const path = pathname.length > 1 ? pathname.replace(/\/+$/, '') : pathname;
  if (path === paths.doctor.href() || path === paths.guides.href()) return true;
  const fix = /^\/fix\/([^/]+)$/.exec(path);
  if (fix?.[1] !== undefined) {
    try {
      return errorClassIds.has(decodeURIComponent(fix[1]));
    } catch {
      return false;
    }
  }
  return false;
}
