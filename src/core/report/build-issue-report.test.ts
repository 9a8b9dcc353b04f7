import { describe, expect, it } from 'vitest';
import { buildIssueReport, findOpenclawVersion } from './build-issue-report.ts';

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
