/*
 * The OpenClaw release reader: `npm run openclaw:releases [-- options]`.
 *
 *   (no option)          read every stable release on the registry (cached), rewrite the data file
 *   --only <v>[,<v>…]    read just these releases (the data file then covers only them: for trials)
 *   --since <version>    after reading, print what changed in the releases newer than <version>
 *   --jobs <n>           releases read in parallel (default: the number of cores)
 *   --offline            use only releases already in the cache (no registry call)
 *
 * Downloads go to the cache (see registry.ts: ~/.cache/error-doctor/openclaw), never into the repo.
 */
import { spawn } from 'node:child_process';
import { closeSync, existsSync, openSync, readdirSync, readFileSync, readSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { printDriftReport } from './drift-report.ts';
import { extractorVersion, releaseFactsSchema, type ReleaseFacts } from './extract-release.ts';
import { clientSignals } from '../../src/content/client-signals.ts';
import { errorClasses } from '../../src/content/error-classes/index.ts';
import { versionWordings } from '../../src/content/version-signals.ts';
import { buildReleaseData, type ReleaseData } from './release-data.ts';
import { compareReleaseVersions, listStableVersions, openclawCacheDir, packTarball } from './registry.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, '../..');
export const releaseDataPath = path.join(repoRoot, 'src/content/openclaw-releases/release-data.json');
const versionSignalReleasesPath = path.join(repoRoot, 'src/content/openclaw-releases/version-signal-releases.json');

const loginCardTextsPath = path.join(repoRoot, 'src/content/openclaw-releases/login-card-texts.json');

/** The titles and summaries of the Control UI login cards, every locale and release: what the matcher needs. */
function loginCardTexts(data: ReleaseData) {
  const cards: Record<string, string[]> = {};
  for (const card of data.cards) {
    if (!/title|summary/i.test(card.key)) continue;
    const texts = (cards[card.key] ??= []);
    if (!texts.includes(card.text)) texts.push(card.text);
  }
  return { generatedBy: data.generatedBy, newest: data.releases.at(-1), cards };
}

/** Every phrase the catalogue relies on: signatures, client signals, version-signal wordings. */
function catalogPhrases(): string[] {
  return [
    ...errorClasses.flatMap((errorClass) => errorClass.signatures.map((signature) => signature.phrase)),
    ...clientSignals.map((signal) => signal.phrase),
    ...versionWordings.map((wording) => wording.phrase),
  ];
}

/**
 * The releases each version-signal wording was printed by, as bounds (`since` its first release,
 * `before` the release after its last): small enough to ship with the matcher.
 */
function versionSignalReleases(data: ReleaseData) {
  const bounds: Record<string, { since: string; last: string; before?: string }> = {};
  for (const { phrase } of versionWordings) {
    const seen = data.phraseSightings[phrase];
    if (!seen) continue;
    const after = data.releases[data.releases.indexOf(seen.last) + 1];
    bounds[phrase] = after
      ? { since: seen.first, last: seen.last, before: after }
      : { since: seen.first, last: seen.last };
  }
  return { generatedBy: data.generatedBy, oldest: data.releases[0], newest: data.releases.at(-1), bounds };
}

const { values } = parseArgs({
  options: {
    only: { type: 'string' },
    since: { type: 'string' },
    jobs: { type: 'string' },
    offline: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
if (values.help) {
  console.log(
    readFileSync(fileURLToPath(import.meta.url), 'utf8')
      .split('*/')[0]
      ?.replace(/^\/\*|^ \* ?/gm, ''),
  );
  process.exit(0);
}

function factsPath(version: string): string {
  return path.join(openclawCacheDir('facts'), `${version}.json`);
}

function cachedFacts(version: string): ReleaseFacts | null {
  const file = factsPath(version);
  if (!existsSync(file)) return null;
  const parsed = releaseFactsSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  return parsed.success && parsed.data.extractorVersion === extractorVersion ? parsed.data : null;
}

function runChild(args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...process.execArgv, ...args], { stdio: ['ignore', 'inherit', 'inherit'] });
    const timer = setTimeout(() => child.kill('SIGKILL'), 20 * 60_000);
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      if (code === 0) resolve();
      else reject(new Error(`${args.join(' ')} failed (${signal ?? `exit ${String(code)}`})`));
    });
  });
}

