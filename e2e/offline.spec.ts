import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { errorClasses } from '../src/content/error-classes/index.ts';
import { pasteText } from './paste-text.ts';

/*
 * After the first visit the service worker holds the whole build: with the network gone, the
 * doctor (including the large-paste worker) and every guide still open and work.
 */
test('after one visit, the doctor and every guide work offline', async ({ page, context }) => {
  // Sixty pages and a 100,000-line paste: more than the default 30 s on a busy machine.
  test.setTimeout(120_000);
  await page.goto('/');
  // The page says so once the build is cached.
  await expect(page.getByTestId('offline-ready')).toHaveCount(1, { timeout: 15_000 });
  await page.waitForFunction(async () => (await navigator.serviceWorker.ready).active?.state === 'activated');

  await context.setOffline(true);
  await page.reload();
  await pasteText(page, 'Your error or log', 'disconnected (1008): unauthorized: gateway token mismatch');
  await expect(page.getByTestId('diagnosis-title')).toHaveText('Gateway token mismatch');
  // A large paste needs the worker script and the config parser chunk: both come from the cache.
  await page.getByLabel('Your error or log').fill('');
  await pasteText(page, 'Your error or log', {
    repeat: 'noise line\n',
    times: 100_000,
    middle: 'unauthorized: gateway token missing\n',
  });
  await expect(page.getByTestId('diagnosis-title')).toHaveText('Gateway token missing');
  await page.getByLabel(/Your openclaw.json/).fill('{ gateway: { auth: { token: "abc" } } }');
  await expect(page.getByTestId('config-summary')).toBeVisible();

  await page.goto('/guides');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/guides/i);
  const guideLinks = await page
    .locator('#main a[href^="/guides/"]')
    .evaluateAll((links) => [...new Set(links.map((link) => link.getAttribute('href') ?? ''))]);
  for (const href of guideLinks) {
    await page.goto(href);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  }
  for (const errorClass of errorClasses) {
    await page.goto(`/fix/${errorClass.id}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(errorClass.title);
  }
  await context.setOffline(false);
});

test('when a new version is deployed, the page offers to reload into it', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByTestId('offline-ready')).toHaveCount(1, { timeout: 15_000 });
  await page.reload();
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  // "Deploy" a new version: the served service worker script changes (the browser fetches it
  // itself, outside Playwright's routing), then the page checks for updates.
  const serviceWorkerFile = path.resolve(import.meta.dirname, '../dist/sw.js');
  const original = readFileSync(serviceWorkerFile, 'utf8');
  try {
    writeFileSync(serviceWorkerFile, `${original}\n// next version\n`);
    await page.evaluate(async () => {
      await (await navigator.serviceWorker.ready).update();
    });
    const prompt = page.getByRole('status').filter({ hasText: 'A new version of Error Doctor is available.' });
    await expect(prompt).toBeVisible({ timeout: 15_000 });
    await prompt.getByRole('button', { name: 'Reload' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(prompt).toHaveCount(0);
  } finally {
    writeFileSync(serviceWorkerFile, original);
  }
});
