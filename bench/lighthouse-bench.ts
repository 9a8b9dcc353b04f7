import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import type { Config, Result } from 'lighthouse';
import { baseUrl, benchRoutes, chromiumFlags, chromiumPath, printTable, withBuiltApp } from './built-app-server.ts';

/**
 * Lighthouse 12 through its Node API against the production build served locally, with Debian's
 * Chromium, mobile (the default: emulated phone, simulated slow 4G and 4x CPU) and desktop.
 * Target: 100 in all four categories. Figures vary a little from run to run on a shared machine
 * (performance most). Each run gets its own Chrome (a fresh temporary profile), so no run sees
 * another's cache or the service worker the doctor page registers.
 */
const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const formFactors: readonly (readonly [string, Config | undefined])[] = [
  ['mobile', undefined],
  ['desktop', desktopConfig],
];

async function audit(url: string, config: Config | undefined): Promise<Result | undefined> {
  const chrome = await chromeLauncher.launch({ chromePath: chromiumPath, chromeFlags: chromiumFlags });
  try {
    const result = await lighthouse(
      url,
      { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...categories] },
      config,
    );
    return result?.lhr;
  } finally {
    chrome.kill();
  }
}

/** The audits that cost the page points: weighted in a category and not passed, with what they measured. */
function lostPoints(lhr: Result): string[] {
  const lost: string[] = [];
  for (const category of categories) {
    for (const ref of lhr.categories[category]?.auditRefs ?? []) {
      const result = lhr.audits[ref.id];
      if (ref.weight === 0 || !result || result.score === null || result.score >= 1) continue;
      const shown = result.displayValue ? ` ${result.displayValue}` : '';
      lost.push(`${category}: ${ref.id} (score ${Math.round(result.score * 100)}${shown})`);
    }
  }
  return lost;
}

export async function run(): Promise<void> {
  // Every kind but not-found: Lighthouse does not audit a page served with status 404.
  const routes = benchRoutes().filter((route) => route.name !== 'not-found');
  await withBuiltApp(async () => {
    // A page the server does not have would only show up as Lighthouse's ERRORED_DOCUMENT_REQUEST.
    for (const route of routes) {
      const response = await fetch(`${baseUrl}${route.path}`);
      if (!response.ok) throw new Error(`${route.path} answers ${response.status}: is it prerendered into dist/?`);
    }
    const rows: string[][] = [];
    const notes: string[] = [];
    for (const route of routes) {
      for (const [formFactor, config] of formFactors) {
        const label = `${route.name} ${formFactor}`;
        const lhr = await audit(`${baseUrl}${route.path}`, config);
        const scores = categories.map((category) => {
          const score = lhr?.categories[category]?.score;
          return score === null || score === undefined ? '–' : String(Math.round(score * 100));
        });
        rows.push([label, route.path, ...scores]);
        if (!lhr) notes.push(`${label}: no result`);
        else if (lhr.runtimeError) notes.push(`${label}: ${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
        else for (const lost of lostPoints(lhr)) notes.push(`${label}: ${lost}`);
      }
    }
    printTable(['page', 'path', 'perf', 'a11y', 'best practices', 'SEO'], rows);
    console.log(notes.length === 0 ? '\nEvery audit that counts passed.' : `\nWhere points were lost:`);
    for (const note of notes) console.log(`  ${note}`);
  });
}
