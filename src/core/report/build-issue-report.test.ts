import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { leakedPieces, pasteWithSecrets, plantedSecrets } from '../redact/planted-secrets.fixture.ts';
import { buildIssueReport, findOpenclawVersion, reportExcerpt, type IssueReportInput } from './build-issue-report.ts';

describe('findOpenclawVersion', () => {
  it('reads the version from banners, log fields and npm names', () => {
    expect(findOpenclawVersion('🦞 OpenClaw 2026.2.15 (3fe22ea)\nerror')).toBe('2026.2.15');
    expect(findOpenclawVersion('client=openclaw-control-ui webchat v2026.3.1-beta.2 auth=token')).toBe(
      '2026.3.1-beta.2',
    );
    expect(findOpenclawVersion('npm i -g openclaw@2026.2.26-1')).toBe('2026.2.26-1');
    expect(findOpenclawVersion('at 2026-02-18T09:14:03Z gateway token mismatch')).toBeNull();
  });
});

describe('buildIssueReport', () => {
  const input = {
    errorTitle: 'Gateway token mismatch',
    errorClassId: 'gateway-token-mismatch',
    certainty: 'exact',
    client: 'the openclaw CLI',
    version: '2026.2.15',
    operatingSystem: 'Linux',
    platform: 'Docker Compose',
    tried: ['Removed the stale OPENCLAW_GATEWAY_TOKEN'],
    excerpt:
      'gateway closed (1008): unauthorized: gateway token mismatch\nConfig: /home/maria/.openclaw/openclaw.json\nOPENCLAW_GATEWAY_TOKEN=abcdef123456',
    commandsToAdd: ['openclaw gateway status'],
    fixUrl: 'http://localhost:4173/fix/gateway-token-mismatch',
  };

  it('has the facts a maintainer asks for first, ready for a GitHub issue', () => {
    const report = buildIssueReport(input);
    for (const fact of ['2026.2.15', 'Linux', 'Docker Compose', 'the openclaw CLI', '`gateway-token-mismatch`']) {
      expect(report).toContain(fact);
    }
    expect(report).toContain('- Removed the stale OPENCLAW_GATEWAY_TOKEN');
    expect(report).toContain('- `openclaw gateway status`');
    expect(report).toContain('```text\ngateway closed (1008)');
  });

  it('contains no secret and no user name', () => {
    const report = buildIssueReport(input);
    expect(report).not.toContain('maria');
    expect(report).not.toContain('abcdef123456');
  });

  it('asks for the version when it is unknown', () => {
    expect(buildIssueReport({ ...input, version: null })).toContain('banner at the top of the CLI output');
  });
});

// The exported report ("Did this fix it?" → no → copied to the clipboard): every kind of planted
// secret, wherever it enters the report, is masked. The excerpt is built as the page builds it.
describe('the issue report never carries a planted secret', () => {
  const error = 'unauthorized: gateway token mismatch';
  const spansOf = (paste: string): { start: number; end: number }[] => {
    const spans: { start: number; end: number }[] = [];
    for (let at = paste.indexOf(error); at !== -1; at = paste.indexOf(error, at + 1)) {
      spans.push({ start: at, end: at + error.length });
    }
    return spans;
  };
  const base: IssueReportInput = {
    errorTitle: 'Gateway token mismatch',
    errorClassId: 'gateway-token-mismatch',
    certainty: 'exact',
    client: 'the openclaw CLI',
    version: null,
    operatingSystem: 'Linux',
    platform: 'Linux / macOS',
    tried: [],
    excerpt: '',
    commandsToAdd: ['openclaw gateway status'],
    fixUrl: 'http://localhost:4173/fix/gateway-token-mismatch',
  };

  for (const planted of plantedSecrets) {
    it(`masks a ${planted.kind} in the quoted paste and in what the user tried`, () => {
      const paste = ['[gateway] starting', planted.line, `gateway connect failed: ${error}`, planted.line].join('\n');
      const excerpt = reportExcerpt(paste, spansOf(paste));
      const report = buildIssueReport({ ...base, excerpt, tried: [`Set it again: ${planted.line}`] });
      expect(leakedPieces(report, planted.secret), report).toEqual([]);
      // The lines were quoted, masked, not dropped.
      expect(report).toContain(error);
      expect(report.split('[redacted]').length - 1).toBeGreaterThanOrEqual(3);
    });

    it(`masks a ${planted.kind} on a long log line cut around the error`, () => {
      for (let filler = 320; filler <= 400 + planted.line.length; filler += 7) {
        const paste = `{"time":"2026-03-02T21:40:11Z", ${planted.line} "detail":"${'y'.repeat(filler)}","msg":"${error}"}`;
        const report = buildIssueReport({ ...base, excerpt: reportExcerpt(paste, spansOf(paste)) });
        expect(leakedPieces(report, planted.secret), `filler ${filler}`).toEqual([]);
        expect(report).toContain(error);
      }
    });
  }

  it('masks all of them in one messy paste with the error repeated among them', () => {
    // Every planted line but the last within three lines of one of the three quoted matches, and
    // every one among what the user tried.
    const lines = plantedSecrets.map((planted) => planted.line);
    const paste = [0, 6, 12, 18]
      .map((from) => [
        ...lines.slice(from, from + 3),
        `gateway connect failed: ${error}`,
        ...lines.slice(from + 3, from + 6),
      ])
      .flat()
      .join('\n');
    const excerpt = reportExcerpt(paste, spansOf(paste));
    const report = buildIssueReport({ ...base, excerpt, tried: pasteWithSecrets.split('\n') });
    for (const planted of plantedSecrets) expect(leakedPieces(report, planted.secret), planted.kind).toEqual([]);
    expect(excerpt.split('[redacted]').length - 1).toBeGreaterThanOrEqual(plantedSecrets.length - 1);
    expect(excerpt).toContain('lines skipped');
  });

  it('whichever field a secret reaches, it is masked', () => {
    const fields = ['errorTitle', 'client', 'version', 'operatingSystem', 'platform', 'excerpt', 'fixUrl'] as const;
    fc.assert(
      fc.property(
        fc.constantFrom(...fields),
        fc.constantFrom(...plantedSecrets),
        fc.string(),
        (field, planted, noise) => {
          const report = buildIssueReport({
            ...base,
            [field]: `${noise}\n${planted.line}`,
            tried: [planted.line],
            commandsToAdd: [`openclaw gateway status ${planted.line}`],
          });
          expect(leakedPieces(report, planted.secret)).toEqual([]);
        },
      ),
      { numRuns: 300 },
    );
  });
});
