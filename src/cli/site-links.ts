/**
 * The links the CLI prints: to the site's fix pages and, with the paste, to the doctor on the same
 * diagnosis. The site is `--site URL`, else $ERROR_DOCTOR_SITE (or the older $ERROR_DOCTOR_URL),
 * else the site the package was built for (`npm run build:cli -- --site …` or $SITE_URL at pack
 * time, as `npm run build`), else http://localhost:4173 (`npm start`). A site may have a base path
 * (`https://you.github.io/error-doctor`). Every path comes from src/ui/paths.ts.
 */
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import type { Diagnosis } from '../core/classify/classify-error.ts';
import type { Platform } from '../core/platforms.ts';
import type { ShareCompression } from '../core/share-link/share-link-codec.ts';
import { sharePaste } from '../core/share-link/share-paste.ts';
import { paths, withBase } from '../ui/paths.ts';

// Replaced by scripts/build-cli.ts (esbuild `define`); undeclared when run from source.
declare const __ERROR_DOCTOR_SITE__: string | undefined;

const builtSite = typeof __ERROR_DOCTOR_SITE__ === 'string' ? __ERROR_DOCTOR_SITE__ : 'http://localhost:4173';

/** The site links point at (no trailing slash). */
export function siteUrl(option: string | null, env: NodeJS.ProcessEnv = process.env): string {
  const chosen = option ?? env.ERROR_DOCTOR_SITE ?? env.ERROR_DOCTOR_URL ?? builtSite;
  return chosen.replace(/\/+$/, '');
}

/** The absolute URL of a site path (`/fix/x` → `https://host/base/fix/x`). */
export function siteLink(site: string, path: string): string {
  return withBase(site, path);
}

/** Node's side of the share codec: deflate-raw, as the browser's CompressionStream. */
export const nodeShareCompression: ShareCompression = {
  method: 'd',
  pack: (text) => Promise.resolve(deflateRawSync(Buffer.from(text, 'utf8'))),
  unpack(bytes, method, maxChars) {
    const raw = method === 'u' ? Buffer.from(bytes) : inflateRawSync(bytes, { maxOutputLength: maxChars * 3 });
    return Promise.resolve(new TextDecoder('utf-8', { fatal: true }).decode(raw));
  },
};

/**
 * The doctor on this paste's diagnosis: the redacted paste (or, for a long one, the lines around
 * the error) in the fragment, which the browser never sends to a server. Null when even the
 * excerpt is too long for a link.
 */
export async function shareLink(
  site: string,
  paste: string,
  diagnosis: Diagnosis,
  platform: Platform | undefined,
): Promise<{ url: string; excerpt: boolean } | null> {
  const shared = await sharePaste(paste, diagnosis, platform, nodeShareCompression);
  if (!shared.result.ok) return null;
  return { url: siteLink(site, paths.doctor.shareHref(shared.result.fragment)), excerpt: shared.excerpt };
}
