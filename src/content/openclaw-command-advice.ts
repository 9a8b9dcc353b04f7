import type { VersionBounds } from '../core/versions/openclaw-version.ts';
import { compareVersions, describeBounds, versionInBounds } from '../core/versions/openclaw-version.ts';
import { checkOpenclawInvocation, openclawInvocations } from './check-openclaw-command.ts';

/*
 * `error-doctor check-command` and the doctor's command check: is this `openclaw …` command real,
 * is it in the user's release, and what does it risk? Existence and flags come from
 * `checkOpenclawInvocation` (src/content/openclaw-commands.ts); the releases a command or flag
 * appeared in and the risks are below, each from ../shared/openclaw/SOURCE-FACTS.md §3.2–§4.
 * `commandAvailability` is the one place that answers "which releases have it": switch it to the
 * generated release data when that lands, and nothing else changes.
 */

export type CommandRiskKind =
  'prints-secret' | 'changes-every-client' | 'preview-only' | 'does-not-do-that' | 'secret-on-command-line';

export interface CommandRisk {
  readonly kind: CommandRiskKind;
  readonly text: string;
  /** The releases the risk applies to (omitted: every release that has the command). */
  readonly versions?: VersionBounds;
}

export interface CommandSuggestion {
  readonly command: string;
  readonly why: string;
  /** The releases this suggestion is for (omitted: every release). */
  readonly versions?: VersionBounds;
}

export interface CommandAssessment {
  /** The invocation as read: `openclaw devices approve --latest`. */
  readonly command: string;
  /** `ok`: exists (in the given version, when one was given); otherwise why not. */
  readonly status: 'ok' | 'never-existed' | 'not-in-version' | 'unknown-flag' | 'unknown-command';
  /** What is wrong, in a sentence, or null when it exists. */
  readonly problem: string | null;
  /** The releases that have it, when known: "2026.4.13 or newer". */
  readonly availability: string | null;
  readonly risks: readonly CommandRisk[];
  /** What to run instead or next, for this version. */
  readonly instead: readonly CommandSuggestion[];
}

interface Availability {
  readonly versions: VersionBounds;
  /** Where the version fact comes from. */
  readonly source: string;
}

/** The releases a command (or a command with a flag: `name --flag`) appeared in, when it did not always exist. */
const availability: Readonly<Record<string, Availability>> = {
  'openclaw dashboard': { versions: { since: '2026.1.12' }, source: 'SOURCE-FACTS §3.2 (bb7397c636)' },
  'openclaw devices approve': { versions: { since: '2026.1.20' }, source: 'SOURCE-FACTS §3.2 (d88b239d3c)' },
  'openclaw devices approve --latest': { versions: { since: '2026.2.17' }, source: 'SOURCE-FACTS §3.2' },
  'openclaw devices clear': { versions: { since: '2026.2.19' }, source: 'SOURCE-FACTS §3.2 (#20057)' },
  'openclaw devices list': { versions: { since: '2026.1.20' }, source: 'SOURCE-FACTS §3.2 (d88b239d3c)' },
  'openclaw devices reject': { versions: { since: '2026.1.20' }, source: 'SOURCE-FACTS §3.2' },
  'openclaw devices remove': { versions: { since: '2026.2.19' }, source: 'SOURCE-FACTS §3.2 (#20057)' },
  'openclaw devices revoke': { versions: { since: '2026.1.20' }, source: 'SOURCE-FACTS §3.2' },
  'openclaw devices rotate': { versions: { since: '2026.1.20' }, source: 'SOURCE-FACTS §3.2' },
  'openclaw gateway auth-token': {
    versions: { since: '2026.4.13' },
    source: 'SOURCE-FACTS §3.2: not present at 2026.4.12',
  },
};

/** The releases that have this invocation's command and flags; null when every release has it (or unknown). */
export function commandAvailability(words: readonly string[]): VersionBounds | null {
  let bounds: VersionBounds | null = null;
  for (const length of [3, 2]) {
    const name = words.slice(0, length).join(' ');
    const entry = availability[name];
    if (!entry) continue;
    bounds = entry.versions;
    for (const word of words.slice(length)) {
      const flagEntry = availability[`${name} ${word.split('=')[0] ?? word}`];
      const since = flagEntry?.versions.since;
      if (flagEntry && since && (!bounds.since || compareVersions(since, bounds.since) > 0))
        bounds = flagEntry.versions;
    }
    break;
  }
  return bounds;
}

