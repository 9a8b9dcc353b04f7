import { nonexistentOpenclawCommands, openclawCommands } from './openclaw-commands.ts';

/*
 * Checks that a text only prints `openclaw` commands (and flags) that exist, against
 * openclaw-commands.ts. Used by the error-class tidy suite, the guides test and the config-finding test.
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

/** A problem with an `openclaw` invocation, or null when it exists with those flags. */
export function checkOpenclawInvocation(words: readonly string[]): string | null {
  const line = words.join(' ');
  for (const missing of nonexistentOpenclawCommands) {
    if (line === missing || line.startsWith(`${missing} `)) return `"${missing}" does not exist in OpenClaw`;
  }
  for (const length of [3, 2]) {
    const name = words.slice(0, length).join(' ');
    const flags = openclawCommands[name]?.flags;
    if (!flags) continue;
    for (const word of words.slice(length)) {
      const flag = word.split('=')[0] ?? word;
      if (flag.startsWith('--') && !flags.includes(flag)) return `"${name}" has no flag ${flag}`;
    }
    return null;
  }
  return `"${line}" is not in src/content/openclaw-commands.ts (the commands that exist)`;
}
