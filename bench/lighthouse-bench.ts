import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { baseUrl, benchRoutes, chromiumFlags, chromiumPath, printTable, withBuiltApp } from './built-app-server.ts';

/**
 * Lighthouse 12 through its Node API against the production build served locally, with Debian's
 * Chromium, mobile (the default: emulated phone, throttled) and desktop. Target: 100 in all four
 * categories. Figures vary a little from run to run on a shared machine (performance most).
 */
const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

export async function run(): Promise<void> {
  const routes = await benchRoutes();
  await withBuiltApp(async () => {
    const chrome = await chromeLauncher.launch({ chromePath: chromiumPath, chromeFlags: chromiumFlags });
    try {
      const rows: string[][] = [];
      for (const route of routes) {
        for (const [formFactor, config] of [
          ['mobile', undefined],
          ['desktop', desktopConfig],
        ] as const) {
          const result = await lighthouse(
            `${baseUrl}${route.path}`,
            { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...categories] },
            config,
          );
          const lhr = result?.lhr;
          const scores = categories.map((category) => {
            const score = lhr?.categories[category]?.score;
            return score === null || score === undefined ? '–' : String(Math.round(score * 100));
          });
          const failing = lhr?.runtimeError
            ? `${lhr.runtimeError.code}: ${lhr.runtimeError.message}`
            : lhr
              ? Object.values(lhr.audits)
                  .filter(
                    (audit) => audit.score !== null && audit.score < 0.9 && audit.scoreDisplayMode !== 'informative',
                  )
                  .map((audit) => audit.id)
                  .slice(0, 4)
                  .join(', ')
              : 'no result';
          rows.push([`${route.name} ${formFactor}`, ...scores, failing]);
        }
      }
      printTable(['page', 'perf', 'a11y', 'best practices', 'SEO', 'weakest audits (score < 90)'], rows);
    } finally {
      chrome.kill();
    }
  });
}
