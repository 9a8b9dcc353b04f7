import { describe, expect, it } from 'vitest';
import { runCli } from './cli-test-harness.ts';

describe('error-doctor explain', () => {
  it('prints the fix guide of a detail code: meaning, causes with steps for the platform, verify, link', async () => {
    const { code, stdout } = await runCli([
      'explain',
      'AUTH_TOKEN_MISMATCH',
      '--platform',
      'docker-compose',
      '--site',
      'https://doctor.example/base/',
    ]);
    expect(code).toBe(0);
    expect(stdout.split('\n')[0]).toBe('Gateway token mismatch (gateway-token-mismatch)');
    expect(stdout).toContain('What it means');
    expect(stdout).toContain('1. A stale OPENCLAW_GATEWAY_TOKEN overrides your config');
    expect(stdout).toContain('$ docker compose exec openclaw-gateway');
    expect(stdout).toContain('Verify');
    expect(stdout).toContain('https://doctor.example/base/fix/gateway-token-mismatch?platform=docker-compose');
  });

  it('leaves out the steps for other releases when given --version', async () => {
    const old = await runCli(['explain', 'gateway-token-mismatch', '--version', '2026.2.1', '--json']);
    const current = await runCli(['explain', 'gateway-token-mismatch', '--version', '2026.9.1', '--json']);
    type Json = { causes: { steps: { command: string | null }[] }[] };
    const commands = (output: string): string[] =>
      (JSON.parse(output) as Json).causes.flatMap((cause) => cause.steps.map((step) => step.command ?? ''));
    expect(commands(old.stdout).join('\n')).not.toContain('auth-token --show');
    expect(commands(current.stdout).join('\n')).toContain('auth-token --show');
  });

  it('accepts a gateway log reason or a close reason, as the page does', async () => {
    for (const given of ['token_missing', 'unauthorized: gateway token missing']) {
      const { stdout } = await runCli(['explain', '--json', given]);
      expect((JSON.parse(stdout) as { id: string }).id).toBe('gateway-token-missing');
    }
  });

  it('exits 1 and lists the ids for a code that names no class, 2 for a bad option', async () => {
    const unknown = await runCli(['explain', 'NOT_A_CODE']);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('no error class has the id or code "NOT_A_CODE"');
    expect(unknown.stderr).toContain('  gateway-token-mismatch');
    expect((await runCli(['explain', 'x', '--platform', 'amiga'])).code).toBe(2);
    expect((await runCli(['explain'])).code).toBe(2);
  });
});
