/*
 * `npm run lab [-- --release 2026.9.6 …] [--scenario token-mismatch] [--no-record]`
 * `npm run test:lab` (= --newest --no-record --check): the live lab for the newest release.
 *
 * Per release: install it (cache), start one gateway per set-up, run every scenario (the real CLI
 * or the real Control UI), record what the user saw, diagnose it with Error Doctor, follow the fix
 * guide's Linux steps and its verify step. One progress line per scenario and a summary table.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from '@playwright/test';
import { stripAnsi } from './ansi.ts';
import { launchBrowser, openControlUi, pasteSecretAndConnect, readCard } from './control-ui.ts';
import { diagnose } from './diagnose.ts';
import { followCause, linuxCommand, type FixRun } from './fix-steps.ts';
import { makeHome, removeHome, runOpenclaw, startGateway, writeConfig, type Gateway } from './gateway.ts';
import { ensureNode, ensureRelease, newestRelease, type Installed } from './install-release.ts';
import { freePort, stopAll } from './processes.ts';
import { gatewayConfigs, scenarios, type GatewayFacts, type GatewaySetup, type Scenario } from './scenarios.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const locales = ['en-US', 'zh-CN'] as const;

interface Options {
  releases: string[];
  newest: boolean;
  only: string | null;
  record: boolean;
  check: boolean;
  fix: boolean;
}

function parseArgs(argv: string[]): Options {
  const options: Options = { releases: [], newest: false, only: null, record: true, check: false, fix: true };
  for (let index = 0; index < argv.length; index += 1) {
    const arg = argv[index];
    if (arg === '--release') options.releases.push(argv[(index += 1)] ?? '');
    else if (arg === '--newest') options.newest = true;
    else if (arg === '--scenario') options.only = argv[(index += 1)] ?? null;
    else if (arg === '--no-record') options.record = false;
    else if (arg === '--check') options.check = true;
    else if (arg === '--no-fix') options.fix = false;
    else throw new Error(`unknown argument ${arg ?? ''}`);
  }
  return options;
}

interface Transcript {
  /** `cli`, `control-ui-en-US`, `gateway-log`, … */
  kind: string;
  text: string;
}

interface Outcome {
  release: string;
  scenario: Scenario;
  captured: boolean;
  transcripts: { name: string; diagnosedAs: string | null; ok: boolean }[];
  diagnosed: boolean;
  fix: { causeId: string; rank: number; verified: boolean } | null;
  note: string;
}

function facts(port: number): GatewayFacts {
  return { port, url: `ws://127.0.0.1:${port}`, httpUrl: `http://127.0.0.1:${port}` };
}

/** The `[ws]` lines the gateway logged for this scenario's connections (not the request log). */
function wsLines(log: string): string {
  return log
    .split('\n')
    .filter((line) => /\[ws\]/.test(line) && !/⇄ res/.test(line))
    .join('\n');
}

function fileName(release: string, scenario: Scenario, kind: string): string {
  return `lab-${release}-${kind}-${scenario.id}.txt`;
}

function record(outcome: Outcome, scenario: Scenario, release: string, transcript: Transcript, enabled: boolean): void {
  const diagnosis = diagnose(transcript.text);
  const ok = diagnosis.id === scenario.classId;
  const name = fileName(release, scenario, transcript.kind);
  outcome.transcripts.push({ name, diagnosedAs: diagnosis.id, ok });
  if (!enabled) return;
  const dir = ok
    ? path.join(repoRoot, 'samples', scenario.classId)
    : path.join(repoRoot, 'lab', 'unrecognised', scenario.classId);
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, name), transcript.text.endsWith('\n') ? transcript.text : `${transcript.text}\n`);
}

async function captureCli(
  installed: Installed,
  scenario: Scenario,
  gatewayFacts: GatewayFacts,
  clientHome: string,
  gateway: Gateway | null,
): Promise<Transcript[]> {
  writeConfig(clientHome, scenario.clientConfig?.(gatewayFacts) ?? {});
  const args = scenario.args?.(gatewayFacts) ?? ['devices', 'list'];
  const mark = gateway?.mark() ?? 0;
  const result = await runOpenclaw(installed, clientHome, args, scenario.clientEnv?.(gatewayFacts) ?? {});
  const shown = `$ openclaw ${args.join(' ')}\n${result.output}`;
  const transcripts: Transcript[] = [
    { kind: 'cli', text: stripAnsi(shown) },
    { kind: 'cli-ansi', text: shown },
  ];
  if (gateway) {
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    const lines = wsLines(gateway.log(mark));
    if (lines.trim()) {
      transcripts.push(
        { kind: 'cli-gateway-log-ansi', text: lines },
        { kind: 'cli-gateway-log', text: stripAnsi(lines) },
      );
    }
  }
  return transcripts;
}

