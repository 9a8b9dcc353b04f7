import { compareVersions, type VersionBounds } from '../../core/versions/openclaw-version.ts';
import rawReleaseData from './release-data.json' with { type: 'json' };

/*
 * The ground truth about OpenClaw, read from its published releases by `npm run openclaw:releases`
 * (tools/openclaw-releases/) into release-data.json. Used by the tidy suite, the CLI and the build,
 * never loaded whole by a page. Validated here, at the boundary, like any outside input.
 */

export interface Seen {
  readonly first: string;
  readonly last: string;
}

export interface ReleaseData {
  readonly generatedBy: string;
  readonly extractorVersion: number;
  readonly releases: readonly string[];
  readonly strings: readonly ({ text: string; kind: 'message' | 'code' | 'reason'; module: string } & Seen)[];
  readonly cards: readonly ({ locale: string; key: string; text: string } & Seen)[];
  readonly commands: Readonly<Record<string, Seen & { readonly flags: Readonly<Record<string, Seen>> }>>;
  readonly configKeys: Readonly<Record<string, Seen & { readonly retiredIn?: string }>>;
  readonly configKeyReleases: readonly string[];
  readonly phraseSightings: Readonly<Record<string, Seen>>;
}

// Generated and committed, not an outside input: release-data.test.ts validates it with zod, so zod
// stays out of the pages that load this (the doctor's command check).
export const releaseData = rawReleaseData as ReleaseData;

export const releases: readonly string[] = releaseData.releases;
export const newestRelease: string = releases.at(-1) ?? '';
export const oldestRelease: string = releases[0] ?? '';

/** The releases read that fall in the bounds (all of them without bounds). */
export function releasesIn(bounds: VersionBounds | undefined): string[] {
  return releases.filter(
    (version) =>
      (bounds?.since === undefined || compareVersions(version, bounds.since) >= 0) &&
      (bounds?.before === undefined || compareVersions(version, bounds.before) < 0),
  );
}

/**
 * Is something first/last seen printed by the releases in the bounds? It must exist in the last
 * release of the range (nothing retired is shown for releases after it) and have appeared by then.
 * Its first sighting is only an upper bound (an old build can register a command in a way the
 * reader does not follow), so it is not held against the start of the range. `among` limits the
 * releases that count to those that can tell (config keys: releases whose bundle names its keys).
 * A range with no release read is not judged.
 */
export function seenThroughout(seen: Seen, bounds: VersionBounds | undefined, among?: readonly string[]): boolean {
  const inRange = releasesIn(bounds).filter((version) => among === undefined || among.includes(version));
  const last = inRange.at(-1);
  if (last === undefined) return true;
  return compareVersions(seen.first, last) <= 0 && compareVersions(seen.last, last) >= 0;
}

export function describeSeen(seen: Seen): string {
  return seen.first === seen.last ? `only in ${seen.first}` : `in ${seen.first} to ${seen.last}`;
}

export function describeBounds(bounds: VersionBounds | undefined): string {
  if (!bounds?.since && !bounds?.before) return `every release (${oldestRelease} to ${newestRelease})`;
  if (bounds.since && bounds.before) return `${bounds.since} up to (not including) ${bounds.before}`;
  return bounds.since ? `${bounds.since} and later` : `releases before ${bounds.before ?? ''}`;
}
