import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import {
  baseUrl,
  benchRoutes,
  chromiumFlags,
  chromiumPath,
  distDir,
  printTable,
  withBuiltApp,
} from './built-app-server.ts';

/**
 * What each route makes a first-time visitor download: the gzip size of the JS and CSS the page
 * requests until it is idle (lazy chunks included, the service worker's background precache not),
 * and whether the page can be read with JavaScript off. Budget: doctor ≤ 100 kB of JS.
 */
const budgetKb = 100;

function gzipKb(urlPath: string): number {
  const file = path.join(distDir, decodeURIComponent(urlPath));
  return gzipSync(readFileSync(file), { level: 9 }).length / 1024;
}

export async function run(): Promise<void> {
  const routes = await benchRoutes();
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
        let js = 0;
        let css = 0;
        for (const [file, kind] of files) {
          if (kind === 'js') js += gzipKb(file);
          else css += gzipKb(file);
        }
        await context.close();

        const noScript = await browser.newContext({ javaScriptEnabled: false, serviceWorkers: 'block' });
        const staticPage = await noScript.newPage();
        await staticPage.goto(`${baseUrl}${route.path}`);
        const readable = (await staticPage.locator('h1').count()) > 0;
        await noScript.close();

        rows.push([
          `${route.name} (${route.path})`,
          `${js.toFixed(1)} kB`,
          `${css.toFixed(1)} kB`,
          String([...files.values()].filter((kind) => kind === 'js').length),
          readable ? 'yes' : 'no',
          route.name === 'doctor' ? (js <= budgetKb ? `≤ ${budgetKb} kB: met` : `≤ ${budgetKb} kB: OVER`) : '',
        ]);
      }
      printTable(['route', 'JS gzip', 'CSS gzip', 'JS files', 'readable without JS', 'budget'], rows);
    } finally {
      await browser.close();
    }
  });
}
