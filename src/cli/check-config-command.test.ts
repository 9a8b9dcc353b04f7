import { describe, expect, it } from 'vitest';
import { runCli as run, tempFile } from './cli-test-harness.ts';

const token = 'c0ffeec0ffeec0ffeec0ffeec0ffeec0ffee';
const drifted = `{
  // client machine
  gateway: {
    mode: "local",
    auth: { token: "${token}" },
    remote: { url: "wss://gw.example:18789", token: "${token.replace('c0', 'ff')}" },
  },
}
`;

describe('error-doctor check-config', () => {
  it('--json prints {ok, errors, findings} with id, severity, path and message', async () => {
    const { code, stdout } = await run(['check-config', '--json', tempFile('openclaw.json', drifted)]);
    const result = JSON.parse(stdout) as {
      ok: boolean;
      errors: unknown[];
      findings: { id: string; severity: string; path: string; message: string; line: number }[];
    };
    expect(code).toBe(0);
    expect(result.ok).toBe(true);
    expect(result.errors).toEqual([]);
    expect(result.findings.map(({ id, severity, path, line }) => ({ id, severity, path, line }))).toEqual([
      { id: 'remote-token-differs', severity: 'warning', path: 'gateway.remote.token', line: 6 },
      { id: 'remote-set-while-local', severity: 'warning', path: 'gateway.remote', line: 6 },
    ]);
    expect(stdout).not.toContain(token.slice(4, 16));
  });

  it('reports a syntax error with line, column and message, and is not ok', async () => {
    const { code, stdout } = await run([
      'check-config',
      '--json',
      tempFile('bad.json', '{\n  gateway: { mode: “local” }\n}'),
    ]);
    expect(code).toBe(1);
    expect(JSON.parse(stdout)).toEqual({
      ok: false,
      errors: [{ line: 2, column: 20, message: expect.stringContaining('Line 2 has curly quotes') as unknown }],
      findings: [],
      pastedError: null,
      causes: [],
    });
  });

  it('refuses a config nested 100 000 deep, or of 20 MB, with where and what to do', async () => {
    const deep = tempFile('deep.json', `// mine\n{\n  gateway: ${'{ a: ['.repeat(50_000)}1${']}'.repeat(50_000)}\n}\n`);
    const json = await run(['check-config', '--json', deep]);
    expect(json.code).toBe(1);
    expect(JSON.parse(json.stdout)).toEqual({
      ok: false,
      errors: [
        {
          line: 3,
          column: 17 + 6 * 31,
          message: expect.stringMatching(
            /^The config is nested more than 64 levels deep: the \[ at line 3, column 203 opens level 65\./,
          ) as unknown,
        },
      ],
      findings: [],
      pastedError: null,
      causes: [],
    });
    const human = await run(['check-config', deep]);
    expect(human.stdout).toContain(
      '  cannot be read: line 3, column 203\n  The config is nested more than 64 levels deep',
    );
    const big = await run(['check-config', tempFile('big.json', `${'// padding\n'.repeat(2_000_000)}{ gateway: {} }`)]);
    expect(big.code).toBe(1);
    expect(big.stdout.split('\n').slice(1)).toEqual([
      '  cannot be read: line 1, column 1',
      '  This is 22.0 million characters; an openclaw.json is a few thousand. Paste only the config file (~/.openclaw/openclaw.json).',
      '',
    ]);
  });

  it('prints findings for people, with the fix commands, and checks against the pasted error', async () => {
    const config = tempFile('openclaw.json', '{ gateway: { auth: { mode: "password", password: "pw" } } }');
    const error = tempFile('error.log', 'unauthorized: gateway token mismatch (provide gateway auth token)');
    const { code, stdout } = await run(['check-config', '--error', error, config]);
    expect(code).toBe(1);
    expect(stdout).toContain('error   gateway.auth.mode (line 1)');
    expect(stdout).toContain('The error is about a token, but gateway.auth.mode is "password".');
    expect(stdout).toContain('$ openclaw gateway status');
  });

  it('says so when there is nothing wrong, and fails on a usage error or a missing file', async () => {
    const clean = tempFile(
      'openclaw.json',
      `{ gateway: { mode: "local", auth: { mode: "token", token: "${token}" } } }`,
    );
    expect((await run(['check-config', clean])).stdout).toContain('No problems found');
    expect((await run(['check-config'])).code).toBe(2);
    const missing = await run(['check-config', '/nonexistent/openclaw.json']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('no such file');
  });
});

describe('error-doctor classify --config', () => {
  it('re-ranks the causes with the config findings', async () => {
    const error =
      'gateway connect failed: Error: unauthorized: gateway token missing (set gateway.remote.token to match gateway.auth.token)';
    const before = await run(['classify', tempFile('error.log', error)]);
    expect(before.stdout).toContain('most likely cause: The CLI has no token for a remote gateway');
    const config = tempFile('openclaw.json', `{ gateway: { token: "${token}" } }`);
    const after = await run(['classify', '--config', config, tempFile('error.log', error)]);
    expect(after.stdout).toContain('most likely cause: The token sits under the wrong key in openclaw.json');
  });
});
