/*
 * Follows a fix guide as a user would, on Linux: the cause's steps for this release (steps for
 * other versions skipped), each `linux-macos` command exactly as printed with its placeholders
 * filled from the scenario, all in one terminal session (so `unset` carries over), then the class's
 * own "check that it worked" command. A step that says "on the gateway host" runs with the
 * gateway's HOME; every other step runs with the client's.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Cause, ErrorClass, FixStep, PlatformCommand } from '../src/core/error-class-schema.ts';
import { stepFit } from '../src/core/versions/step-versions.ts';
import { stripAnsi } from './ansi.ts';
import type { Installed } from './install-release.ts';
import { labEnv } from './gateway.ts';
import { runProcess } from './processes.ts';

export function linuxCommand(command: PlatformCommand | undefined): string | null {
  if (!command) return null;
  return 'all' in command ? command.all : command['linux-macos'];
}

export interface FixContext {
  installed: Installed;
  clientHome: string;
  gatewayHome: string;
  /** Extra environment of the failing client (e.g. a stale OPENCLAW_GATEWAY_TOKEN). */
  clientEnv: NodeJS.ProcessEnv;
  /** Values for the guide's placeholders: `<token>`, `<password>`, `<url>`, … */
  placeholders: Record<string, string>;
}

export interface StepRun {
  title: string;
  command: string | null;
  skipped?: string;
}

export interface FixRun {
  causeId: string;
  steps: StepRun[];
  /** Everything the terminal showed, ANSI stripped, with `$ command` lines. */
  transcript: string;
  verifyOutput: string;
  verifyCode: number | null;
  /** A placeholder the scenario cannot fill (the cause cannot be followed as written). */
  unfilled: string[];
}

function onGatewayHost(step: FixStep): boolean {
  return /gateway host/i.test(`${step.title} ${step.detail ?? ''}`);
}

/**
 * Fills `<name>` placeholders; the guide's literal default address (127.0.0.1:18789) becomes the
 * lab gateway's, as a user on the default port would not have to change it.
 */
function fill(command: string, placeholders: Record<string, string>, unfilled: string[]): string {
  const port = placeholders.port;
  const addressed = port ? command.replaceAll('127.0.0.1:18789', `127.0.0.1:${port}`) : command;
  return addressed.replace(/<([A-Za-z][\w-]*)>/g, (whole, name: string) => {
    const value = placeholders[name];
    if (value === undefined) {
      unfilled.push(whole);
      return whole;
    }
    return value;
  });
}

const quote = (text: string): string => `'${text.replace(/'/g, `'\\''`)}'`;

/** The bash script a user would type: the steps, then the verify command with its exit code. */
function script(
  errorClass: ErrorClass,
  cause: Cause,
  context: FixContext,
  steps: StepRun[],
  unfilled: string[],
): string {
  const lines = ['set +e', 'cd "$HOME"'];
  for (const step of cause.steps) {
    const raw = linuxCommand(step.command);
    const fit = stepFit(step.versions, { exact: context.installed.release, bounds: null });
    if (fit === 'other-version') {
      steps.push({ title: step.title, command: raw, skipped: 'for another version' });
      continue;
    }
    if (!raw) {
      steps.push({ title: step.title, command: null, skipped: 'no command (a step done by hand)' });
      continue;
    }
    const command = fill(raw, context.placeholders, unfilled);
    steps.push({ title: step.title, command });
    lines.push(`echo ${quote(`## ${step.title}`)}`);
    if (onGatewayHost(step)) lines.push(`export HOME=${quote(context.gatewayHome)}`);
    for (const line of command.split('\n')) {
      lines.push(`echo ${quote(`$ ${line}`)}`);
      // One line at a time, like a user typing; `export`/`unset` stay in this shell. Bounded.
      lines.push(line.startsWith('openclaw ') ? `timeout -k 5 60 ${line}` : line);
    }
    if (onGatewayHost(step)) lines.push(`export HOME=${quote(context.clientHome)}`);
  }
  const verify = linuxCommand(errorClass.verify.command);
  lines.push(`echo '## VERIFY'`);
  if (verify) {
    const command = fill(verify, context.placeholders, unfilled);
    lines.push(`echo ${quote(`$ ${command}`)}`, `timeout -k 5 60 ${command}`, 'echo "## VERIFY EXIT $?"');
  }
  return `${lines.join('\n')}\n`;
}

/** Runs one cause's steps and the verify step in a terminal (a pty, so interactive commands print). */
export async function followCause(errorClass: ErrorClass, cause: Cause, context: FixContext): Promise<FixRun> {
  const steps: StepRun[] = [];
  const unfilled: string[] = [];
  const file = path.join(context.clientHome, `lab-fix-${cause.id}.sh`);
  writeFileSync(file, script(errorClass, cause, context, steps, unfilled));
  const result = await runProcess('script', ['-qec', `bash ${quote(file)}`, '/dev/null'], {
    cwd: context.clientHome,
    env: { ...labEnv(context.installed, context.clientHome, context.clientEnv), TERM: 'xterm' },
    timeoutMs: 10 * 60_000,
  });
  const transcript = stripAnsi(result.output);
  const verifyAt = transcript.lastIndexOf('## VERIFY\n');
  const verifyOutput = verifyAt >= 0 ? transcript.slice(verifyAt) : '';
  const code = /## VERIFY EXIT (\d+)/.exec(verifyOutput)?.[1];
  return {
    causeId: cause.id,
    steps,
    transcript,
    verifyOutput,
    verifyCode: code === undefined ? null : Number(code),
    unfilled,
  };
}
