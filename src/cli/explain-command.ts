/**
 * `error-doctor explain [--json] [--platform P] [--version V] <id | code>`: the fix guide of one
 * error class in the terminal, as `rustc --explain E0382` prints its error's page: what it means,
 * the causes most likely first with their steps for your platform and OpenClaw release, how to
 * verify, and the page's link. The argument is a class id (`gateway-token-mismatch`), a detail
 * code (`AUTH_TOKEN_MISMATCH`), a gateway log reason (`token_mismatch`) or a close reason.
 *
 * `--json` prints one object: {"id","title","summary","explanation": [..], "platform", "version",
 * "causes": [{"id","title","explanation","likelihood","steps": [{"title","detail","command","versions","fit"}]}],
 * "verify": {"command","expect"}, "link"}. Fields may be added, never renamed.
 * Exit code 0 explained, 1 the id or code names no error class, 2 usage error.
 */
import { resolveErrorCode } from '../core/classify/resolve-error-code.ts';
import type { ErrorClass, FixStep, PlatformCommand } from '../core/error-class-schema.ts';
import { isPlatform, platformLabels, platforms, type Platform } from '../core/platforms.ts';
import { stepFit, stepVersionLabel } from '../core/versions/step-versions.ts';
import { catalogue, errorClasses } from '../content/error-classes/index.ts';
import { openclawVersionPattern, paths } from '../ui/paths.ts';
import type { CliStreams } from './error-doctor.ts';
import { siteLink, siteUrl } from './site-links.ts';

export const explainUsage = `Usage:
  error-doctor explain [--json] [--platform P] [--version 2026.4.12] [--site URL] <id | code>

Prints the fix guide of one OpenClaw gateway connect error: what it means, its causes (most likely
first) with the steps for your platform, how to check it worked, and the link to its page.
<id | code> is a class id (gateway-token-mismatch), a detail code (AUTH_TOKEN_MISMATCH), a gateway
log reason (token_mismatch) or a close reason ("unauthorized: gateway token mismatch").

  --json          one JSON object (machine-readable)
  --platform P    ${platforms.join(', ')} (default: this machine's)
  --version V     your OpenClaw release: steps for other releases are left out
  --site URL      where the link points (as classify)
  -h, --help      this help

Exit code: 0 explained, 1 no error class has that id or code, 2 a usage error.
`;

function commandFor(command: PlatformCommand, platform: Platform): string {
  return 'all' in command ? command.all : command[platform];
}

function defaultPlatform(): Platform {
  return process.platform === 'win32' ? 'windows-powershell' : 'linux-macos';
}

function indent(text: string, prefix: string): string {
  return text
    .split('\n')
    .map((line) => `${prefix}${line}`)
    .join('\n');
}

/** Wraps a paragraph at about 100 columns, as the rest of the CLI's output. */
function wrap(text: string, prefix: string, width = 100): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line !== '' && prefix.length + line.length + 1 + word.length > width) {
      lines.push(prefix + line);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  if (line !== '') lines.push(prefix + line);
  return lines.join('\n');
}

interface Explained {
  readonly errorClass: ErrorClass;
  readonly platform: Platform;
  readonly version: string | null;
  readonly link: string;
}

function stepsFor(steps: readonly FixStep[], version: string | null): FixStep[] {
  return steps.filter(
    (step) => stepFit(step.versions, version ? { exact: version, bounds: null } : null) !== 'other-version',
  );
}

function toJson({ errorClass, platform, version, link }: Explained) {
  return {
    id: errorClass.id,
    title: errorClass.title,
    kind: errorClass.kind ?? 'reason',
    summary: errorClass.summary,
    explanation: errorClass.explanation,
    platform,
    version,
    causes: [...errorClass.causes]
      .sort((first, second) => second.likelihood - first.likelihood)
      .map((cause) => ({
        id: cause.id,
        title: cause.title,
        explanation: cause.explanation,
        likelihood: cause.likelihood,
        steps: stepsFor(cause.steps, version).map((step) => ({
          title: step.title,
          detail: step.detail ?? null,
          command: step.command ? commandFor(step.command, platform) : null,
          versions: step.versions ?? null,
        })),
      })),
    canBe: (errorClass.canBe ?? []).map(({ id, why }) => ({ id, why })),
    verify: {
      command: errorClass.verify.command ? commandFor(errorClass.verify.command, platform) : null,
      expect: errorClass.verify.expect,
    },
    link,
  };
}