async function captureUi(
  browser: Browser,
  scenario: Scenario,
  gatewayFacts: GatewayFacts,
  gateway: Gateway,
): Promise<Transcript[]> {
  const transcripts: Transcript[] = [];
  for (const locale of locales) {
    const mark = gateway.mark();
    const ui = await openControlUi(browser, scenario.uiUrl?.(gatewayFacts) ?? gatewayFacts.httpUrl, locale);
    try {
      let reading = await readCard(ui.page, 60_000);
      if (scenario.uiSecret !== undefined) {
        await pasteSecretAndConnect(ui.page, scenario.uiSecret);
        await ui.page.waitForTimeout(1_500);
        reading = await readCard(ui.page, 60_000);
      }
      if (reading.card) {
        const raw = reading.raw ? `\nRaw error: ${reading.raw}` : '';
        transcripts.push({ kind: `control-ui-${locale}`, text: `${reading.card.replace(/\n{2,}/g, '\n')}${raw}` });
      }
    } finally {
      await ui.close();
    }
    if (locale === 'en-US') {
      const lines = wsLines(gateway.log(mark));
      if (lines.trim()) transcripts.push({ kind: 'control-ui-gateway-log', text: stripAnsi(lines) });
    }
  }
  return transcripts;
}

/** Follows the ranked causes (as "Did this fix it? No → next cause" does), the top two. */
async function verifyFix(
  outcome: Outcome,
  scenario: Scenario,
  installed: Installed,
  gatewayFacts: GatewayFacts,
  clientHome: string,
  gatewayHome: string,
  browser: Browser | null,
  transcriptText: string,
  logDir: string,
): Promise<void> {
  const diagnosis = diagnose(transcriptText);
  if (!diagnosis.errorClass) return;
  const errorClass = diagnosis.errorClass;
  for (const [rank, cause] of diagnosis.causes.slice(0, 2).entries()) {
    let run: FixRun;
    try {
      run = await followCause(errorClass, cause, {
        installed,
        clientHome,
        gatewayHome,
        clientEnv: scenario.clientEnv?.(gatewayFacts) ?? {},
        placeholders: scenario.placeholders(gatewayFacts),
      });
    } catch (error) {
      outcome.note += ` fix ${cause.id} crashed: ${String(error)};`;
      continue;
    }
    writeFileSync(
      path.join(logDir, `${scenario.client}-${scenario.id}-fix-${String(rank + 1)}-${cause.id}.log`),
      run.transcript,
    );
    let verified: boolean;
    if (scenario.client === 'control-ui' && browser) {
      verified = await verifyInBrowser(
        browser,
        scenario,
        gatewayFacts,
        run,
        cause.steps.some((step) => !linuxCommand(step.command) && /paste/i.test(`${step.title} ${step.detail ?? ''}`)),
      );
    } else {
      verified =
        run.verifyCode === 0 &&
        !scenario.stillFailing.test(run.verifyOutput.replace(/^\$ .*$/gm, '')) &&
        run.unfilled.length === 0;
    }
    if (verified) {
      outcome.fix = { causeId: cause.id, rank: rank + 1, verified: true };
      return;
    }
    outcome.note += ` cause #${String(rank + 1)} ${cause.id} did not fix it${run.unfilled.length ? ` (unfilled ${run.unfilled.join(' ')})` : ''};`;
  }
  outcome.fix = null;
}

/**
 * The Control UI side of a fix: open a dashboard URL the steps printed, or, for a "paste the token
 * into the Gateway secret field" step, type the scenario's good secret into the card and Connect.
 */
