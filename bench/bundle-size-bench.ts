import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import {
  baseUrl,
  benchRoutes,
  budgetReport,
  chromiumFlags,
  chromiumPath,
  distDir,
  printTable,
  withBuiltApp,
} from './built-app-server.ts';

/**
 * What each kind of page makes a first-time visitor download: the gzip size of the JS and CSS the
 * page requests until it is idle (lazy chunks included, the service worker's background precache
 * not), and whether the page can be read with JavaScript off. Each kind is measured on its heaviest
 * page by the build check, whose own figure is printed beside it ("build check": the same budget,
 * computed from the chunk graph by scripts/page-budgets.ts, which fails `npm run build`).
 * Budgets: every page ≤ 100 kB of JS on load; the doctor's first diagnosis (the catalogue and the
 * result panels, loaded on the first focus or paste) adds ≤ 100 kB.
 */
const sampleError =
  'disconnected (1008): unauthorized: gateway token mismatch (set gateway.remote.token to match gateway.auth.token)';

function gzipKb(urlPath: string): number {
  const file = path.join(distDir, decodeURIComponent(urlPath));
  return gzipSync(readFileSync(file), { level: 9 }).length / 1024;
}

export async function run(): Promise<void> {
  const routes = benchRoutes();
  const report = budgetReport();
  await withBuiltApp(async () => {
    const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumFlags.slice(1) });
    try {
      const rows: string[][] = [];
      for (const route of routes) {
        const context = await browser.newContext({ serviceWorkers: 'block' });
        const page = await context.newPage();
        const files = new Map<string, 'js' | 'css'>();
        page.on('request', (request) => {
          const url = new URL(request.url());
          if (url.pathname.endsWith('.js')) files.set(url.pathname, 'js');
          if (url.pathname.endsWith('.css')) files.set(url.pathname, 'css');
        });
        await page.goto(`${baseUrl}${route.path}`, { waitUntil: 'networkidle' });
        const sum = (kind: 'js' | 'css'): number =>
          [...files].reduce((total, [file, fileKind]) => (fileKind === kind ? total + gzipKb(file) : total), 0);
        const js = sum('js');
        const css = sum('css');
        const jsFiles = [...files.values()].filter((kind) => kind === 'js').length;
        let afterDiagnosis = '';
        if (route.name === 'doctor') {
          await page.getByLabel('Your error or log').fill(sampleError);
          await page.getByTestId('diagnosis').first().waitFor();
          await page.waitForLoadState('networkidle');
          const added = sum('js') - js;
          afterDiagnosis = `+${added.toFixed(1)} kB (build check +${report.firstDiagnosisKb.toFixed(1)}) ${
            Math.max(added, report.firstDiagnosisKb) <= report.firstDiagnosisBudgetKb ? 'met' : 'OVER'
          }`;
        }
        await context.close();

        const noScript = await browser.newContext({ javaScriptEnabled: false, serviceWorkers: 'block' });
        const staticPage = await noScript.newPage();
        await staticPage.goto(`${baseUrl}${route.path}`);
        const readable = (await staticPage.locator('h1').count()) > 0;
        await noScript.close();

        const budget = report.pageBudgetKb;
        rows.push([
          route.name,
          route.path,
          String(route.pages),
          `${js.toFixed(1)} kB`,
          `${route.builtKb.toFixed(1)} kB`,
          `${css.toFixed(1)} kB`,
          String(jsFiles),
          afterDiagnosis,
          readable ? 'yes' : 'no',
          Math.max(js, route.builtKb) <= budget ? `≤ ${budget} kB: met` : `≤ ${budget} kB: OVER`,
        ]);
      }
      printTable(
        [
          'page kind',
          'heaviest page',
          'pages',
          'JS gzip on load',
          'build check',
          'CSS gzip',
          'JS files',
          'first diagnosis adds',
          'readable without JS',
          'budget',
        ],
        rows,
      );
    } finally {
      await browser.close();
    }
  });
}
