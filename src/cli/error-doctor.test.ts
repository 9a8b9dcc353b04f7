import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { runCli as run, tempFile } from './cli-test-harness.ts';

const cliMismatch =
  '\x1b[31mgateway connect failed: Error: unauthorized: gateway token mismatch (set gateway.remote.token to match gateway.auth.token)\x1b[0m\n';

describe('error-doctor classify --json', () => {
  it('prints exactly one JSON object per input file, in order, with the path as given', async () => {
    const first = tempFile('a.log', cliMismatch);
    const second = tempFile('b.log', 'all good here');
    const { code, stdout } = await run(['classify', '--json', first, second]);
    expect(code).toBe(0);
    const lines = stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    const [a, b] = lines.map((line) => JSON.parse(line) as { file: string; findings: unknown[] });
    expect(a?.file).toBe(first);
    // The v1 fields exactly, then the fields added since (the contract only ever adds).
    expect(b).toEqual({
      file: second,
      findings: [],
      runnerUp: null,
      insights: [],
      client: null,
      version: { exact: null, range: null, named: [], mixed: false, evidence: [] },
      causes: [],
      config: null,
      shareLink: null,
    });
  });

  it('gives id, confidence, client and spans as offsets into the original text', async () => {
    const file = tempFile('a.log', cliMismatch);
    const { stdout } = await run(['classify', '--json', file]);
    const result = JSON.parse(stdout) as {
      findings: { id: string; confidence: number; client: string; spans: { start: number; end: number }[] }[];
    };
    const [finding] = result.findings;
    expect(finding?.id).toBe('gateway-token-mismatch');
    expect(finding?.confidence).toBe(1);
    expect(finding?.client).toBe('cli');
    const span = finding?.spans[0];
    expect(span && cliMismatch.slice(span.start, span.end)).toBe('unauthorized: gateway token mismatch');
  });

  it('reads standard input for "-" and when no file is given', async () => {
    for (const args of [
      ['classify', '--json', '-'],
      ['classify', '--json'],
    ]) {
      const { stdout } = await run(args, 'unauthorized: device token mismatch (rotate/reissue device token)');
      const result = JSON.parse(stdout) as { file: string; findings: { id: string }[] };
      expect(result.file).toBe('-');
      expect(result.findings[0]?.id).toBe('device-token-mismatch');
    }
  });

  it('still prints one object for an unreadable file, says why on stderr and exits 2', async () => {
    const { code, stdout, stderr } = await run(['classify', '--json', '/nonexistent/file.log']);
    expect(code).toBe(2);
    expect(JSON.parse(stdout)).toMatchObject({ file: '/nonexistent/file.log', findings: [] });
    expect(stderr).toContain('cannot read /nonexistent/file.log: no such file');
  });
});

describe('error-doctor classify (human output)', () => {
  it('prints the diagnosis, the matched text without colour codes, the client and the deep link', async () => {
    const file = tempFile('a.log', cliMismatch);
    const { stdout } = await run(['classify', '--base-url', 'https://doctor.example', file]);
    expect(stdout).toContain('Diagnosis: Gateway token mismatch (exact match');
    expect(stdout).toContain('matched: "unauthorized: gateway token mismatch" at line 1, column 37');
    expect(stdout).toContain('client:  the openclaw CLI');
    expect(stdout).toContain('fix: https://doctor.example/fix/gateway-token-mismatch?client=cli');
  });

  it('says "not recognised" and what to paste instead, never a guess', async () => {
    const { stdout } = await run(['classify', '-'], '401 Incorrect API key provided');
    expect(stdout).toContain('Not recognised');
    expect(stdout).toContain('openclaw gateway status');
  });

  it('re-ranks causes with --config and reports a broken config with line and column', async () => {
    const config = tempFile(
      'openclaw.json',
      '{ gateway: { auth: { token: "aaaa1111" }, remote: { token: "bbbb2222" } } }',
    );
    const { stdout } = await run(['classify', '--config', config, '-'], cliMismatch);
    expect(stdout).toContain('most likely cause: gateway.remote.token on the client differs from gateway.auth.token');
    const broken = tempFile('broken.json', '{\n  gateway: {\n    auth: { token: "x" }\n  \n');
    const result = await run(['classify', '--config', broken, '-'], cliMismatch);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/broken\.json:5:1: /);
  });

  it('rejects unknown options with the usage', async () => {
    const { code, stderr } = await run(['classify', '--jsno']);
    expect(code).toBe(2);
    expect(stderr).toContain('unknown option --jsno');
  });
});

