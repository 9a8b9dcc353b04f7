import {
  boundsWithin,
  describeBounds,
  intersectBounds,
  versionInBounds,
  type VersionBounds,
} from './openclaw-version.ts';

/** What we know about the user's version: an exact one, a range, or nothing. */
export interface KnownVersion {
  readonly exact: string | null;
  readonly bounds: VersionBounds | null;
}

/**
 * `applies`: the step is for the user's version; `other-version`: it is not (hide it or mark it);
 * `unknown`: the version is unknown or the range straddles the step's bounds (show it, labelled).
 */
export type StepFit = 'applies' | 'other-version' | 'unknown';

export function stepFit(versions: VersionBounds | undefined, known: KnownVersion | null): StepFit {
  if (!versions || (versions.since === undefined && versions.before === undefined)) return 'applies';
  if (known?.exact) return versionInBounds(known.exact, versions) ? 'applies' : 'other-version';
  if (known?.bounds) {
    if (boundsWithin(known.bounds, versions)) return 'applies';
    if (intersectBounds(known.bounds, versions) === null) return 'other-version';
  }
  return 'unknown';
}

/** "For OpenClaw 2026.4.13 or newer", or null for a step that fits every version. */
export function stepVersionLabel(versions: VersionBounds | undefined): string | null {
  if (!versions || (versions.since === undefined && versions.before === undefined)) return null;
  return `For OpenClaw ${describeBounds(versions)}`;
}

/** "2026.2.15", "2026.2.14 or newer", or null when nothing is known. */
export function describeKnownVersion(known: KnownVersion | null): string | null {
  if (known?.exact) return known.exact;
  if (known?.bounds) return describeBounds(known.bounds);
  return null;
}