interface RiskRule {
  /** The invocation starts with these words (flags anywhere after them). */
  readonly words: string;
  /** …and has one of these flags or arguments (omitted: always). */
  readonly with?: readonly string[];
  readonly risks: readonly CommandRisk[];
  readonly instead?: readonly CommandSuggestion[];
}

const rotateShared: CommandSuggestion = {
  command: 'openclaw config set gateway.auth.token <new-token>',
  why: 'There is no rotate command for the shared gateway token: set a new one, restart the gateway, then give it to every client (this changes it for all of them).',
};
const rotateDevice: CommandSuggestion = {
  command: 'openclaw devices rotate --device <deviceId> --role operator',
  why: 'To replace one paired device’s token (not the shared gateway token).',
};
const showToken: CommandSuggestion = {
  command: 'openclaw gateway auth-token --show',
  why: 'Prints the gateway token the gateway resolves (config, OPENCLAW_GATEWAY_TOKEN or SecretRef); it needs an interactive terminal.',
  versions: { since: '2026.4.13' },
};

const riskRules: readonly RiskRule[] = [
  {
    words: 'openclaw gateway token',
    risks: [],
    instead: [rotateShared, rotateDevice, showToken],
  },
  {
    words: 'openclaw devices token',
    risks: [],
    instead: [rotateDevice, { command: 'openclaw devices list', why: 'Lists the paired devices and their ids.' }],
  },
  {
    words: 'openclaw token',
    risks: [],
    instead: [showToken, rotateDevice],
  },
  {
    words: 'openclaw gateway auth-token',
    risks: [
      {
        kind: 'prints-secret',
        text: 'Prints the gateway token in clear: run it in your own terminal, never paste its output into an issue or a chat.',
      },
    ],
  },
  {
    words: 'openclaw config get',
    with: ['gateway.auth.token', 'gateway.auth.password', 'gateway.remote.token', 'gateway.remote.password'],
    risks: [
      {
        kind: 'prints-secret',
        text: 'Prints the secret in clear on this release: never paste its output.',
        versions: { before: '2026.2.22' },
      },
      {
        kind: 'does-not-do-that',
        text: 'Since 2026.2.22 secrets print as __OPENCLAW_REDACTED__ (with --json too), so this does not show the token.',
        versions: { since: '2026.2.22' },
      },
    ],
    instead: [showToken],
  },
  {
    words: 'openclaw config set',
    with: ['gateway.auth.token', 'gateway.auth.password'],
    risks: [
      {
        kind: 'changes-every-client',
        text: 'Changes the shared secret of every client: each CLI, app, node and browser must be given the new one, or it fails with a mismatch (connected ones are closed with 4001 "gateway auth changed" since 2026.4.7).',
      },
      {
        kind: 'secret-on-command-line',
        text: 'The new secret stays in your shell history.',
      },
    ],
  },
  {
    words: 'openclaw dashboard',
    risks: [
      {
        kind: 'prints-secret',
        text: 'Prints a dashboard URL that carries the gateway token (#token=…, ?token=… before 2026.2.6): anyone with the URL can connect. Never share it.',
      },
    ],
  },
  {
    words: 'openclaw devices rotate',
    risks: [
      {
        kind: 'prints-secret',
        text: 'Prints JSON with the device’s new token: never paste its output. It replaces that one device’s token only, not the shared gateway token.',
      },
    ],
  },
  {
    words: 'openclaw devices approve',
    with: ['--latest', ''],
    risks: [
      {
        kind: 'preview-only',
        text: 'Without a request id (or with --latest) it only previews the newest request since 2026.4.10: nothing is approved until you run the printed command.',
        versions: { since: '2026.4.10' },
      },
      {
        kind: 'changes-every-client',
        text: 'Without a request id (or with --latest) it approves the newest pending request, whoever sent it: list first and approve by id.',
        versions: { before: '2026.4.10' },
      },
    ],
    instead: [
      { command: 'openclaw devices list', why: 'Shows the pending requests and their ids.' },
      { command: 'openclaw devices approve <requestId>', why: 'Approves exactly the request you checked.' },
    ],
  },
  {
    words: 'openclaw devices clear',
    risks: [
      {
        kind: 'changes-every-client',
        text: 'Removes every paired device: each of them must pair again (--pending clears only pending requests).',
      },
    ],
    instead: [{ command: 'openclaw devices remove <deviceId>', why: 'Removes one device.' }],
  },
  {
    words: 'openclaw doctor',
    with: ['--generate-gateway-token'],
    risks: [
      {
        kind: 'does-not-do-that',
        text: 'Generates a token only when none is configured (no gateway.auth.token, no OPENCLAW_GATEWAY_TOKEN): with one set it does nothing. It is not a rotate command.',
      },
    ],
    instead: [rotateShared],
  },
  {
    words: 'openclaw gateway run',
    with: ['--token', '--password'],
    risks: [
      {
        kind: 'secret-on-command-line',
        text: 'A secret on the command line is visible to other users in the process list and stays in shell history; prefer the config or OPENCLAW_GATEWAY_TOKEN.',
      },
    ],
  },
  {
    words: 'openclaw gateway run',
    with: ['--auth'],
    risks: [
      {
        kind: 'does-not-do-that',
        text: 'With --auth token and no token configured, the gateway generates a runtime token that is not saved: every restart gets a new one.',
      },
    ],
  },
];

