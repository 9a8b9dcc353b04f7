/**
 * `error-doctor check-config FILE [--json] [--error FILE]`: the config findings in a terminal.
 *
 * `--json` prints one object: {"ok": bool, "errors": [{"line","column","message"}],
 * "findings": [{"id","severity","path","message", …}], "pastedError": null | {"file","id","title"},
 * "causes": [{"id","title","score","reasons"}]}. Fields may be added, never renamed.
 * `ok` is false when the file cannot be read as JSON5 or a finding has severity "error".
 * Exit code 0 when ok, 1 when not, 2 for a usage error or an unreadable file.
 */
import { readFile } from 'node:fs/promises';
import { readPaste, type PasteReading } from '../core/classify/read-paste.ts';
import { analyzeConfigText } from '../core/config/analyze-config-text.ts';
import { expertKnowledge } from '../content/expert-knowledge.ts';
import {
  configFindingToJson,
  describeConfigFinding,
  describeTopCause,
  diagnoseWithConfig,
  rankedCauseToJson,
} from './diagnosis-with-config.ts';

interface Streams {
  readonly stdout: { write(text: string): unknown };
  readonly stderr: { write(text: string): unknown };
}

export const checkConfigUsage = `Usage:
  error-doctor check-config [--json] [--error error.log] openclaw.json

Reads your openclaw.json (JSON5) and prints what is wrong with its gateway auth settings:
key path, line, what to do. Token values are never printed.

  --json         one JSON object: {"ok", "errors": [{"line","column","message"}], "findings": [{"id","severity","path","message",…}]}
  --error FILE   the error you got, so the config is checked against it too (auth mode vs the error)
                 and its causes are ranked for this config, as the doctor page and classify --config do
`;

export async function checkConfigCommand(args: readonly string[], streams: Streams): Promise<number> {
  let json = false;
  let errorPath: string | null = null;
  const files: string[] = [];
  for (let index = 0; index < args.length; index += 1) {
    const arg = args[index] ?? '';
    if (arg === '--json') json = true;
    else if (arg === '--error') {
      const value = args[index + 1];
      if (value === undefined) return usageError('--error needs a value', streams);
      errorPath = value;
      index += 1;
    } else if (arg === '-h' || arg === '--help') {
      streams.stdout.write(checkConfigUsage);
      return 0;
    } else if (arg.startsWith('-')) return usageError(`unknown option ${arg}`, streams);
    else files.push(arg);
  }
  const [file] = files;
  if (file === undefined || files.length > 1) return usageError('check-config takes exactly one config file', streams);

  let text: string;
  let reading: PasteReading | null = null;
  try {
    text = await readFile(file, 'utf8');
    if (errorPath !== null) reading = readPaste(await readFile(errorPath, 'utf8'), expertKnowledge);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message;
    streams.stderr.write(`error-doctor: cannot read ${(error as { path?: string }).path ?? file}: ${reason}\n`);
    return 2;
  }

  // Without --error the config is checked on its own; with it, exactly as classify --config and the page do.
  const read = await analyzeConfigText(text);
  const diagnosis = reading ? diagnoseWithConfig(reading, read) : null;
  const analysis = diagnosis?.analysis ?? read;
  const errors = analysis.ok ? [] : [analysis.error];
  const findings = analysis.ok ? analysis.findings : [];
  const ok = analysis.ok && findings.every((finding) => finding.severity !== 'error');
  if (json) {
    const topClass = diagnosis?.topClass;
    streams.stdout.write(
      `${JSON.stringify({
        ok,
        errors: errors.map(({ line, column, message }) => ({ line, column, message })),
        findings: findings.map(configFindingToJson),
        // Added with classify --config (fields are only ever added):
        pastedError:
          errorPath === null ? null : { file: errorPath, id: topClass?.id ?? null, title: topClass?.title ?? null },
        causes: (diagnosis?.causes ?? []).map(rankedCauseToJson),
      })}\n`,
    );
    return ok ? 0 : 1;
  }
  const lines: string[] = [file];
  for (const error of errors) {
    lines.push(`  cannot be read: line ${error.line}, column ${error.column}`, `  ${error.message}`);
    // A refused paste (too large) has no line to show.
    if (error.excerpt !== '') lines.push(...error.excerpt.split('\n').map((line) => `    ${line}`));
  }
  if (analysis.ok) {
    lines.push(
      findings.length === 0
        ? '  No problems found in the gateway auth settings.'
        : `  ${findings.length} finding${findings.length === 1 ? '' : 's'}:`,
    );
    lines.push(...findings.map((finding) => describeConfigFinding(finding)));
  }
  if (errorPath !== null && diagnosis) {
    lines.push(
      diagnosis.topClass
        ? `  The error in ${errorPath}: ${diagnosis.topClass.title}`
        : `  The error in ${errorPath} was not recognised, so the config is checked on its own.`,
      ...describeTopCause(diagnosis.causes, '    '),
    );
  }
  streams.stdout.write(`${lines.join('\n')}\n`);
  return ok ? 0 : 1;
}

function usageError(message: string, streams: Streams): number {
  streams.stderr.write(`error-doctor: ${message}\n\n${checkConfigUsage}`);
  return 2;
}
