import { nonexistentOpenclawCommands } from './openclaw-commands.ts';
import { compareVersions, type VersionBounds } from '../core/versions/openclaw-version.ts';
import { describeBounds, describeSeen, releaseData, releasesIn, seenThroughout } from './openclaw-releases/index.ts';

/*
 * Checks that a text only prints `openclaw` commands, flags and `gateway.*` config keys that exist
 * in every OpenClaw release it is shown for, against the release data read from the published
 * releases (openclaw-releases/release-data.json). Used by the tidy suites of the error classes, the
 * guides and the config findings, and by the CLI's check-command.
 */

/** Splits a shell text into `openclaw …` invocations (also `node openclaw.mjs …` inside Docker). */
export function openclawInvocations(text: string): string[][] {
  const invocations: string[][] = [];
  for (const segment of text.split(/\n|;|&&|\|/)) {
    const match = /(?:^|\s)(?:node\s+)?openclaw(?:\.mjs)?\s+(.*)$/.exec(segment.trim());
    if (match?.[1] !== undefined) invocations.push(['openclaw', ...match[1].trim().split(/\s+/)]);
  }
  return invocations;
}

const commandWord = /^[a-z][a-z0-9-]*$/;

/** The longest known command the words start with (`gateway auth-token`), and how many words it took. */
export function findOpenclawCommand(words: readonly string[]): { name: string; length: number } | null {
  const args = words[0] === 'openclaw' ? words.slice(1) : words;
  let found: { name: string; length: number } | null = null;
  for (let length = 1; length <= Math.min(4, args.length); length += 1) {
    const slice = args.slice(0, length);
    if (!slice.every((word) => commandWord.test(word))) break;
    const name = slice.join(' ');
    if (releaseData.commands[name]) found = { name, length };
  }
  return found;
}

/**
 * A problem with an `openclaw` invocation shown for the releases in `bounds` (every release read
 * when omitted), or null when the command, each flag and the config key exist in all of them.
 */
export function checkOpenclawInvocation(words: readonly string[], bounds?: VersionBounds): string | null {
  const line = words.join(' ');
  for (const missing of nonexistentOpenclawCommands) {
    if (line === missing || line.startsWith(`${missing} `)) return `"${missing}" does not exist in OpenClaw`;
  }
  const args = words[0] === 'openclaw' ? words.slice(1) : [...words];
  if (args.length === 0 || args[0]?.startsWith('-')) return null;
  const command = findOpenclawCommand(args);
  if (!command) return `"openclaw ${args.slice(0, 2).join(' ')}" is not a command of any OpenClaw release read`;
  const known = releaseData.commands[command.name];
  if (!known) return null;
  const where = describeBounds(bounds);
  if (!seenThroughout(known, bounds)) {
    return `"openclaw ${command.name}" exists ${describeSeen(known)}, but is shown for ${where}: bound the step's versions`;
  }
  const rest = args.slice(command.length);
  for (const word of rest) {
    if (!word.startsWith('--')) continue;
    const flag = word.split('=')[0] ?? word;
    const seen = known.flags[flag];
    if (!seen) return `"openclaw ${command.name}" has no flag ${flag} in any release read`;
    if (!seenThroughout(seen, bounds)) {
      return `"openclaw ${command.name} ${flag}" exists ${describeSeen(seen)}, but is shown for ${where}`;
    }
  }
  // Unsetting is how a retired or misplaced key is removed: only keys that are read or written are checked.
  if (/^config (get|set)$/.test(command.name)) {
    const key = rest.find((word) => !word.startsWith('-'));
    if (key?.startsWith('gateway.')) return checkConfigKey(key, bounds);
  }
  return null;
}

/** A problem with a `gateway.*` config key shown for the releases in `bounds`, or null. */
export function checkConfigKey(key: string, bounds?: VersionBounds): string | null {
  const seen = releaseData.configKeys[key];
  const where = describeBounds(bounds);
  if (!seen) return `config key ${key} is not in any OpenClaw release read`;
  if (!seenThroughout(seen, bounds, releaseData.configKeyReleases)) {
    return `config key ${key} exists ${describeSeen(seen)}, but is shown for ${where}`;
  }
  const lastShown = releasesIn(bounds).at(-1);
  if (seen.retiredIn !== undefined && lastShown !== undefined && compareVersions(lastShown, seen.retiredIn) >= 0) {
    return `config key ${key} is retired since ${seen.retiredIn}, but is shown for ${where}: bound the step before ${seen.retiredIn}`;
  }
  return null;
}
