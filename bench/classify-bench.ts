/**
 * `npm run bench -- classify`: how fast the matcher reads big and hostile pastes, against grep.
 *
 * For each input (generated here, deterministic) it prints the median of several runs of
 * `classifyError` (the v1 matcher) and of `readPaste` (the whole expert reading: findings,
 * client, version, sequences) on the in-memory string, MB/s, and the same-run median of
 *   LC_ALL=C grep -E -c -i -f <phrases> <file>
 * where <phrases> holds every signature phrase of the catalogue, one per line, ERE-escaped, with
 * each run of whitespace as a single space (grep cannot span lines; ours also matches across
 * line breaks and JSON "\n" escapes). The grep time includes starting the process and reading the
 * file from the page cache; ours starts from the string. "x grep" = our median / grep's median.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { classifyError } from '../src/core/classify/classify-error.ts';
import { readPaste } from '../src/core/classify/read-paste.ts';
import { catalogue } from '../src/content/error-classes/index.ts';
import { expertKnowledge } from '../src/content/expert-knowledge.ts';

const MB = 1024 * 1024;

let seed = 11;
function random(): number {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed / 2147483648;
}

const noise: ((index: number) => string)[] = [
  (index) => `2026-03-14T08:${pad(index % 60)}:11.955Z [gateway/heartbeat] tick ok (uptime ${index}s)`,
  (index) =>
    `2026-03-14T08:${pad(index % 60)}:12.004Z [ws] connected conn=${hex(index)} peer=127.0.0.1:4${pad(index % 100)}12 client=cli cli`,
  (index) => `2026-03-14T08:${pad(index % 60)}:12.310Z [ws] closed conn=${hex(index)} code=1000 reason=`,
  (index) =>
    `{"time":"2026-03-14T08:${pad(index % 60)}:13.100Z","level":"info","subsystem":"agent","msg":"model call ok","model":"anthropic/claude-sonnet-4","ms":${index % 4000}}`,
  () => `    at GatewayClient.handleMessage (/usr/lib/node_modules/openclaw/dist/gateway/client.js:201:14)`,
  (index) =>
    `\x1b[90m08:${pad(index % 60)}:14\x1b[39m \x1b[36mINFO\x1b[39m telegram: message delivered to chat ${index}`,
];

function pad(value: number): string {
  return String(value).padStart(2, '0');
}
function hex(value: number): string {
  return (value * 2654435761).toString(16).slice(-4);
}

const buried = [
  'gateway connect failed: GatewayClientRequestError: unauthorized: device token mismatch (rotate/reissue device token)',
  'disconnected (1008): unauthorized: gateway token mismatch (open the dashboard URL and paste the token in Control UI settings)',
  '2026-03-14T08:21:09.310Z [ws] unauthorized conn=e120 remote=192.168.1.40 client=openclaw-control-ui webchat v2026.3.2 auth=token reason=rate_limited',
  'disconnected (4008): connect failed',
];

/** A realistic log of about `megabytes`, with the few errors above buried at fixed fractions. */
function generateLog(megabytes: number): string {
  const target = megabytes * MB;
  const lines: string[] = [];
  let length = 0;
  let index = 0;
  const buryAt = buried.map((_, position) => Math.floor((target * (position + 1)) / (buried.length + 1)));
  let next = 0;
  while (length < target) {
    const line = (noise[Math.floor(random() * noise.length)] ?? noise[0])?.(index) ?? '';
    lines.push(line);
    length += line.length + 1;
    index += 1;
    const at = buryAt[next];
    if (at !== undefined && length >= at) {
      lines.push(buried[next] ?? '');
      next += 1;
    }
  }
  return `${lines.join('\n')}\n`;
}

function repeatTo(unit: string, megabytes: number): string {
  return unit.repeat(Math.ceil((megabytes * MB) / unit.length));
}

