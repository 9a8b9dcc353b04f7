/**
 * OpenClaw releases are date-named (`2026.2.15`, with `-beta.N` / `-N` suffixes). Ranges are
 * half-open like the schema's step `versions`: `since` inclusive, `before` exclusive.
 */
export interface VersionBounds {
  readonly since?: string | undefined;
  readonly before?: string | undefined;
}

const versionPattern = /^(\d{4})\.(\d{1,2})\.(\d{1,2})/;

/** The date part of a version as numbers, or null when it is not a version. Suffixes are ignored. */
export function parseVersion(version: string): readonly [number, number, number] | null {
  const match = versionPattern.exec(version.trim().replace(/^v/i, ''));
  if (!match) return null;
  return [Number(match[1]), Number(match[2]), Number(match[3])];
}

/** Negative when a < b, 0 when equal, positive when a > b (by release date; suffixes ignored). */
export function compareVersions(a: string, b: string): number {
  const left = parseVersion(a) ?? [0, 0, 0];
  const right = parseVersion(b) ?? [0, 0, 0];
  return left[0] - right[0] || left[1] - right[1] || left[2] - right[2];
}

/** Does this exact version fall in the bounds? */
export function versionInBounds(version: string, bounds: VersionBounds): boolean {
  if (bounds.since !== undefined && compareVersions(version, bounds.since) < 0) return false;
  if (bounds.before !== undefined && compareVersions(version, bounds.before) >= 0) return false;
  return true;
}

/** The versions both ranges allow; null when they do not overlap. */
export function intersectBounds(a: VersionBounds, b: VersionBounds): VersionBounds | null {
  const since =
    a.since === undefined
      ? b.since
      : b.since === undefined || compareVersions(a.since, b.since) >= 0
        ? a.since
        : b.since;
  const before =
    a.before === undefined
      ? b.before
      : b.before === undefined || compareVersions(a.before, b.before) <= 0
        ? a.before
        : b.before;
  if (since !== undefined && before !== undefined && compareVersions(since, before) >= 0) return null;
  return { since, before };
}

/** Can every version in `inner` also be in `outer`? (false when they only partly overlap) */
export function boundsWithin(inner: VersionBounds, outer: VersionBounds): boolean {
  if (outer.since !== undefined && (inner.since === undefined || compareVersions(inner.since, outer.since) < 0)) {
    return false;
  }
  if (outer.before !== undefined && (inner.before === undefined || compareVersions(inner.before, outer.before) > 0)) {
    return false;
  }
  return true;
}

/** "2026.2.22 or newer", "before 2026.2.22", "2026.1.24 to before 2026.2.6", "any version". */
export function describeBounds(bounds: VersionBounds): string {
  if (bounds.since !== undefined && bounds.before !== undefined) {
    return `${bounds.since} to before ${bounds.before}`;
  }
  if (bounds.since !== undefined) return `${bounds.since} or newer`;
  if (bounds.before !== undefined) return `before ${bounds.before}`;
  return 'any version';
}
