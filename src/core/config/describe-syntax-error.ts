import { maskSecrets } from '../redact/mask-secrets.ts';

/** A config that could not be read: where, and what to do in words a user understands. */
export interface ConfigSyntaxError {
  /** 1-based line of the problem in the pasted config. */
  readonly line: number;
  /** 1-based column. */
  readonly column: number;
  /** What is wrong and what to do, in plain words. */
  readonly message: string;
  /** The offending line (secrets masked) and a caret under the column, on two lines. */
  readonly excerpt: string;
}

interface Json5Parser {
  parse(text: string): unknown;
}

interface RawError {
  readonly line: number;
  readonly column: number;
  /** json5's message, or our own reason for empty input and non-object values. */
  readonly reason: string;
}

const compareHint = 'paste it under "Compare tokens across machines" below';

/**
 * Turns json5's "invalid character 'b' at 3:7" into the likely mistake. The whole-file checks
 * (a compose file, a .env, YAML, two configs, a fragment) come first because json5 only sees
 * the first character it cannot read, which says nothing about what was pasted instead.
 */
export function describeSyntaxError(json5: Json5Parser, text: string, raw: RawError): ConfigSyntaxError {
  const { line, column, message } = diagnose(json5, text, raw);
  return { line, column, message, excerpt: excerptAt(text, line, column) };
}

