import { expect, test } from '@playwright/test';

/*
 * Every prerendered page is hydrated, not thrown away and drawn again: the text a reader already
 * sees stays put (no flash, no layout shift) and nothing is reported as a mismatch.
 */
const pages = ['/', '/fix/gateway-token-mismatch', '/guides', '/guides/gateway-auth'];

for (const path of pages) {
  test(`${path} keeps its prerendered markup and hydrates without an error`, async ({ page }) => {
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(message.text());
    });
    // Remember the server's <h1> element before any script of the page runs.
    await page.addInitScript(() => {
      document.addEventListener('readystatechange', () => {
        if (document.readyState === 'interactive') {
          (window as unknown as { serverHeading: Element | null }).serverHeading = document.querySelector('h1');
        }
      });
    });
    await page.goto(path, { waitUntil: 'networkidle' });
    const sameHeading = await page.evaluate(
      () => (window as unknown as { serverHeading: Element | null }).serverHeading === document.querySelector('h1'),
    );
    expect(sameHeading, 'the prerendered <h1> element is still the one on the page').toBe(true);
    expect(problems).toEqual([]);

    // Hydrated means live: the header's link to the guides navigates without a page load.
    await page.evaluate(() => {
      (window as unknown as { samePage: boolean }).samePage = true;
    });
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Guides' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Guides');
    expect(await page.evaluate(() => (window as unknown as { samePage?: boolean }).samePage)).toBe(true);
  });
}
