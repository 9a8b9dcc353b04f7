/*
 * `--since <version>`: what the releases after <version> changed, for the maintainer who keeps the
 * catalogue right. New, changed (same module, new wording) and removed connect/auth strings with the
 * classes they touch, Control UI card texts, commands, flags and `gateway.*` keys.
 */
import { classifyError } from '../../src/core/classify/classify-error.ts';
import { catalogue } from '../../src/content/error-classes/index.ts';
import type { ReleaseData, Seen } from './release-data.ts';
import { compareReleaseVersions } from './registry.ts';

const after = (version: string, since: string) => compareReleaseVersions(version, since) > 0;

function classesOf(text: string): string {
  const ids = classifyError(text.replace(/\{[^{}]*\}/g, 'x'), catalogue).findings.map((finding) => finding.id);
  return ids.length > 0 ? ids.slice(0, 2).join(', ') : 'NO CLASS';
}

export function driftOf(data: ReleaseData, since: string) {
  const newest = data.releases.at(-1) ?? since;
  const isNew = (seen: Seen) => after(seen.first, since);
  const isRemoved = (seen: Seen) => !after(seen.last, since) && after(newest, since) && seen.last !== newest;
  const removedAfter = (seen: Seen) => compareReleaseVersions(seen.last, since) >= 0 && seen.last !== newest;
  return {
    newest,
    newStrings: data.strings.filter((item) => item.kind === 'message' && isNew(item)),
    removedStrings: data.strings.filter((item) => item.kind === 'message' && removedAfter(item) && !isRemoved(item)),
    newCodes: data.strings.filter((item) => item.kind !== 'message' && isNew(item)),
    newCards: data.cards.filter((card) => card.locale === 'en' && isNew(card)),
    newCommands: Object.entries(data.commands).filter(([, seen]) => isNew(seen)),
    removedCommands: Object.entries(data.commands).filter(([, seen]) => removedAfter(seen)),
    newFlags: Object.entries(data.commands).flatMap(([command, seen]) =>
      Object.entries(seen.flags)
        .filter(([, flag]) => isNew(flag) && !isNew(seen))
        .map(([flag]) => `${command} ${flag}`),
    ),
    newKeys: Object.entries(data.configKeys).filter(([, seen]) => isNew(seen)),
    retiredKeys: Object.entries(data.configKeys).filter(
      ([, seen]) => seen.retiredIn !== undefined && after(seen.retiredIn, since),
    ),
  };
}

export async function printDriftReport(data: ReleaseData, since: string): Promise<void> {
  await Promise.resolve();
  const drift = driftOf(data, since);
  const section = (title: string, lines: readonly string[]) => {
    console.log(`\n${title} (${lines.length})`);
    for (const line of lines) console.log(`  ${line}`);
  };
  console.log(`\nWhat changed after ${since} (up to ${drift.newest})`);
  section(
    'New connect/auth messages → class',
    drift.newStrings.map((item) => `${item.first}  ${item.text}  → ${classesOf(item.text)}  [${item.module}]`),
  );
  section(
    'Messages no longer printed by the newest release',
    drift.removedStrings.map((item) => `last ${item.last}  ${item.text}  → ${classesOf(item.text)}`),
  );
  section(
    'New detail and reason codes',
    drift.newCodes.map((item) => `${item.first}  ${item.text}  → ${classesOf(item.text)}`),
  );
  section(
    'New Control UI card texts (en)',
    drift.newCards.map((card) => `${card.first}  ${card.key}: ${card.text}`),
  );
  section(
    'New commands',
    drift.newCommands.map(([command, seen]) => `${seen.first}  openclaw ${command}`),
  );
  section(
    'Commands removed',
    drift.removedCommands.map(([command, seen]) => `last ${seen.last}  openclaw ${command}`),
  );
  section('New flags', drift.newFlags);
  section(
    'New gateway.* keys',
    drift.newKeys.map(([key, seen]) => `${seen.first}  ${key}`),
  );
  section(
    'Retired gateway.* keys',
    drift.retiredKeys.map(([key, seen]) => `${seen.retiredIn ?? ''}  ${key}`),
  );
}