function ruleApplies(rule: RiskRule, words: readonly string[]): boolean {
  const prefix = rule.words.split(' ');
  if (!prefix.every((word, index) => words[index] === word)) return false;
  if (!rule.with) return true;
  const rest = words.slice(prefix.length);
  return rule.with.some((wanted) =>
    wanted === ''
      ? !rest.some((word) => !word.startsWith('-'))
      : rest.some((word) => word === wanted || word.startsWith(`${wanted}=`)),
  );
}

function fitsVersion(versions: VersionBounds | undefined, version: string | null): boolean {
  return !versions || version === null || versionInBounds(version, versions);
}

/** Assesses one `openclaw …` invocation (as split by `openclawInvocations`) for a version (null: any). */
export function assessOpenclawInvocation(words: readonly string[], version: string | null): CommandAssessment {
  const command = words.join(' ');
  const problem = checkOpenclawInvocation(words);
  const rules = riskRules.filter((rule) => ruleApplies(rule, words));
  const risks = rules.flatMap((rule) => rule.risks).filter((risk) => fitsVersion(risk.versions, version));
  const instead = rules.flatMap((rule) => rule.instead ?? []).filter((step) => fitsVersion(step.versions, version));
  const bounds = commandAvailability(words);
  const available = bounds ? describeBounds(bounds) : null;
  if (problem !== null) {
    const status = problem.includes('does not exist')
      ? 'never-existed'
      : problem.includes('has no flag')
        ? 'unknown-flag'
        : 'unknown-command';
    const text = status === 'unknown-command' ? `"${command}" is not an OpenClaw command Error Doctor knows` : problem;
    return {
      command,
      status,
      problem: status === 'never-existed' ? `${text} (no release ever had it).` : `${text}.`,
      availability: available,
      risks,
      instead,
    };
  }
  if (bounds && version !== null && !versionInBounds(version, bounds)) {
    return {
      command,
      status: 'not-in-version',
      problem: `Not in OpenClaw ${version}: it exists in OpenClaw ${describeBounds(bounds)}.`,
      availability: available,
      risks,
      instead,
    };
  }
  return { command, status: 'ok', problem: null, availability: available, risks, instead };
}

/** Every `openclaw …` invocation in a text (a line, a script, `cmd1 && cmd2`), assessed. */
export function assessOpenclawCommands(text: string, version: string | null): CommandAssessment[] {
  return openclawInvocations(text).map((words) => assessOpenclawInvocation(words, version));
}

export { looksLikeOpenclawCommand } from '../core/classify/looks-like-command.ts';