describe('the error-doctor bin', () => {
  it('runs through npm run doctor and prints nothing but the JSON line', () => {
    const stdout = execFileSync('npm', ['run', 'doctor', '--', 'classify', '--json', '-'], {
      input:
        'disconnected (1008): unauthorized: gateway token missing (open the dashboard URL and paste the token in Control UI settings)',
      encoding: 'utf8',
    });
    const lines = stdout.split('\n').filter((line) => line !== '');
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0] ?? '')).toMatchObject({
      file: '-',
      findings: [{ id: 'gateway-token-missing', client: 'control-ui' }],
    });
    // Spawning npm and tsx is slow on a loaded machine: a generous limit, not a timing assertion.
  }, 60_000);
});

const lockoutLog = [
  '🦞 OpenClaw 2026.3.2 (8a1c0de)',
  'gateway connect failed: GatewayClientRequestError: unauthorized: device token mismatch (rotate/reissue device token)',
  'gateway connect failed: GatewayClientRequestError: unauthorized: device token mismatch (rotate/reissue device token)',
  'gateway connect failed: GatewayClientRequestError: unauthorized: too many failed authentication attempts (retry later)',
  '',
].join('\n');

describe('error-doctor classify: the expert reading', () => {
  it('adds insights, client, version, kind and canBe to the JSON, keeping every v1 field', async () => {
    const file = tempFile('lockout.log', lockoutLog);
    const { stdout } = await run(['classify', '--json', file]);
    const result = JSON.parse(stdout) as {
      findings: { id: string; kind: string; spans: { start: number; end: number }[]; link: string }[];
      runnerUp: unknown;
      insights: { id: string; spans: { start: number; end: number }[] }[];
      client: { kind: string } | null;
      version: { exact: string | null; evidence: { kind: string; span: { start: number; end: number } }[] };
    };
    expect(result.findings.map((finding) => [finding.id, finding.kind])).toEqual([
      ['auth-rate-limited', 'reason'],
      ['device-token-mismatch', 'reason'],
    ]);
    expect(Object.keys(result.findings[0] ?? {}).slice(0, 9)).toEqual([
      'id',
      'title',
      'confidence',
      'certainty',
      'client',
      'spans',
      'occurrences',
      'link',
      'kind',
    ]);
    expect(result.runnerUp).toBeNull();
    expect(result.insights.map((insight) => insight.id)).toEqual(['locked-out-after-failed-attempts']);
    expect(result.insights[0]?.spans.map((span) => lockoutLog.slice(span.start, span.end))).toEqual([
      'unauthorized: device token mismatch',
      'unauthorized: device token mismatch',
      'unauthorized: too many failed authentication attempts',
    ]);
    expect(result.client?.kind).toBe('cli');
    expect(result.version.exact).toBe('2026.3.2');
    const banner = result.version.evidence.find((item) => item.kind === 'banner');
    expect(lockoutLog.slice(banner?.span.start, banner?.span.end)).toBe('OpenClaw 2026.3.2');
  });

  it('says what a wrapper can be and what to paste, in human output', async () => {
    const file = tempFile('ui.txt', 'disconnected (4008): connect failed\n');
    const { stdout } = await run(['classify', file]);
    expect(stdout).toContain('This message hides the real reason. It can be, most likely first:');
    expect(stdout).toContain('1. Gateway token mismatch:');
    expect(stdout).toContain('To tell which, paste the gateway log line');
    expect(stdout).toContain('Client: the Control UI (browser dashboard)');
  });

  it('puts the lockout insight above the diagnosis, with version and client', async () => {
    const file = tempFile('lockout.log', lockoutLog);
    const { stdout } = await run(['classify', file]);
    const insightAt = stdout.indexOf('!! Stop retrying: you are locked out');
    expect(insightAt).toBeGreaterThan(0);
    expect(insightAt).toBeLessThan(stdout.indexOf('Diagnosis:'));
    expect(stdout).toContain('openclaw gateway restart');
    expect(stdout).toContain('OpenClaw version: 2026.3.2');
  });
});