const adversarial: { name: string; text: () => string }[] = [
  { name: 'near-miss "gateway token mismatc " x 10 MB', text: () => repeatTo('gateway token mismatc ', 10) },
  { name: '"unauthorized: " x 10 MB', text: () => repeatTo('unauthorized: ', 10) },
  {
    name: '"disconnected (1008): unauthorized: " x 10 MB',
    text: () => repeatTo('disconnected (1008): unauthorized: ', 10),
  },
  {
    name: 'whitespace runs between words x 10 MB',
    text: () => repeatTo('unauthorized:\n\n\n   \t\t  \\n\\n gateway    \n', 10),
  },
  {
    name: '1 MB single line, error at the end',
    text: () =>
      `${repeatTo('x=1 client=cli cli peer=127.0.0.1 ', 1)}unauthorized: gateway token missing (provide gateway auth token)`,
  },
  {
    name: 'ANSI codes around every word x 10 MB',
    text: () => repeatTo('\x1b[31mgateway\x1b[0m \x1b[1mtoken\x1b[22m ', 10),
  },
  { name: '"[31m" without ESC x 10 MB', text: () => repeatTo('[31mtoken[0m ', 10) },
];

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

function timeIt(run: () => void, runs: number): number {
  const times: number[] = [];
  for (let index = 0; index < runs; index += 1) {
    const started = performance.now();
    run();
    times.push(performance.now() - started);
  }
  return median(times);
}

function escapeEre(phrase: string): string {
  return phrase
    .trim()
    .replace(/[.[\]()*+?{}|^$\\]/g, '\\$&')
    .replace(/\s+/g, ' ');
}

interface Row {
  name: string;
  megabytes: number;
  classifyMs: number;
  readMs: number;
  grepMs: number;
  findings: string;
}

function measure(name: string, text: string, phrasesFile: string, dir: string, runs: number): Row {
  const file = path.join(dir, 'input.log');
  writeFileSync(file, text);
  let findings = '';
  const classifyMs = timeIt(() => {
    findings = classifyError(text, catalogue)
      .findings.map((finding) => `${finding.id}×${finding.occurrences}`)
      .join(' ');
  }, runs);
  const readMs = timeIt(() => readPaste(text, expertKnowledge), runs);
  const grepMs = timeIt(() => {
    const result = spawnSync('grep', ['-E', '-c', '-i', '-f', phrasesFile, file], {
      env: { ...process.env, LC_ALL: 'C' },
      encoding: 'utf8',
    });
    if (result.error) throw result.error;
  }, runs);
  return { name, megabytes: Buffer.byteLength(text) / MB, classifyMs, readMs, grepMs, findings: findings || '(none)' };
}

function printRows(rows: Row[]): void {
  console.log(
    `${'input'.padEnd(48)} ${'MB'.padStart(6)} ${'classify ms'.padStart(11)} ${'MB/s'.padStart(7)} ${'ms/MB'.padStart(6)} ${'grep ms'.padStart(8)} ${'x grep'.padStart(6)} ${'readPaste ms'.padStart(12)}  findings`,
  );
  for (const row of rows) {
    console.log(
      `${row.name.padEnd(48)} ${row.megabytes.toFixed(1).padStart(6)} ${row.classifyMs.toFixed(1).padStart(11)} ${(row.megabytes / (row.classifyMs / 1000)).toFixed(0).padStart(7)} ${(row.classifyMs / row.megabytes).toFixed(2).padStart(6)} ${row.grepMs.toFixed(1).padStart(8)} ${(row.classifyMs / row.grepMs).toFixed(2).padStart(6)} ${row.readMs.toFixed(1).padStart(12)}  ${row.findings}`,
    );
  }
}

export function run(): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), 'error-doctor-bench-'));
  try {
    const phrasesFile = path.join(dir, 'phrases.txt');
    const phrases = new Set(
      catalogue.errorClasses.flatMap((errorClass) =>
        errorClass.signatures.map((signature) => escapeEre(signature.phrase)),
      ),
    );
    writeFileSync(phrasesFile, `${[...phrases].join('\n')}\n`);
    console.log(
      `${phrases.size} phrases from ${catalogue.errorClasses.length} classes; grep: LC_ALL=C grep -E -c -i -f phrases.txt input.log`,
    );

    console.log('\nLogs with a few errors buried (linear growth: ms/MB should stay flat)');
    const logRows = [1, 10, 50].map((megabytes) =>
      measure(
        `generated log, ${buried.length} errors buried`,
        generateLog(megabytes),
        phrasesFile,
        dir,
        megabytes >= 50 ? 3 : 7,
      ),
    );
    printRows(logRows);

    console.log('\nAdversarial inputs');
    printRows(adversarial.map((input) => measure(input.name, input.text(), phrasesFile, dir, 5)));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return Promise.resolve();
}
