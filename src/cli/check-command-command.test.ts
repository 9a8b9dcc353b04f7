import { describe, expect, it } from 'vitest';
import { runCli } from './cli-test-harness.ts';

describe('error-doctor check-command', () => {
  it('says a command that never existed does not, gives the real ones, and exits 1', async () => {
    const { code, stdout } = await runCli(['check-command', 'openclaw gateway token rotate']);
    expect(code).toBe(1);
    expect(stdout).toContain('DOES NOT EXIST');
    expect(stdout).toContain('openclaw devices rotate --device <deviceId> --role operator');
    expect(stdout).toContain('openclaw config set gateway.auth.token <new-token>');
  });

  it('checks the command against the given release', async () => {
    const before = await runCli(['check-command', '--version', '2026.4.12', 'openclaw gateway auth-token --show']);
    expect(before.code).toBe(1);
    expect(before.stdout).toContain('Not in OpenClaw 2026.4.12: it exists in OpenClaw 2026.4.13 or newer');
    const after = await runCli(['check-command', '--version', '2026.8.2', 'openclaw gateway auth-token --show']);
    expect(after.code).toBe(0);
    expect(after.stdout).toContain('risk (prints a secret)');
  });

  it('warns that --latest only previews from 2026.4.10 on, and approved blindly before', async () => {
    type Json = { commands: { status: string; risks: { kind: string }[] }[] };
    const run = async (version: string) =>
      JSON.parse(
        (await runCli(['check-command', '--json', '--version', version, 'openclaw devices approve --latest'])).stdout,
      ) as Json;
    expect((await run('2026.4.10')).commands[0]?.risks.map((risk) => risk.kind)).toEqual(['preview-only']);
    expect((await run('2026.3.1')).commands[0]?.risks.map((risk) => risk.kind)).toEqual(['changes-every-client']);
    expect((await run('2026.2.1')).commands[0]?.status).toBe('not-in-version');
  });

  it('checks every command of a line, unquoted words too, and flags an unknown flag', async () => {
    const { code, stdout } = await runCli([
      'check-command',
      '--json',
      'openclaw devices list && openclaw doctor --generate-gateway-token --no-such-flag',
    ]);
    expect(code).toBe(1);
    const { commands } = JSON.parse(stdout) as { commands: { command: string; status: string }[] };
    expect(commands.map(({ command, status }) => [command, status])).toEqual([
      ['openclaw devices list', 'ok'],
      ['openclaw doctor --generate-gateway-token --no-such-flag', 'unknown-flag'],
    ]);
    const words = await runCli(['check-command', 'openclaw', 'devices', 'list']);
    expect(words.code).toBe(0);
    expect(words.stdout).toContain('openclaw devices list\n  exists (OpenClaw 2026.1.20 or newer)');
  });

  it('is a usage error without a command or with a malformed version', async () => {
    expect((await runCli(['check-command', 'ls -la'])).code).toBe(2);
    expect((await runCli(['check-command', '--version', 'latest', 'openclaw status'])).code).toBe(2);
  });
});