function diagnose(json5: Json5Parser, text: string, raw: RawError): Omit<ConfigSyntaxError, 'excerpt'> {
  const at = (message: string, line = raw.line, column = raw.column) => ({ line, column, message });
  if (raw.reason === 'empty') return at('The config is empty. Paste the contents of ~/.openclaw/openclaw.json.');
  if (raw.reason === 'not-an-object') {
    return at('This is valid JSON5 but not a config: openclaw.json is one object in braces, { … }.');
  }

  const smartQuote = /[“”‘’„]/.exec(text);
  if (smartQuote) {
    const where = positionOf(text, smartQuote.index);
    return at(
      `Line ${where.line} has curly quotes (“ ” or ‘ ’), which word processors, notes and chat apps put in place of straight quotes. JSON5 only accepts straight quotes: replace them with " or '.`,
      where.line,
      where.column,
    );
  }
  // Whole-file mistakes point at the line that gives them away, not at json5's first stumble.
  const lineOf = (match: RegExpExecArray | null) => (match ? positionOf(text, match.index).line : raw.line);
  const unitSection = /^\[(?:Unit|Service|Install)\][ \t]*$/m.exec(text);
  if (unitSection) {
    return at(
      `This looks like a systemd unit file, not openclaw.json. To check the token in its Environment= line, ${compareHint}.`,
      lineOf(unitSection),
      1,
    );
  }
  const services = /^services:[ \t]*$/m.exec(text);
  if (services || (/^[ \t]+image:[ \t]/m.test(text) && !text.trimStart().startsWith('{'))) {
    return at(
      `This looks like a docker-compose.yml, not openclaw.json. The gateway container reads its config from the folder mounted at /home/node/.openclaw (OPENCLAW_CONFIG_DIR on the host): paste the openclaw.json from that folder here. To check the OPENCLAW_GATEWAY_TOKEN in the compose file, ${compareHint}.`,
      lineOf(services),
      1,
    );
  }
  const first = firstMeaningfulLine(text);
  const firstLine = first.text;
  if (/^(?:export[ \t]+)?[A-Za-z_][A-Za-z0-9_]*=/.test(firstLine)) {
    return at(
      `This looks like a .env file (NAME=value lines), not openclaw.json, which is one object in braces, { … }. To check an OPENCLAW_GATEWAY_TOKEN line, ${compareHint}.`,
      first.line,
      1,
    );
  }
  const offset = offsetOf(text, raw.line, raw.column);
  if (text.charAt(offset) === '{' && parses(json5, text.slice(0, offset))) {
    const firstEnd = positionOf(text, text.slice(0, offset).trimEnd().length - 1);
    return at(
      `Two configs are pasted one after the other: the first ends on line ${firstEnd.line} and a second { starts on line ${raw.line}. Paste one openclaw.json here; to compare the gateway's and the client's tokens, use "Compare tokens across machines" below.`,
    );
  }
  if (!text.trimStart().startsWith('{') && parses(json5, `{\n${text}\n}`)) {
    return at(
      'This is a piece of a config without its outer braces. openclaw.json is one object: wrap what you pasted in { and }, or paste the whole file.',
    );
  }
  if (/^[A-Za-z_][\w-]*:(?:[ \t]|$)/.test(firstLine) && !firstLine.includes('{')) {
    return at(
      'This looks like YAML (key: value lines), not openclaw.json. OpenClaw reads JSON5: sections go in braces, as in { gateway: { auth: { mode: "token" } } }.',
      first.line,
      1,
    );
  }

  const where = `line ${raw.line}, column ${raw.column}`;
  if (raw.reason.includes('invalid end of input')) {
    // json5 points past the last line; the text the user must fix ends earlier.
    const end = positionOf(text, text.trimEnd().length);
    return at(
      `The config ends before it is complete, after line ${end.line}: a closing } or ] is missing, or a quote is never closed.`,
    );
  }
  const character = /invalid character '(.+)'/.exec(raw.reason)?.[1];
  if (character === ',') {
    return at(`Unexpected comma at ${where}: two commas in a row, or a comma where a value should be.`);
  }
  if (character !== undefined) {
    const before = text.slice(0, offset).trimEnd();
    const afterValue = /["'\w}\]]$/.test(before);
    if (afterValue && /["'\w{[]/.test(character)) {
      const previousLine = positionOf(text, before.length - 1).line;
      return at(
        `Unexpected ${describeCharacter(character)} at ${where}: a comma is probably missing ${previousLine === raw.line ? 'just before it' : `at the end of line ${previousLine}`}.`,
      );
    }
    return at(
      `Unexpected ${describeCharacter(character)} at ${where}. A missing comma, quote or closing brace just before it is the usual cause.`,
    );
  }
  const what = raw.reason.replace(/^JSON5:\s*/, '').replace(/\s*at \d+:\d+$/, '');
  return at(`${capitalize(what)} at ${where}. A missing comma, quote or closing brace is the usual cause.`);
}

function describeCharacter(character: string): string {
  if (character === '"' || character === "'") return `quote ${character}`;
  if (/^[\w$]$/.test(character)) return `"${character}"`;
  return `character ${character}`;
}

function parses(json5: Json5Parser, text: string): boolean {
  try {
    const value = json5.parse(text);
    return value !== null && typeof value === 'object' && !Array.isArray(value);
  } catch {
    return false;
  }
}

function firstMeaningfulLine(text: string): { text: string; line: number } {
  const lines = text.split('\n');
  for (const [index, line] of lines.entries()) {
    const trimmed = line.trim();
    if (trimmed !== '' && !trimmed.startsWith('#') && !trimmed.startsWith('//'))
      return { text: trimmed, line: index + 1 };
  }
  return { text: '', line: 1 };
}

function offsetOf(text: string, line: number, column: number): number {
  let offset = 0;
  for (let current = 1; current < line; current += 1) {
    const next = text.indexOf('\n', offset);
    if (next === -1) return text.length;
    offset = next + 1;
  }
  return Math.min(text.length, offset + column - 1);
}

function positionOf(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, Math.max(0, offset));
  const lineStart = before.lastIndexOf('\n') + 1;
  return { line: before.split('\n').length, column: offset - lineStart + 1 };
}

const excerptWidth = 120;

/** The line with a caret under the column; masked, so a token on that line is never shown. */
export function excerptAt(text: string, line: number, column: number): string {
  const source = (text.split('\n')[line - 1] ?? '').replace(/\r$/, '').replace(/\t/g, ' ');
  const start = Math.max(0, column - 1 - excerptWidth / 2);
  const prefix = maskSecrets(source.slice(start, column - 1));
  const shown = maskSecrets(source.slice(start, start + excerptWidth));
  const caret = Math.min(prefix.length, shown.length);
  return `${start > 0 ? '…' : ''}${shown}\n${' '.repeat(caret + (start > 0 ? 1 : 0))}^`;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
