/**
 * `npm run bench -- cli`: the installed command's start-up and the package's size.
 *
 * Builds dist-cli/ and packs the package (`npm pack`), prints the tarball's size, then the median CPU (user + system, from bash's `times`, so the whole process: Node's own
 * start-up, loading the bundle, reading the input, answering) and wall time of runs interleaved
 * with `node -e 0`, and each command's ratio to `node -e 0` from the same run. Budget: a
 * `classify` of a one-line paste within 2× the CPU of `node -e 0`. "before" is the CLI as it was
 * run before it was built: TypeScript compiled by tsx at start-up (`node --import tsx src/cli/bin.ts`).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const oneLine =
  'disconnected (1008): unauthorized: gateway token mismatch (set gateway.remote.token to match gateway.auth.token)\n';
const budget = 2;

function shellQuote(word: string): string {
  return `'${word.replaceAll("'", String.raw`'\''`)}'`;
}

/** CPU (children's user + system, from bash's `times`) and wall time of one run, in ms. */
function measure(command: readonly string[]): { cpu: number; wall: number } {
  const script = `${command.map(shellQuote).join(' ')} >/dev/null 2>&1; times`;
  const started = performance.now();
  const out = execFileSync('bash', ['-c', script], { cwd: root, encoding: 'utf8' });
  const wall = performance.now() - started;
  // `times` prints the shell's own times, then its children's: "0m0.160s 0m0.060s".
  const children = out.trim().split('\n').at(-1) ?? '';
  const seconds = [...children.matchAll(/(\d+)m([\d.]+)s/g)].map(
    ([, minutes = '0', secs = '0']) => Number(minutes) * 60 + Number(secs),
  );
  return { cpu: seconds.reduce((sum, value) => sum + value, 0) * 1000, wall };
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((first, second) => first - second);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

function printTable(header: readonly string[], rows: readonly (readonly string[])[]): void {
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length)),
  );
  const line = (cells: readonly string[]): string =>
    cells
      .map((cell, column) => (column === 0 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0)))
      .join('  ');
  console.log(line(header));
  console.log(widths.map((width) => '-'.repeat(width)).join('  '));
  for (const row of rows) console.log(line(row));
}

export function run(): Promise<void> {
  const work = mkdtempSync(path.join(tmpdir(), 'error-doctor-cli-bench-'));
  try {
    // Build, then pack what was built (prepack would print the build's own lines into the JSON).
    execFileSync('npm', ['run', 'build:cli'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
    const packed = JSON.parse(
      execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', work, '--loglevel=error'], {
        cwd: root,
        encoding: 'utf8',
      }),
    ) as { filename: string; size: number; unpackedSize: number; entryCount: number }[];
    const [tarball] = packed;
    if (!tarball) throw new Error('npm pack printed no tarball');
    console.log(
      `tarball ${tarball.filename}: ${(tarball.size / 1024).toFixed(1)} kB packed, ${(tarball.unpackedSize / 1024).toFixed(1)} kB unpacked, ${tarball.entryCount} files`,
    );

    const input = path.join(work, 'one-line.log');
    writeFileSync(input, oneLine);
    const built = path.join(root, 'dist-cli', 'error-doctor.js');
    const commands: { name: string; command: string[]; runs?: number }[] = [
      { name: 'node -e 0', command: [process.execPath, '-e', '0'] },
      { name: 'classify one line', command: [process.execPath, built, 'classify', input] },
      { name: 'classify one line --json', command: [process.execPath, built, 'classify', '--json', input] },
      {
        name: 'explain gateway-token-mismatch',
        command: [process.execPath, built, 'explain', 'gateway-token-mismatch'],
      },
      {
        name: 'check-command "openclaw devices approve --latest"',
        command: [process.execPath, built, 'check-command', 'openclaw devices approve --latest'],
      },
      { name: '--help', command: [process.execPath, built, '--help'] },
      {
        name: 'before: classify one line through tsx',
        command: [process.execPath, '--import', 'tsx', path.join(root, 'src', 'cli', 'bin.ts'), 'classify', input],
        runs: 3,
      },
    ];
    const runs = 11;
    const samples = new Map(commands.map(({ name }) => [name, { cpu: [] as number[], wall: [] as number[] }]));
    for (let round = 0; round < runs; round += 1) {
      for (const { name, command, runs: limit } of commands) {
        if (limit !== undefined && round >= limit) continue;
        const sample = measure(command);
        samples.get(name)?.cpu.push(sample.cpu);
        samples.get(name)?.wall.push(sample.wall);
      }
    }
    const baseline = median(samples.get('node -e 0')?.cpu ?? []);
    const rows = commands.map(({ name }) => {
      const { cpu = [], wall = [] } = samples.get(name) ?? {};
      const ratio = median(cpu) / baseline;
      const verdict =
        name === 'classify one line' ? (ratio <= budget ? `≤ ${budget}×: met` : `> ${budget}×: NOT met`) : '';
      return [
        name,
        String(cpu.length),
        median(cpu).toFixed(0),
        median(wall).toFixed(0),
        `${ratio.toFixed(2)}×`,
        verdict,
      ];
    });
    printTable(['command (median of runs)', 'runs', 'CPU ms', 'wall ms', 'x node -e 0 CPU', 'budget'], rows);
    const load = loadavg()
      .map((value) => value.toFixed(1))
      .join(' ');
    console.log(`load average while measuring: ${load}`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  return Promise.resolve();
}
