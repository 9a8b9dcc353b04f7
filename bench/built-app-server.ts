import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { budgetReportFile } from '../scripts/page-budgets.ts';

/**
 * The benches that load pages need the production build served the way users get it. Builds
 * once per `npm run bench` with the real build (`npm run build`: the bundle plus every page
 * prerendered to <path>/index.html, 404.html, sitemap; a bare `vite build` has only the doctor's
 * index.html, so every other page would be a 404), serves dist/ with scripts/serve-dist.ts on
 * BENCH_PORT (or E2E_PORT, or 4173), and stops the server when the section is done.
 */
export const rootDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const distDir = path.join(rootDir, 'dist');
const port = Number(process.env.BENCH_PORT ?? process.env.E2E_PORT ?? 4173);
export const baseUrl = `http://127.0.0.1:${port}`;
export const chromiumPath = process.env.CHROME_PATH ?? '/usr/bin/chromium';
export const chromiumFlags = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

let built = false;

function build(): void {
  if (built) return;
  // --site: canonical links and the sitemap name the origin the pages are measured at.
  execFileSync('npx', ['tsx', 'scripts/build-site.ts', '--site', baseUrl], { cwd: rootDir, stdio: 'inherit' });
  built = true;
}

async function waitForServer(): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt += 1) {
    try {
      const response = await fetch(`${baseUrl}/`);
      if (response.ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`the app server did not start on ${baseUrl}`);
}

/** Builds, serves, runs `use`, stops the server. */
export async function withBuiltApp<T>(use: () => Promise<T>): Promise<T> {
  build();
  const busy = await fetch(`${baseUrl}/`).then(
    () => true,
    () => false,
  );
  if (busy) throw new Error(`${baseUrl} is already in use: set BENCH_PORT to a free port`);
  const server: ChildProcess = spawn('npx', ['tsx', 'scripts/serve-dist.ts', '--port', String(port)], {
    cwd: rootDir,
    stdio: 'ignore',
    detached: true,
  });
  try {
    await waitForServer();
    return await use();
  } finally {
    if (server.pid !== undefined) process.kill(-server.pid, 'SIGTERM');
  }
}

/** The build check's figures of the last build (scripts/build-site.ts, scripts/page-budgets.ts). */
export interface BudgetReport {
  readonly pageBudgetKb: number;
  readonly firstDiagnosisBudgetKb: number;
  readonly firstDiagnosisKb: number;
  readonly kinds: readonly { readonly kind: string; readonly pages: number; readonly largestKb: number }[];
  /** Each page's kind and JS gzip on load, by path (`/404.html` for the not-found page). */
  readonly pages: Readonly<Record<string, { readonly kind: string; readonly kb: number }>>;
}

export function budgetReport(): BudgetReport {
  build();
  return JSON.parse(readFileSync(budgetReportFile, 'utf8')) as BudgetReport;
}

export interface BenchRoute {
  /** The page kind (doctor, fix page, guides, guide, not-found). */
  readonly name: string;
  readonly path: string;
  /** How many pages of this kind the build has (every locale's included). */
  readonly pages: number;
  /** The build check's JS on load for this page, in kB gzip. */
  readonly builtKb: number;
}

/**
 * The pages every page-level bench measures: for each page kind, its heaviest page by the build
 * check (so the bench shows each kind's worst case); the not-found page at an unknown address.
 */
export function benchRoutes(): BenchRoute[] {
  const report = budgetReport();
  return report.kinds.map(({ kind, pages }) => {
    const [path, page] = Object.entries(report.pages)
      .filter(([, candidate]) => candidate.kind === kind)
      .sort((a, b) => b[1].kb - a[1].kb)[0] ?? ['/', { kb: 0 }];
    // 404.html answers any unknown address.
    return { name: kind, path: path === '/404.html' ? '/no-such-page' : path, pages, builtKb: page.kb };
  });
}

export function printTable(header: readonly string[], rows: readonly (readonly string[])[]): void {
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
