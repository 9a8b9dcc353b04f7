/**
 * `error-doctor check-command [--json] [--version V] "openclaw …"`: does the command exist (in
 * that OpenClaw release), is it one that never existed, what does it risk, what to run instead.
 * Several commands may be given (`a && b`, one per line, or several arguments).
 *
 * `--json` prints one object: {"version": string|null, "commands": [{"command", "status",
 * "problem", "availability", "risks": [{"kind","text"}], "instead": [{"command","why"}]}]}.
 * Fields may be added, never renamed. Exit code 0 when every command exists (risks alone do not
 * fail), 1 when one does not (or not in that version, or has an unknown flag), 2 usage error.
 */
import { assessOpenclawCommands, type CommandAssessment } from '../content/openclaw-command-advice.ts';
import { openclawVersionPattern } from '../ui/paths.ts';
import type { CliStreams } from './error-doctor.ts';

export const checkCommandUsage = `Usage:
  error-doctor check-command [--json] [--version 2026.4.12] "openclaw …"

Checks an openclaw command before you run it (or after a forum post or a chatbot gave it to you):
whether it exists, in your OpenClaw release when you give --version (openclaw --version prints it),
whether it is one that never existed (openclaw gateway token rotate), what it risks (prints a
secret, changes every client's token, only previews), and the right command instead.

  --json          one JSON object (machine-readable)
  --version V     your OpenClaw release, e.g. 2026.4.12
  -h, --help      this help

Exit code: 0 every command exists, 1 one does not (or not in that release), 2 a usage error.
`;

const riskLabels: Record<CommandAssessment['risks'][number]['kind'], string> = {
  'prints-secret': 'prints a secret',
  'changes-every-client': 'affects every client',
  'preview-only': 'only previews',
  'does-not-do-that': 'does not do what you may think',
  'secret-on-command-line': 'secret on the command line',
};

function describe(assessment: CommandAssessment): string {
  const lines = [assessment.command];
  lines.push(
    assessment.problem === null
      ? `  exists${assessment.availability ? ` (OpenClaw ${assessment.availability})` : ''}`
      : `  ${assessment.status === 'never-existed' ? 'DOES NOT EXIST' : 'PROBLEM'}: ${assessment.problem}`,
  );
  for (const risk of assessment.risks) lines.push(`  risk (${riskLabels[risk.kind]}): ${risk.text}`);
  if (assessment.instead.length > 0) {
    lines.push(assessment.problem === null ? '  see also:' : '  instead:');
    for (const step of assessment.instead) lines.push(`    ${step.command}`, `      ${step.why}`);
  }
  return lines.join('\n');
}

export function checkCommandCommand(args: readonly string[], streams: CliStreams): Promise<number> {
  let json = false;
  let version: string | null = null;
  const texts: string[] = [];
  for (let index = 0; index < args.length; index += 1) {
    const arg = args[index] ?? '';
    if (arg === '--json') json = true;
    else if (arg === '-h' || arg === '--help') {
      streams.stdout.write(checkCommandUsage);
      return Promise.resolve(0);
    } else if (arg === '--version') {
      const value = args[index + 1] ?? '';
      if (!openclawVersionPattern.test(value))
        return usageError('--version needs a release such as 2026.4.12', streams);
      version = value;
      index += 1;
    } else if (arg === '--') {
      texts.push(...args.slice(index + 1));
      break;
    } else if (arg.startsWith('--')) return usageError(`unknown option ${arg}`, streams);
    else texts.push(arg);
  }
  // Unquoted (`check-command openclaw devices list`) arrives as words: one command.
  const text = texts.length > 1 && texts[0] === 'openclaw' ? texts.join(' ') : texts.join('\n');
  const assessments = assessOpenclawCommands(text, version);
  if (assessments.length === 0) return usageError('give an openclaw command, e.g. "openclaw devices list"', streams);
  if (json) {
    streams.stdout.write(`${JSON.stringify({ version, commands: assessments })}\n`);
  } else {
    const forVersion = version ? `For OpenClaw ${version}.` : 'No --version given: checked against every release.';
    streams.stdout.write(`${forVersion}\n\n${assessments.map(describe).join('\n\n')}\n`);
  }
  return Promise.resolve(assessments.every((assessment) => assessment.problem === null) ? 0 : 1);
}

function usageError(message: string, streams: CliStreams): Promise<number> {
  streams.stderr.write(`error-doctor: ${message}\n\n${checkCommandUsage}`);
  return Promise.resolve(2);
}
