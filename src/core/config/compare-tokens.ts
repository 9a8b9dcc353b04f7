/**
 * Compare tokens across machines without revealing them. The user pastes several sources (a
 * gateway config, a client config, a .env line, a compose file, a systemd Environment= line, a
 * bare token); we find the tokens in each and compare them by a fingerprint (the first 8 hex
 * characters of SHA-256) and their length. Token values never leave this module.
 */
import { lineOfPath, locateConfigKeys } from './locate-config-keys.ts';
import { parseOpenclawConfig } from './parse-openclaw-config.ts';

/** The one Web Crypto call we need, typed here so the core needs no DOM lib. */
export interface Sha256Digest {
  digest(algorithm: 'SHA-256', data: Uint8Array<ArrayBuffer>): Promise<ArrayBuffer>;
}

export interface TokenSource {
  /** The user's name for it ("gateway host", "laptop"). */
  readonly label: string;
  readonly text: string;
}

/** Something around the value that makes it a different token from what the user meant. */
export type TokenFlaw = 'surrounding-quotes' | 'surrounding-whitespace' | 'trailing-newline' | 'windows-line-ending';

export const flawText: Record<TokenFlaw, string> = {
  'surrounding-quotes': 'the quotes are part of the value',
  'surrounding-whitespace': 'it starts or ends with a space or tab',
  'trailing-newline': 'it ends with a line break',
  'windows-line-ending': 'the line ends with a Windows line break (\\r), which becomes part of the value',
};

export interface TokenSighting {
  readonly source: string;
  /** The key or variable, and the line it is on ("gateway.auth.token, line 4"). */
  readonly where: string;
  /** What this value is used for, per OpenClaw's precedence (SOURCE-FACTS §2.3, §2.4). */
  readonly role: string;
  readonly length: number;
  /** First 8 hex characters of SHA-256 of the value exactly as OpenClaw would read it. */
  readonly fingerprint: string;
  /** The same for the value with quotes, spaces and line breaks around it removed. */
  readonly cleanFingerprint: string;
  readonly flaws: readonly TokenFlaw[];
}

/** A value that is not in the pasted text (`${VAR}`, a SecretRef): reported, not compared. */
export interface TokenReference {
  readonly source: string;
  readonly where: string;
  readonly from: string;
}

export type PairRelation = 'equal' | 'equal-apart-from-flaws' | 'different-same-length' | 'different';

export interface TokenPair {
  readonly first: number;
  readonly second: number;
  readonly relation: PairRelation;
}

export interface TokenComparison {
  readonly sightings: readonly TokenSighting[];
  readonly references: readonly TokenReference[];
  /** Every pair of sightings. */
  readonly pairs: readonly TokenPair[];
  /** Sources in which no token was found (or too large to read). */
  readonly empty: readonly string[];
  /** Tokens found beyond the first mostTokensCompared, left out. */
  readonly skipped: number;
  readonly verdict: 'match' | 'mismatch' | 'near-miss' | 'nothing-to-compare';
}

interface Found {
  readonly where: string;
  readonly role: string;
  /** The value as OpenClaw would read it (after the file format's own quoting). */
  readonly value: string;
  readonly flaws: TokenFlaw[];
}

const roles = {
  authToken: 'the gateway enforces it (config comes first on the gateway)',
  remoteToken: 'a CLI in remote mode sends it',
  environment:
    'gateway: used when the config has no gateway.auth.token; local CLI and node host: sent before the config token',
  cliFlag: 'the CLI sends it (--token wins over everything)',
  url: 'the Control UI takes it from the dashboard URL',
  pasted: 'a pasted token (for example from Control UI settings)',
};

const tokenVariable = /(?:OPENCLAW|CLAWDBOT)_GATEWAY_TOKEN/;