/** Facts of the current extractor are cached for this release (the version is the file's first field). */
function hasCurrentFacts(version: string): boolean {
  const file = factsPath(version);
  if (!existsSync(file)) return false;
  const handle = openSync(file, 'r');
  try {
    const head = Buffer.alloc(64);
    readSync(handle, head, 0, 64, 0);
    return head.toString('utf8').startsWith(`{"extractorVersion":${extractorVersion},`);
  } finally {
    closeSync(handle);
  }
}

async function readRelease(version: string): Promise<void> {
  if (hasCurrentFacts(version)) return;
  const tarball = await packTarball('openclaw', version);
  const output = path.join(openclawCacheDir('facts'), `${version}.json`);
  await runChild([path.join(here, 'extract-one.ts'), tarball, version, output]);
  if (!existsSync(output)) throw new Error(`reading openclaw@${version} produced no facts (${output})`);
}

async function main(): Promise<void> {
  const started = performance.now();
  let versions: string[];
  if (values.only) versions = values.only.split(',').map((version) => version.trim());
  else if (values.offline) {
    versions = readdirSync(openclawCacheDir('facts'))
      .filter((file) => file.endsWith('.json'))
      .map((file) => file.replace(/\.json$/, ''))
      .filter(hasCurrentFacts);
  } else versions = await listStableVersions('openclaw');
  versions.sort(compareReleaseVersions);
  const jobs = Math.max(1, Number(values.jobs ?? os.availableParallelism()));
  console.log(
    `Reading ${versions.length} OpenClaw releases (${versions[0] ?? '-'} → ${versions.at(-1) ?? '-'}), ${jobs} at a time`,
  );

  // Newest first: the releases users run today are read (and cached) before the old ones.
  const readingOrder = [...versions].reverse();
  let next = 0;
  let done = 0;
  const worker = async () => {
    while (next < readingOrder.length) {
      const version = readingOrder[next++];
      if (!version) break;
      const wasCached = hasCurrentFacts(version);
      const releaseStarted = performance.now();
      await readRelease(version);
      done += 1;
      const seconds = ((performance.now() - releaseStarted) / 1000).toFixed(1);
      console.log(`  [${done}/${versions.length}] ${version} ${wasCached ? 'cached' : `read in ${seconds} s`}`);
    }
  };
  await Promise.all(Array.from({ length: Math.min(jobs, versions.length) }, worker));

  const data = buildReleaseData(
    versions,
    (version) => {
      const facts = cachedFacts(version);
      if (!facts) throw new Error(`openclaw@${version} has no facts in the cache`);
      return facts;
    },
    extractorVersion,
    catalogPhrases(),
  );
  writeFileSync(releaseDataPath, `${JSON.stringify(data, null, 1)}\n`);
  writeFileSync(versionSignalReleasesPath, `${JSON.stringify(versionSignalReleases(data), null, 1)}\n`);
  writeFileSync(loginCardTextsPath, `${JSON.stringify(loginCardTexts(data), null, 1)}\n`);
  const newest = data.releases.at(-1) ?? '';
  console.log(
    `Wrote ${path.relative(repoRoot, releaseDataPath)}: ${data.releases.length} releases, ${data.strings.length} connect/auth strings, ` +
      `${data.cards.length} Control UI card texts, ${Object.keys(data.commands).length} commands, ${Object.keys(data.configKeys).length} gateway.* keys ` +
      `(newest ${newest}) in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
  if (values.since) await printDriftReport(data, values.since);
}

await main();