async function verifyInBrowser(
  browser: Browser,
  scenario: Scenario,
  gatewayFacts: GatewayFacts,
  run: FixRun,
  pasteStep: boolean,
): Promise<boolean> {
  const printed = /https?:\/\/127\.0\.0\.1:\d+\/\S*/.exec(run.transcript)?.[0];
  const attempts: { url: string; secret: string | null }[] = [];
  if (printed) attempts.push({ url: printed, secret: null });
  if (pasteStep) {
    const placeholders = scenario.placeholders(gatewayFacts);
    attempts.push({
      url: scenario.uiUrl?.(gatewayFacts) ?? gatewayFacts.httpUrl,
      secret: placeholders.token ?? placeholders.password ?? '',
    });
  }
  for (const attempt of attempts) {
    const ui = await openControlUi(browser, attempt.url, 'en-US');
    try {
      if (attempt.secret !== null) {
        await readCard(ui.page, 60_000);
        await pasteSecretAndConnect(ui.page, attempt.secret);
      }
      const reading = await readCard(ui.page, 60_000);
      if (reading.connected) return true;
    } finally {
      await ui.close();
    }
  }
  return false;
}

async function runRelease(
  release: string,
  options: Options,
  browser: Browser | null,
  outcomes: Outcome[],
): Promise<void> {
  const started = Date.now();
  const nodeBin = await ensureNode();
  const installed = await ensureRelease(release, nodeBin);
  console.log(`[lab] ${release}: installed (${Math.round((Date.now() - started) / 1000)} s)`);
  const chosen = scenarios.filter((scenario) => !options.only || scenario.id === options.only);
  const setups = [
    ...new Set(chosen.map((scenario) => scenario.gateway).filter((setup): setup is GatewaySetup => setup !== null)),
  ];
  const logDir = mkdtempSync(path.join(os.tmpdir(), `openclaw-lab-logs-${release}-`));
  // One gateway at a time (two starting together on a busy 2-core machine lose their startup
  // lease): each set-up's gateway runs its scenarios and stops; then the scenarios with none.
  for (const setup of [...setups, null]) {
    const group = chosen.filter((scenario) => scenario.gateway === setup);
    if (group.length === 0) continue;
    const gateway = setup ? await startGatewayWithRetries(installed, setup) : null;
    try {
      if (gateway && setup) {
        console.log(
          `[lab] ${release}: ${setup} gateway on ${gateway.url} ${gateway.ready ? 'ready' : 'NOT READY'} (${String(Math.round((Date.now() - started) / 1000))} s)`,
        );
        if (!gateway.ready) writeFileSync(path.join(logDir, `gateway-${setup}.log`), stripAnsi(gateway.log()));
      }
      await runScenarios(release, options, browser, outcomes, installed, group, gateway, logDir);
    } finally {
      if (gateway) {
        await gateway.stop();
        removeHome(gateway.home);
      }
    }
  }
  console.log(
    `[lab] ${release}: done in ${String(Math.round((Date.now() - started) / 1000))} s; fix logs in ${logDir}`,
  );
}

/**
 * On a loaded machine 2026.9.6 can fail its own 5 s start-up lease ("state lease heartbeat did not
 * become ready"): a fresh HOME and another try, three in all.
 */
async function startGatewayWithRetries(installed: Installed, setup: GatewaySetup): Promise<Gateway> {
  let gateway = await startGateway(installed, { config: gatewayConfigs[setup] });
  for (let attempt = 2; attempt <= 3 && !gateway.ready; attempt += 1) {
    const reason = /Gateway failed to start: [^\n]*/.exec(stripAnsi(gateway.log()))?.[0] ?? 'no ready line';
    console.log(
      `[lab] ${installed.release}: ${setup} gateway did not start (${reason.slice(0, 160)}); try ${String(attempt)}`,
    );
    await gateway.stop();
    removeHome(gateway.home);
    gateway = await startGateway(installed, { config: gatewayConfigs[setup] });
  }
  return gateway;
}

