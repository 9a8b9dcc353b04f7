/**
 * `error-doctor classify [--json] [--config FILE] [--site URL] [--platform P] [FILE ... | -]`.
 *
 * The `--json` output is a contract used outside this repo: exactly one JSON object per input,
 * one per line: {"file": "<path as given>", "findings": [{"id", "confidence", "client", "spans": [{"start","end"}], …}]}.
 * Fields may be added, never renamed or removed. Offsets are UTF-16 code units into the file's text.
 */
import { readFile } from 'node:fs/promises';
import { lineAndColumn } from '../core/classify/build-excerpt.ts';
import type { Finding } from '../core/classify/classify-error.ts';
import { readPaste, type PasteReading } from '../core/classify/read-paste.ts';
import { stripTerminalEscapes } from '../core/classify/normalize-paste.ts';
import {
  configFindings,
  configFindingToJson,
  describeConfigFinding,
  describeTopCause,
  diagnoseWithConfig,
  rankedCauseToJson,
  type DiagnosisWithConfig,
} from './diagnosis-with-config.ts';
import { analyzeConfigText, type ConfigAnalysis } from '../core/config/analyze-config-text.ts';
import { clientLabels } from '../core/clients.ts';
import { isPlatform, platforms, type Platform } from '../core/platforms.ts';
import { maskSecrets } from '../core/redact/mask-secrets.ts';
import { describeBounds } from '../core/versions/openclaw-version.ts';
import { errorClassById } from '../content/error-classes/index.ts';
import { expertKnowledge } from '../content/expert-knowledge.ts';
import { paths } from '../ui/paths.ts';
import type { CliStreams } from './error-doctor.ts';
import { readInput } from './read-input.ts';
import { shareLink, siteLink, siteUrl } from './site-links.ts';

export const classifyUsage = `Usage:
  error-doctor classify [--json] [--config openclaw.json] [--site URL] [--platform P] [FILE ... | -]

Reads each FILE (or standard input for "-" or no file; UTF-8, or UTF-16 with a byte-order mark as
PowerShell writes), and prints what OpenClaw gateway connect error it contains and how to fix it,
with a link to its fix page and one that opens the doctor on the same diagnosis (the paste, with
tokens, passwords and user names removed, travels in the link's #fragment, never to a server).

  --json            one JSON object per input, one per line (machine-readable)
  --config FILE     your openclaw.json (JSON5): checked against each error (as check-config --error)
                    and used to rank the causes
  --site URL        where links point (default: $ERROR_DOCTOR_SITE, or the site this package was built for)
  --platform P      ${platforms.join(', ')}: the platform the linked page shows steps for
  -h, --help        this help

Exit code: 0 every input was read, 2 a usage error, an unreadable or empty input, or output that
could not be written.
`;

interface ClassifyOptions {
  json: boolean;
  configPath: string | null;
  site: string | null;
  platform: Platform | undefined;
  files: string[];
}

type ParsedArguments = { ok: true; options: ClassifyOptions } | { ok: false; message: string };

function parseClassifyArguments(args: readonly string[]): ParsedArguments {
  const options: ClassifyOptions = { json: false, configPath: null, site: null, platform: undefined, files: [] };
  for (let index = 0; index < args.length; index += 1) {
    const arg = args[index] ?? '';
    if (arg === '--json') options.json = true;
    else if (arg === '--config' || arg === '--site' || arg === '--base-url' || arg === '--platform') {
      const value = args[index + 1];
      if (value === undefined) return { ok: false, message: `${arg} needs a value` };
      if (arg === '--config') options.configPath = value;
      else if (arg === '--platform') {
        if (!isPlatform(value)) return { ok: false, message: `--platform is one of ${platforms.join(', ')}` };
        options.platform = value;
      } else options.site = value; // --base-url: the option's first name, kept working
      index += 1;
    } else if (arg === '--') {
      options.files.push(...args.slice(index + 1));
      break;
    } else if (arg.startsWith('-') && arg !== '-') return { ok: false, message: `unknown option ${arg}` };
    else options.files.push(arg);
  }
  if (options.files.length === 0) options.files.push('-');
  return { ok: true, options };
}

/** The fix page of a finding, for this client, version and platform. */
function fixLink(finding: Finding, reading: PasteReading, links: Links): string {
  const facets = {
    client: finding.client ?? undefined,
    version: reading.version.exact ?? undefined,
    platform: links.platform,
  };
  return siteLink(links.site, paths.fix.href(finding.id, facets));
}

interface Links {
  readonly site: string;
  readonly platform: Platform | undefined;
  /** The doctor on this input's diagnosis (the redacted paste in the fragment), when it fits a link. */
  readonly share: { readonly url: string; readonly excerpt: boolean } | null;
}

