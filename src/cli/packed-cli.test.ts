import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/*
 * The package as a user gets it: `npm pack` (which builds dist-cli/ through prepack), installed
 * globally into a temporary prefix, offline (it has no dependencies to fetch), then run with Node
 * alone from a folder outside the checkout: no tsx, no TypeScript, no node_modules of ours.
 */
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const work = mkdtempSync(path.join(tmpdir(), 'error-doctor-packed-'));
const prefix = path.join(work, 'prefix');
const bin = path.join(prefix, process.platform === 'win32' ? 'error-doctor.cmd' : path.join('bin', 'error-doctor'));
// Only Node's own folder on the PATH (the shebang is `#!/usr/bin/env node`).
const env = { PATH: path.dirname(process.execPath), HOME: work };
let tarball = '';
let files: string[] = [];

function errorDoctor(...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const result = spawnSync(bin, args, { cwd: work, env, encoding: 'utf8', input: '' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

beforeAll(() => {
  const [packed] = JSON.parse(
    execFileSync('npm', ['pack', '--json', '--pack-destination', work, '--loglevel=error'], {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
    }).replace(/^[^[]*/, ''),
  ) as { filename: string; files: { path: string }[] }[];
  if (!packed) throw new Error('npm pack printed no tarball');
  tarball = path.join(work, packed.filename);
  files = packed.files.map((file) => file.path);
  execFileSync(
    'npm',
    ['install', '--global', '--prefix', prefix, '--offline', '--no-audit', '--no-fund', '--loglevel=error', tarball],
    { cwd: work, env: { ...process.env, HOME: work }, stdio: 'ignore' },
  );
}, 180_000);

afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

describe('the packed error-doctor, installed with Node only', () => {
  it('ships the built command and nothing of the sources', () => {
    expect(files).toContain('dist-cli/error-doctor.js');
    expect(files).toContain('package.json');
    expect(
      files.filter((file) => !file.startsWith('dist-cli/') && !/^(package\.json|README\.md|LICENSE)$/.test(file)),
    ).toEqual([]);
    expect(readdirSync(path.join(prefix, 'lib', 'node_modules', 'error-doctor'))).not.toContain('node_modules');
  });

  it('classifies a paste, with the hand-off links', () => {
    const log = path.join(work, 'error.log');
    writeFileSync(
      log,
      'disconnected (1008): unauthorized: gateway token mismatch (set gateway.remote.token to match gateway.auth.token)\n',
    );
    const { code, stdout } = errorDoctor('classify', '--site', 'https://doctor.example', log);
    expect(code).toBe(0);
    expect(stdout).toContain('Diagnosis: Gateway token mismatch');
    expect(stdout).toContain('fix: https://doctor.example/fix/gateway-token-mismatch?client=cli');
    expect(stdout).toMatch(/open: https:\/\/doctor\.example\/#share=1d/);
  });

  it('checks a config', () => {
    const config = path.join(work, 'openclaw.json');
    writeFileSync(config, '{ gateway: { auth: { mode: "token", token: "${OPENCLAW_GATEWAY_TOKEN}" } } }');
    const { code, stdout } = errorDoctor('check-config', '--json', config);
    expect(code === 0 || code === 1).toBe(true);
    expect(JSON.parse(stdout)).toHaveProperty('findings');
  });

  it('explains a detail code', () => {
    const { code, stdout } = errorDoctor('explain', 'AUTH_TOKEN_MISSING');
    expect(code).toBe(0);
    expect(stdout).toContain('Gateway token missing (gateway-token-missing)');
  });

  it('checks a command', () => {
    const { code, stdout } = errorDoctor('check-command', 'openclaw gateway token rotate');
    expect(code).toBe(1);
    expect(stdout).toContain('DOES NOT EXIST');
  });

  it('says "no input" for an empty standard input', () => {
    const { code, stderr } = errorDoctor('classify');
    expect(code).toBe(2);
    expect(stderr).toContain('no input');
  });
});