function toText({ errorClass, platform, version, link }: Explained): string {
  const out: string[] = [`${errorClass.title} (${errorClass.id})`, '', wrap(errorClass.summary, '')];
  out.push('', 'What it means');
  for (const paragraph of errorClass.explanation) out.push(wrap(paragraph, '  '), '');
  if (errorClass.kind === 'wrapper' && errorClass.canBe) {
    out.push('It can hide, most likely first:');
    errorClass.canBe.forEach((candidate, index) => {
      out.push(wrap(`${index + 1}. ${candidate.id}: ${candidate.why}`, '  '));
    });
    if (errorClass.pasteInstead) out.push(wrap(`To tell which, paste ${errorClass.pasteInstead}`, '  '));
    out.push('');
  }
  const forWhat = `${platformLabels[platform]}${version ? `, OpenClaw ${version}` : ''}`;
  out.push(`Causes, most likely first, with the steps (${forWhat})`);
  [...errorClass.causes]
    .sort((first, second) => second.likelihood - first.likelihood)
    .forEach((cause, causeIndex) => {
      out.push('', `${causeIndex + 1}. ${cause.title}`, wrap(cause.explanation, '   '));
      stepsFor(cause.steps, version).forEach((step, stepIndex) => {
        const label = version ? null : stepVersionLabel(step.versions);
        out.push(`   ${causeIndex + 1}.${stepIndex + 1} ${step.title}${label ? ` [${label}]` : ''}`);
        if (step.detail) out.push(wrap(step.detail, '       '));
        if (step.command) out.push(indent(commandFor(step.command, platform), '       $ '));
      });
    });
  out.push('', 'Verify');
  if (errorClass.verify.command) out.push(indent(commandFor(errorClass.verify.command, platform), '  $ '));
  out.push(wrap(`Expect: ${errorClass.verify.expect}`, '  '), '', `On the page: ${link}`);
  return `${out.join('\n')}\n`;
}

export function explainCommand(args: readonly string[], streams: CliStreams): Promise<number> {
  let json = false;
  let platform: Platform = defaultPlatform();
  let version: string | null = null;
  let site: string | null = null;
  const words: string[] = [];
  for (let index = 0; index < args.length; index += 1) {
    const arg = args[index] ?? '';
    if (arg === '--json') json = true;
    else if (arg === '-h' || arg === '--help') {
      streams.stdout.write(explainUsage);
      return Promise.resolve(0);
    } else if (arg === '--platform' || arg === '--version' || arg === '--site') {
      const value = args[index + 1] ?? '';
      index += 1;
      if (arg === '--platform') {
        if (!isPlatform(value)) return usageError(`--platform is one of ${platforms.join(', ')}`, streams);
        platform = value;
      } else if (arg === '--version') {
        if (!openclawVersionPattern.test(value))
          return usageError('--version needs a release such as 2026.4.12', streams);
        version = value;
      } else site = value;
    } else if (arg.startsWith('--')) return usageError(`unknown option ${arg}`, streams);
    else words.push(arg);
  }
  const code = words.join(' ').trim();
  if (code === '') return usageError('give a class id or an error code, e.g. AUTH_TOKEN_MISMATCH', streams);
  const errorClass = resolveErrorCode(code, catalogue);
  if (!errorClass) {
    streams.stderr.write(
      `error-doctor: no error class has the id or code "${code}". Known ids:\n${errorClasses.map(({ id }) => `  ${id}`).join('\n')}\n` +
        'A whole error line or log works better with: error-doctor classify\n',
    );
    return Promise.resolve(1);
  }
  const link = siteLink(siteUrl(site), paths.fix.href(errorClass.id, { platform, version: version ?? undefined }));
  const explained: Explained = { errorClass, platform, version, link };
  streams.stdout.write(json ? `${JSON.stringify(toJson(explained))}\n` : toText(explained));
  return Promise.resolve(0);
}

function usageError(message: string, streams: CliStreams): Promise<number> {
  streams.stderr.write(`error-doctor: ${message}\n\n${explainUsage}`);
  return Promise.resolve(2);
}