function findingToJson(finding: Finding, reading: PasteReading, links: Links) {
  const errorClass = errorClassById.get(finding.id);
  return {
    id: finding.id,
    title: errorClass?.title ?? finding.id,
    confidence: finding.confidence,
    certainty: finding.certainty,
    client: finding.client,
    spans: finding.spans.map((span) => ({ start: span.start, end: span.end })),
    occurrences: finding.occurrences,
    link: fixLink(finding, reading, links),
    // Added in v2 (fields are only ever added):
    kind: errorClass?.kind ?? 'reason',
    canBe: errorClass?.kind === 'wrapper' ? (errorClass.canBe ?? []).map(({ id, why }) => ({ id, why })) : [],
    // Added with `certainty: "nearest"`: the known message the text is closest to (null for a match).
    closestKnown: finding.closestKnown ?? null,
  };
}

/** The v2 fields of one input: sequences, client and version read from the whole paste. */
function readingToJson(reading: PasteReading) {
  const { client, version } = reading;
  return {
    insights: reading.insights.map((insight) => ({
      id: insight.id,
      title: insight.title,
      text: insight.text,
      spans: insight.spans.map(({ start, end }) => ({ start, end })),
    })),
    client: client
      ? {
          kind: client.client,
          label: client.label,
          evidence: client.evidence.map((item) => ({
            kind: item.client,
            span: { start: item.span.start, end: item.span.end },
            says: item.says,
          })),
        }
      : null,
    version: {
      exact: version.exact,
      range: version.bounds ? { since: version.bounds.since ?? null, before: version.bounds.before ?? null } : null,
      named: version.named,
      mixed: version.mixed,
      evidence: version.evidence.map((item) => ({
        kind: item.kind,
        span: { start: item.span.start, end: item.span.end },
        version: item.version,
        says: item.says,
      })),
    },
  };
}

function describeVersion(reading: PasteReading): string {
  const { version } = reading;
  if (version.exact) {
    const named = version.named.length > 1 ? ` (the paste names ${version.named.join(', ')})` : '';
    return `${version.exact}${named}`;
  }
  if (version.bounds) {
    return `probably ${describeBounds(version.bounds)}: ${version.evidence.map((item) => item.says).join(' ')}`;
  }
  return 'not stated (the banner "OpenClaw 2026.x.y" at the top of any openclaw command says it)';
}

function describeDiagnosis(
  file: string,
  text: string,
  reading: PasteReading,
  withConfig: DiagnosisWithConfig,
  config: { path: string } | null,
  links: Links,
): string {
  const { diagnosis } = reading;
  const lines: string[] = [file === '-' ? '(standard input)' : file];
  const [top] = diagnosis.findings;
  if (!top) {
    lines.push(
      '  Not recognised: no OpenClaw gateway connect or auth error in this text.',
      '  Paste the full error line (it usually starts with "unauthorized:" or "disconnected ("), or the output of `openclaw gateway status`.',
    );
    return lines.join('\n');
  }
  const nearestClass = top.certainty === 'nearest' ? errorClassById.get(top.id) : undefined;
  if (nearestClass) {
    const first = top.spans[0];
    const where = first ? lineAndColumn(text, first.start) : null;
    const line = first
      ? maskSecrets(stripTerminalEscapes(text.slice(first.start, first.end)).replace(/\s+/g, ' '))
      : '';
    lines.push(
      `  Closest known error: ${nearestClass.title} (not an exact match, confidence ${top.confidence})`,
      `    your line: "${line}"${where ? ` at line ${where.line}` : ''}`,
      `    known message: "${top.closestKnown ?? ''}"`,
      `    To confirm, paste ${nearestClass.pasteInstead ?? 'the full error line, as the client or the gateway log prints it'}.`,
      `    Fix guide if it is that: ${fixLink(top, reading, links)}`,
    );
    return lines.join('\n');
  }
  for (const insight of reading.insights) {
    const first = insight.spans[0];
    const where = first ? lineAndColumn(text, first.start) : null;
    lines.push(`  !! ${insight.title}${where ? ` (from line ${where.line})` : ''}`, `     ${insight.text}`);
    insight.steps.forEach((step, index) => {
      lines.push(`     ${index + 1}. ${step.title}`);
      const command = step.command ? ('all' in step.command ? step.command.all : step.command['linux-macos']) : null;
      if (command) for (const commandLine of command.split('\n')) lines.push(`          ${commandLine}`);
    });
  }
  lines.push(
    `  Client: ${reading.client ? `${reading.client.label} (${reading.client.decidedBy.says})` : top.client ? clientLabels[top.client] : 'not stated in the text'}`,
    `  OpenClaw version: ${describeVersion(reading)}`,
  );
  diagnosis.findings.forEach((finding, index) => {
    const errorClass = errorClassById.get(finding.id);
    // The runner-up is explained once, below, rather than listed as a second finding.
    if (!errorClass || (index > 0 && finding.id === diagnosis.runnerUp?.id)) return;
    const first = finding.spans[0];
    const where = first ? lineAndColumn(text, first.start) : null;
    const matched = first
      ? maskSecrets(stripTerminalEscapes(text.slice(first.start, first.end)).replace(/\s+/g, ' '))
      : '';
    lines.push(
      `  ${index === 0 ? 'Diagnosis' : 'Also found'}: ${errorClass.title} (${finding.certainty} match, confidence ${finding.confidence})`,
      `    matched: "${matched}"${where ? ` at line ${where.line}, column ${where.column}` : ''}${finding.occurrences > 1 ? ` (${finding.occurrences} times)` : ''}`,
      `    client:  ${finding.client ? clientLabels[finding.client] : index === 0 && reading.client ? reading.client.label : 'not stated in the text'}`,
    );
    if (index === 0) {
      lines.push(`    ${errorClass.summary}`);
      if (errorClass.kind === 'wrapper') {
        lines.push('    This message hides the real reason. It can be, most likely first:');
        (errorClass.canBe ?? []).forEach((candidate, rank) => {
          lines.push(`      ${rank + 1}. ${errorClassById.get(candidate.id)?.title ?? candidate.id}: ${candidate.why}`);
        });
        if (errorClass.pasteInstead) lines.push(`    To tell which, paste ${errorClass.pasteInstead}.`);
      }
      lines.push(...describeTopCause(withConfig.causes, '    '));
    }
    lines.push(`    fix: ${fixLink(finding, reading, links)}`);
    if (index === 0 && links.share) {
      const what = links.share.excerpt ? 'the lines around the error' : 'your paste';
      lines.push(
        `    open: ${links.share.url}`,
        `      (the doctor on this diagnosis: ${what}, secrets removed, in the link)`,
      );
    }
  });
  if (diagnosis.runnerUp) {
    const runnerUp = errorClassById.get(diagnosis.runnerUp.id);
    lines.push(`  Could also be: ${runnerUp?.title ?? diagnosis.runnerUp.id}. ${diagnosis.runnerUp.why}`);
  }
  if (config) {
    // The same findings check-config --error prints, checked against this paste's error.
    const findings = configFindings(withConfig);
    lines.push(
      findings.length === 0
        ? `  Config ${config.path}: no problems found in the gateway auth settings.`
        : `  Config ${config.path}: ${findings.length} finding${findings.length === 1 ? '' : 's'}:`,
      ...findings.map((finding) => describeConfigFinding(finding, '    ')),
    );
  }
  return lines.join('\n');
}

