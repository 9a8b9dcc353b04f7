import { describe, expect, it } from 'vitest';
import { rankCauses } from '../core/causes/rank-causes.ts';
import { readPaste } from '../core/classify/read-paste.ts';
import { analyzeConfigText, withErrorClass } from '../core/config/analyze-config-text.ts';
import { clientFacts } from '../core/diagnosis-facts.ts';
import { errorClassById } from '../content/error-classes/index.ts';
import { expertKnowledge } from '../content/expert-knowledge.ts';
import { runCli as run, tempFile } from './cli-test-harness.ts';

interface CauseJson {
  id: string;
  title: string;
  score: number;
  reasons: string[];
}
interface ConfigFindingJson {
  id: string;
  severity: string;
  path: string;
  line: number | null;
}

// A gateway in password mode cannot report a *token* mismatch: the config contradicts the error.
const passwordConfig = '{\n  gateway: {\n    auth: { mode: "password", password: "hunter2-not-a-token" },\n  },\n}\n';
const tokenMismatch =
  '\x1b[31mgateway connect failed: Error: unauthorized: gateway token mismatch (set gateway.remote.token to match gateway.auth.token)\x1b[0m\n';
const passwordMismatch =
  'gateway connect failed: Error: unauthorized: gateway password mismatch (set gateway.remote.password to match gateway.auth.password)\n';
const contradictionReason =
  'The auth mode in your config cannot produce this error, so the gateway takes its credential from somewhere else.';

describe('classify --config reasons about the config against the error, as the page does', () => {
  it('shows the contradiction finding and re-ranks the causes with it (human output)', async () => {
    const config = tempFile('openclaw.json', passwordConfig);
    const { code, stdout } = await run(['classify', '--config', config, tempFile('error.log', tokenMismatch)]);
    expect(code).toBe(0);
    expect(stdout).toContain(`Config ${config}: 1 finding:`);
    expect(stdout).toContain('error   gateway.auth.mode (line 3)');
    expect(stdout).toContain('The error is about a token, but gateway.auth.mode is "password".');
    expect(stdout).toContain('$ openclaw config get gateway.auth.mode');
    // Read alone, this config (no gateway.auth.token) put "the gateway generated a new token" first;
    // the contradiction says the credential comes from elsewhere, which lifts the stale environment token.
    expect(stdout).toContain('most likely cause: A stale OPENCLAW_GATEWAY_TOKEN overrides your config');
    expect(stdout).toContain(`because: ${contradictionReason}`);
    expect(stdout).not.toContain('hunter2');
  });

  it('gives the same findings and ranked causes as check-config --error and as the page', async () => {
    const config = tempFile('openclaw.json', passwordConfig);
    const error = tempFile('error.log', tokenMismatch);
    const classified = JSON.parse((await run(['classify', '--json', '--config', config, error])).stdout) as {
      findings: { id: string }[];
      causes: CauseJson[];
      config: { file: string; findings: ConfigFindingJson[] };
    };
    const checked = await run(['check-config', '--json', '--error', error, config]);
    const checkedJson = JSON.parse(checked.stdout) as {
      ok: boolean;
      findings: ConfigFindingJson[];
      pastedError: { file: string; id: string | null; title: string | null };
      causes: CauseJson[];
    };

    expect(classified.config.file).toBe(config);
    expect(classified.config.findings.map(({ id, severity, path, line }) => ({ id, severity, path, line }))).toEqual([
      { id: 'auth-mode-contradicts-error', severity: 'error', path: 'gateway.auth.mode', line: 3 },
    ]);
    expect(classified.config.findings).toEqual(checkedJson.findings);
    expect(classified.causes).toEqual(checkedJson.causes);
    expect(checked.code).toBe(1);
    expect(checkedJson.pastedError).toEqual({
      file: error,
      id: 'gateway-token-mismatch',
      title: 'Gateway token mismatch',
    });
    expect(classified.causes[0]).toMatchObject({ id: 'stale-token-in-environment' });
    expect(classified.causes[0]?.reasons).toContain(contradictionReason);

    // The page: ConfigInput re-checks the config with the top class, DoctorRoute adds the client's
    // facts, FixGuide ranks the top class's causes.
    const reading = readPaste(tokenMismatch, expertKnowledge);
    const top = reading.diagnosis.findings[0];
    const errorClass = top && errorClassById.get(top.id);
    const analysis = withErrorClass(await analyzeConfigText(passwordConfig), top?.id ?? null);
    if (!top || !errorClass || !analysis.ok) throw new Error('the sample must classify and the config must read');
    const facts = new Set([...clientFacts(reading.client?.client ?? top.client), ...analysis.facts]);
    const onThePage = rankCauses(errorClass, facts).map(({ cause, score, reasons }) => ({
      id: cause.id,
      title: cause.title,
      score,
      reasons,
    }));
    expect(classified.causes).toEqual(onThePage);
    expect(classified.config.findings.map((finding) => finding.id)).toEqual(
      analysis.findings.map((finding) => finding.id),
    );
  });

  it('re-checks the config against each input: no contradiction for an error about a password', async () => {
    const config = tempFile('openclaw.json', passwordConfig);
    const { stdout } = await run([
      'classify',
      '--json',
      '--config',
      config,
      tempFile('token.log', tokenMismatch),
      tempFile('password.log', passwordMismatch),
    ]);
    const [token, password] = stdout
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line) as { findings: { id: string }[]; config: { findings: { id: string }[] } });
    expect(token?.config.findings.map((finding) => finding.id)).toContain('auth-mode-contradicts-error');
    expect(password?.findings[0]?.id).toBe('gateway-password-mismatch');
    expect(password?.config.findings.map((finding) => finding.id)).not.toContain('auth-mode-contradicts-error');
  });

  it('without --config, classify --json ranks the causes for the client alone and has config: null', async () => {
    const { stdout } = await run(['classify', '--json', tempFile('error.log', tokenMismatch)]);
    const result = JSON.parse(stdout) as { causes: CauseJson[]; config: unknown };
    expect(result.config).toBeNull();
    expect(result.causes.map((cause) => cause.id)).toContain('stale-token-in-environment');
    expect(result.causes.flatMap((cause) => cause.reasons)).not.toContain(contradictionReason);
  });

  it('check-config --error names the error and its most likely cause for this config', async () => {
    const error = tempFile('error.log', tokenMismatch);
    const { stdout } = await run(['check-config', '--error', error, tempFile('openclaw.json', passwordConfig)]);
    expect(stdout).toContain(`The error in ${error}: Gateway token mismatch`);
    expect(stdout).toContain('most likely cause: A stale OPENCLAW_GATEWAY_TOKEN overrides your config');
  });
});