async function runScenarios(
  release: string,
  options: Options,
  browser: Browser | null,
  outcomes: Outcome[],
  installed: Installed,
  group: readonly Scenario[],
  gateway: Gateway | null,
  logDir: string,
): Promise<void> {
  {
    for (const scenario of group) {
      const outcome: Outcome = {
        release,
        scenario,
        captured: false,
        transcripts: [],
        diagnosed: false,
        fix: null,
        note: '',
      };
      outcomes.push(outcome);
      const scenarioStart = Date.now();
      if (scenario.gateway && !gateway?.ready) {
        outcome.note = 'gateway did not start';
        console.log(`[lab] ${release} ${scenario.client} ${scenario.id}: SKIPPED (gateway not ready)`);
        continue;
      }
      const gatewayFacts = facts(gateway?.port ?? (await freePort()));
      const clientHome = makeHome(installed);
      try {
        let transcripts: Transcript[];
        if (scenario.client === 'cli')
          transcripts = await captureCli(installed, scenario, gatewayFacts, clientHome, gateway);
        else if (browser && gateway) transcripts = await captureUi(browser, scenario, gatewayFacts, gateway);
        else transcripts = [];
        outcome.captured = transcripts.length > 0;
        for (const transcript of transcripts) record(outcome, scenario, release, transcript, options.record);
        const userView = transcripts.find(
          (transcript) => transcript.kind === 'cli' || transcript.kind === 'control-ui-en-US',
        );
        outcome.diagnosed = userView !== undefined && diagnose(userView.text).id === scenario.classId;
        if (userView && outcome.diagnosed && options.fix) {
          await verifyFix(
            outcome,
            scenario,
            installed,
            gatewayFacts,
            clientHome,
            gateway?.home ?? clientHome,
            browser,
            userView.text,
            logDir,
          );
        }
      } catch (error) {
        outcome.note += ` ${String(error)}`;
      } finally {
        removeHome(clientHome);
      }
      const fix = outcome.fix
        ? `fix verified (cause #${String(outcome.fix.rank)} ${outcome.fix.causeId})`
        : 'fix NOT verified';
      const seconds = Math.round((Date.now() - scenarioStart) / 1000);
      console.log(
        `[lab] ${release} ${scenario.client} ${scenario.id}: ${outcome.captured ? 'captured' : 'NOT captured'}, ${outcome.diagnosed ? 'diagnosed' : 'NOT diagnosed'}, ${fix} (${String(seconds)} s)${outcome.note ? ` —${outcome.note}` : ''}`,
      );
    }
  }
}

function summary(outcomes: Outcome[]): string {
  const rows = outcomes.map((outcome) => {
    const transcripts = outcome.transcripts.map(
      (transcript) => `${transcript.name.replace(/^lab-[\d.]+-/, '')}→${transcript.diagnosedAs ?? 'nothing'}`,
    );
    const fix = outcome.fix ? `yes (#${String(outcome.fix.rank)} ${outcome.fix.causeId})` : 'no';
    return `| ${outcome.scenario.client} ${outcome.scenario.id} | ${outcome.release} | ${outcome.captured ? 'yes' : 'no'} | ${outcome.diagnosed ? 'yes' : 'no'} | ${fix} | ${transcripts.filter((text) => !text.includes(`→${outcome.scenario.classId}`)).join(', ') || '—'} |`;
  });
  return [
    '| scenario | release | captured | diagnosed | fix verified | transcripts not diagnosed as the class |',
    '| --- | --- | --- | --- | --- | --- |',
    ...rows,
  ].join('\n');
}

async function registryReachable(): Promise<boolean> {
  try {
    const response = await fetch('https://registry.npmjs.org/openclaw', {
      method: 'HEAD',
      signal: AbortSignal.timeout(15_000),
    });
    return response.ok;
  } catch {
    return false;
  }
}

async function main(): Promise<number> {
  const options = parseArgs(process.argv.slice(2));
  const began = Date.now();
  if (!(await registryReachable())) {
    console.log(
      '[lab] SKIPPED: the npm registry (registry.npmjs.org) is unreachable, so no OpenClaw release can be installed.',
    );
    return 0;
  }
  const releases = options.releases.length > 0 ? options.releases : [await newestRelease()];
  if (options.newest && options.releases.length > 0) releases.unshift(await newestRelease());
  const needsBrowser = scenarios.some(
    (scenario) => scenario.client === 'control-ui' && (!options.only || scenario.id === options.only),
  );
  const browser = needsBrowser ? await launchBrowser() : null;
  const outcomes: Outcome[] = [];
  try {
    for (const release of [...new Set(releases)]) await runRelease(release, options, browser, outcomes);
  } finally {
    await browser?.close();
    await stopAll();
  }
  console.log(`\n${summary(outcomes)}\n`);
  console.log(`[lab] ${String(outcomes.length)} scenario runs in ${Math.round((Date.now() - began) / 1000)} s`);
  if (!options.check) return 0;
  const failed = outcomes.filter(
    (outcome) => !outcome.captured || (!outcome.diagnosed && outcome.scenario.unrecognisedBecause === undefined),
  );
  for (const outcome of failed)
    console.error(
      `[lab] FAIL ${outcome.release} ${outcome.scenario.client} ${outcome.scenario.id}: captured=${String(outcome.captured)} diagnosed=${String(outcome.diagnosed)}`,
    );
  return failed.length > 0 ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  async (error: unknown) => {
    console.error(error);
    await stopAll();
    process.exit(1);
  },
);
