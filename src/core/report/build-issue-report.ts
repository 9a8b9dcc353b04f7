import { buildExcerpt } from '../classify/build-excerpt.ts';
import type { Span } from '../classify/classify-error.ts';
import { maskSecrets } from '../redact/mask-secrets.ts';

/*
 * "Did this fix it?" → no: a ready-to-paste report for an OpenClaw GitHub issue. Built here, shown
 * to the user, copied to their clipboard; nothing is sent. Redacted as a whole at the end, so no
 * field can carry a secret into it.
 */

// Banners (`🦞 OpenClaw 2026.2.15 (3fe22ea)`), log fields (`webchat v2026.2.15`), npm (`openclaw@2026.2.15`).
const versionPatterns: readonly RegExp[] = [
  /\bOpenClaw\s+v?(\d{4}\.\d{1,2}\.\d{1,2}(?:-beta\.\d{1,3}|-\d{1,3})?)\b/i,
  /\bopenclaw@(\d{4}\.\d{1,2}\.\d{1,2}(?:-beta\.\d{1,3}|-\d{1,3})?)\b/i,
  /(?:^|\s)v(\d{4}\.\d{1,2}\.\d{1,2}(?:-beta\.\d{1,3}|-\d{1,3})?)\b/,
];

/** The OpenClaw version a paste mentions, or null. Looks at the first 200,000 characters only. */
export function findOpenclawVersion(paste: string): string | null {
  const head = paste.slice(0, 200_000);
  for (const pattern of versionPatterns) {
    const version = pattern.exec(head)?.[1];
    if (version) return version;
  }
  return null;
}

/** The lines of the paste around the first matches, as the report quotes them (masked). */
export function reportExcerpt(paste: string, spans: readonly Span[]): string {
  return buildExcerpt(paste, spans, { contextLines: 3, maxMatches: 3 })
    .map((part) => (part.kind === 'gap' ? `\n… ${part.skippedLines} lines skipped …\n` : part.text))
    .join('');
}

export interface IssueReportInput {
  readonly errorTitle: string;
  readonly errorClassId: string;
  readonly certainty: string;
  readonly client: string | null;
  readonly version: string | null;
  readonly operatingSystem: string;
  readonly platform: string;
  /** What the user tried (fix steps they followed, or their own words). */
  readonly tried: readonly string[];
  /** The lines of the paste around the match. */
  readonly excerpt: string;
  /** Commands whose output would help the maintainers. */
  readonly commandsToAdd: readonly string[];
  readonly fixUrl: string;
}

export function buildIssueReport(input: IssueReportInput): string {
  const lines = [
    `### Gateway connection fails: ${input.errorTitle}`,
    '',
    `- OpenClaw version: ${input.version ?? '(unknown — please add it: the `🦞 OpenClaw …` banner at the top of the CLI output shows it)'}`,
    `- OS: ${input.operatingSystem}`,
    `- Setup: ${input.platform}`,
    `- Failing client: ${input.client ?? '(not stated in the error)'}`,
    `- Error class: \`${input.errorClassId}\` (${input.certainty} match, per Error Doctor: ${input.fixUrl})`,
    '',
    '### The error',
    '',
    '```text',
    input.excerpt.trim(),
    '```',
    '',
    '### What I tried',
    '',
    ...(input.tried.length > 0 ? input.tried.map((step) => `- ${step}`) : ['- (describe what you tried)']),
    '',
    '### More output',
    '',
    'Output of these commands, run on the gateway host (secrets removed):',
    '',
    ...input.commandsToAdd.map((command) => `- \`${command}\``),
    '',
  ];
  return maskSecrets(lines.join('\n'));
}