/** Reads a token value written after `=` or `:` in an env, compose or unit file line. */
function readAssigned(rest: string, crlf: boolean): { value: string; flaws: TokenFlaw[] } {
  const flaws: TokenFlaw[] = [];
  let value = rest;
  // A comment after an unquoted value is not part of it (dotenv and compose both drop it).
  if (!/^\s*["']/.test(value)) value = value.replace(/\s+#.*$/, '');
  const trimmedStart = value.replace(/^[ \t]+/, '');
  const quote = trimmedStart.charAt(0);
  if ((quote === '"' || quote === "'") && trimmedStart.lastIndexOf(quote) > 0) {
    value = trimmedStart.slice(1, trimmedStart.lastIndexOf(quote));
  } else {
    value = trimmedStart.replace(/[ \t]+$/, (spaces) => {
      if (spaces !== '') flaws.push('surrounding-whitespace');
      return spaces;
    });
  }
  if (crlf) {
    value += '\r';
    flaws.push('windows-line-ending');
  }
  return { value, flaws };
}

function describeFlaws(value: string, flaws: TokenFlaw[]): TokenFlaw[] {
  const all = new Set(flaws);
  if (/^["'`].*["'`]$/s.test(value.trim()) && value.trim().length > 1) all.add('surrounding-quotes');
  if (/^[ \t]|[ \t]$/.test(value.replace(/[\r\n]+$/, ''))) all.add('surrounding-whitespace');
  if (/\n$/.test(value) || (/\r$/.test(value) && !all.has('windows-line-ending'))) all.add('trailing-newline');
  return [...all];
}

function cleaned(value: string): string {
  return value
    .trim()
    .replace(/^["'`]+|["'`]+$/g, '')
    .trim();
}

async function findInConfig(
  text: string,
): Promise<{ found: Found[]; references: Omit<TokenReference, 'source'>[] } | null> {
  const parsed = await parseOpenclawConfig(text);
  if (!parsed.ok) return null;
  const lines = locateConfigKeys(text);
  const found: Found[] = [];
  const references: Omit<TokenReference, 'source'>[] = [];
  const gateway = (parsed.value as { gateway?: unknown }).gateway;
  const section = (name: string): unknown =>
    gateway !== null && typeof gateway === 'object' ? (gateway as Record<string, unknown>)[name] : undefined;
  for (const [name, role] of [
    ['auth', roles.authToken],
    ['remote', roles.remoteToken],
  ] as const) {
    const holder = section(name);
    const token = holder !== null && typeof holder === 'object' ? (holder as Record<string, unknown>).token : undefined;
    const path = `gateway.${name}.token`;
    const where = `${path}, line ${lineOfPath(lines, path) ?? '?'}`;
    if (typeof token === 'string') {
      const variable = /^\$\{([A-Z_][A-Z0-9_]*)\}$/.exec(token.trim())?.[1];
      if (variable) references.push({ where, from: `the environment variable ${variable}` });
      else found.push({ where, role, value: token, flaws: describeFlaws(token, []) });
    } else if (token !== null && typeof token === 'object') {
      const ref = token as { source?: unknown; id?: unknown };
      references.push({ where, from: `a SecretRef (${String(ref.source)}: ${String(ref.id)})` });
    }
  }
  return { found, references };
}

function findInLines(text: string): { found: Found[]; references: Omit<TokenReference, 'source'>[] } {
  const found: Found[] = [];
  const references: Omit<TokenReference, 'source'>[] = [];
  const lines = text.split('\n');
  for (const [index, rawLine] of lines.entries()) {
    const crlf = rawLine.endsWith('\r');
    const line = crlf ? rawLine.slice(0, -1) : rawLine;
    const at = `line ${index + 1}`;
    // OPENCLAW_GATEWAY_TOKEN=… (.env, export, systemd Environment=, compose list) or OPENCLAW_GATEWAY_TOKEN: … (compose map).
    const variable = new RegExp(`(${tokenVariable.source})(?:"|')?\\s*(=|:)(.*)$`).exec(line);
    if (variable?.[1] && variable[3] !== undefined) {
      let rest = variable[3];
      // systemd: Environment="OPENCLAW_GATEWAY_TOKEN=abc" quotes the whole assignment.
      const wholeQuoted = /Environment=(["'])[^"']*$/.test(line.slice(0, variable.index + variable[1].length));
      if (wholeQuoted) rest = rest.replace(/["']\s*$/, '');
      const { value, flaws } = readAssigned(rest, crlf);
      const substituted = /^\$\{([A-Za-z_][A-Za-z0-9_]*)/.exec(value.trim())?.[1];
      if (substituted !== undefined) {
        references.push({
          where: `${variable[1]}, ${at}`,
          from: `the variable ${substituted} in the shell or the .env file next to the compose file`,
        });
        continue;
      }
      found.push({
        where: `${variable[1]}, ${at}`,
        role: roles.environment,
        value,
        flaws: describeFlaws(value, flaws),
      });
      continue;
    }
    const flag = /--token[ =](["']?)([^\s"']+)\1/.exec(line);
    if (flag?.[2]) {
      found.push({ where: `--token, ${at}`, role: roles.cliFlag, value: flag[2], flaws: [] });
      continue;
    }
    const url = /[#?&]token=([^\s&#"'<>]+)/.exec(line);
    if (url?.[1]) {
      found.push({
        where: `token in a dashboard URL, ${at}`,
        role: roles.url,
        value: decodeUrlPart(url[1]),
        flaws: [],
      });
    }
  }
  return { found, references };
}

function decodeUrlPart(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

async function findTokens(source: TokenSource): Promise<{ found: Found[]; references: TokenReference[] }> {
  const text = source.text;
  if (text.trimStart().startsWith('{') || text.trimStart().startsWith('//')) {
    const config = await findInConfig(text);
    if (config) {
      return {
        found: config.found,
        references: config.references.map((reference) => ({ ...reference, source: source.label })),
      };
    }
  }
  const fromLines = findInLines(text);
  if (fromLines.found.length > 0 || fromLines.references.length > 0) {
    return {
      found: fromLines.found,
      references: fromLines.references.map((reference) => ({ ...reference, source: source.label })),
    };
  }
  // A bare token: one line with no spaces inside. The paste's own final line break is not part of it.
  const single = text.replace(/\r?\n$/, '');
  if (single.trim() !== '' && !single.includes('\n') && !/\s/.test(single.trim())) {
    return {
      found: [{ where: 'pasted token', role: roles.pasted, value: single, flaws: describeFlaws(single, []) }],
      references: [],
    };
  }
  return { found: [], references: [] };
}

function utf8(text: string): Uint8Array<ArrayBuffer> {
  const bytes: number[] = [];
  for (const character of text) {
    const code = character.codePointAt(0) ?? 0;
    if (code < 0x80) bytes.push(code);
    else if (code < 0x800) bytes.push(0xc0 | (code >> 6), 0x80 | (code & 63));
    else if (code < 0x10000) bytes.push(0xe0 | (code >> 12), 0x80 | ((code >> 6) & 63), 0x80 | (code & 63));
    else bytes.push(0xf0 | (code >> 18), 0x80 | ((code >> 12) & 63), 0x80 | ((code >> 6) & 63), 0x80 | (code & 63));
  }
  return new Uint8Array(bytes);
}

/** The first 8 hex characters of SHA-256 of the text: enough to tell tokens apart, useless to guess one. */
export async function fingerprint(subtle: Sha256Digest, text: string): Promise<string> {
  const digest = new Uint8Array(await subtle.digest('SHA-256', utf8(text)));
  return [...digest.slice(0, 4)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

function relationOf(a: TokenSighting, b: TokenSighting): PairRelation {
  if (a.fingerprint === b.fingerprint && a.length === b.length) return 'equal';
  if (a.cleanFingerprint === b.cleanFingerprint) return 'equal-apart-from-flaws';
  return a.length === b.length ? 'different-same-length' : 'different';
}

/** Enough for every real setup; a pasted log with thousands of lines must not make thousands of pairs. */
export const mostTokensCompared = 24;
const largestSource = 1_000_000;

export async function compareTokens(subtle: Sha256Digest, sources: readonly TokenSource[]): Promise<TokenComparison> {
  const sightings: TokenSighting[] = [];
  const references: TokenReference[] = [];
  const empty: string[] = [];
  let skipped = 0;
  for (const source of sources) {
    if (source.text.trim() === '') continue;
    const { found, references: referenced } =
      source.text.length > largestSource ? { found: [], references: [] } : await findTokens(source);
    references.push(...referenced);
    if (found.length === 0 && referenced.length === 0) empty.push(source.label);
    for (const token of found) {
      if (sightings.length >= mostTokensCompared) {
        skipped += 1;
        continue;
      }
      sightings.push({
        source: source.label,
        where: token.where,
        role: token.role,
        length: token.value.length,
        fingerprint: await fingerprint(subtle, token.value),
        cleanFingerprint: await fingerprint(subtle, cleaned(token.value)),
        flaws: token.flaws,
      });
    }
  }
  const pairs: TokenPair[] = [];
  for (let first = 0; first < sightings.length; first += 1) {
    for (let second = first + 1; second < sightings.length; second += 1) {
      const a = sightings[first];
      const b = sightings[second];
      if (a && b) pairs.push({ first, second, relation: relationOf(a, b) });
    }
  }
  const verdict =
    pairs.length === 0
      ? 'nothing-to-compare'
      : pairs.every((pair) => pair.relation === 'equal')
        ? 'match'
        : pairs.every((pair) => pair.relation === 'equal' || pair.relation === 'equal-apart-from-flaws')
          ? 'near-miss'
          : 'mismatch';
  return { sightings, references, pairs, empty, skipped, verdict };
}