export async function classifyCommand(args: readonly string[], streams: CliStreams): Promise<number> {
  if (args.includes('-h') || args.includes('--help')) {
    streams.stdout.write(classifyUsage);
    return 0;
  }
  const parsed = parseClassifyArguments(args);
  if (!parsed.ok) {
    streams.stderr.write(`error-doctor: ${parsed.message}\n\n${classifyUsage}`);
    return 2;
  }
  const { options } = parsed;
  // Read once; each input re-checks it against its own error (withErrorClass), as the page does.
  let config: ConfigAnalysis | null = null;
  if (options.configPath !== null) {
    try {
      config = await analyzeConfigText(await readFile(options.configPath, 'utf8'));
    } catch (error) {
      streams.stderr.write(`error-doctor: cannot read ${options.configPath}: ${(error as Error).message}\n`);
      return 2;
    }
    if (!config.ok) {
      const { line, column, message } = config.error;
      streams.stderr.write(`error-doctor: ${options.configPath}:${line}:${column}: ${message}\n`);
      return 2;
    }
  }

  const site = siteUrl(options.site);
  let status = 0;
  for (const file of options.files) {
    if (file === '-' && streams.stdin.isTTY === true) {
      streams.stderr.write(
        'error-doctor: reading standard input: paste the error, then press Ctrl+D (Ctrl+Z, Enter on Windows)\n',
      );
    }
    const input = await readInput(file, streams.stdin);
    if (!input.ok) {
      streams.stderr.write(`error-doctor: cannot read ${file === '-' ? 'standard input' : file}: ${input.reason}\n`);
      if (options.json) streams.stdout.write(`${JSON.stringify({ file, findings: [], error: input.reason })}\n`);
      status = 2;
      continue;
    }
    const { text } = input;
    const reading = readPaste(text, expertKnowledge);
    const share =
      reading.diagnosis.findings.length > 0 ? await shareLink(site, text, reading.diagnosis, options.platform) : null;
    const links: Links = { site, platform: options.platform, share };
    const withConfig = diagnoseWithConfig(reading, config);
    const configPath = options.configPath === null ? null : { path: options.configPath };
    if (options.json) {
      streams.stdout.write(
        `${JSON.stringify({
          file,
          findings: reading.diagnosis.findings.map((finding) => findingToJson(finding, reading, links)),
          runnerUp: reading.diagnosis.runnerUp,
          ...readingToJson(reading),
          // Added with classify --config (fields are only ever added):
          causes: withConfig.causes.map(rankedCauseToJson),
          config: configPath && {
            file: configPath.path,
            findings: configFindings(withConfig).map(configFindingToJson),
          },
          // Added with the hand-off links: the doctor on this diagnosis, or null (nothing found, or too long).
          shareLink: share?.url ?? null,
        })}\n`,
      );
    } else {
      streams.stdout.write(`${describeDiagnosis(file, text, reading, withConfig, configPath, links)}\n\n`);
    }
  }
  return status;
}
