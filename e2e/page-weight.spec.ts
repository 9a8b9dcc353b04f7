import { expect, test, type Page } from '@playwright/test';

/*
 * Content pages are light (scripts/page-budgets.ts): a fix page, a guide and the guides list load
 * what their HTML announces (so the build's budget check counts what a reader downloads) and
 * never the error catalogue, which only a diagnosis or a pasted-error search needs.
 */

/** Every script the page requests, by path. */
function recordScripts(page: Page): Set<string> {
  const scripts = new Set<string>();
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.pathname.endsWith('.js')) scripts.add(url.pathname);
  });
  return scripts;
}

// The catalogue's chunk is named after its module, src/content/error-classes/index.ts.
const isCatalogue = (path: string): boolean => /\/error-classes-[\w-]+\.js$/.test(path);

for (const path of ['/fix/gateway-token-mismatch', '/guides/gateway-auth', '/guides', '/']) {
  test(`${path} loads only the scripts its HTML announces`, async ({ page }) => {
    const scripts = recordScripts(page);
    await page.goto(path, { waitUntil: 'networkidle' });
    const announced = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLScriptElement | HTMLLinkElement>('script[src], link[rel="modulepreload"]')].map(
        (element) => new URL(element instanceof HTMLScriptElement ? element.src : element.href).pathname,
      ),
    );
    expect([...scripts].filter((script) => !announced.includes(script))).toEqual([]);
  });
}

test('reading a fix page (clicks, platform choice) never loads the catalogue', async ({ page }) => {
  const scripts = recordScripts(page);
  await page.goto('/fix/gateway-token-mismatch', { waitUntil: 'networkidle' });
  await expect(page.getByRole('radio', { name: 'Docker Compose' })).toBeEnabled();
  await page.getByText('Docker Compose').click();
  await expect(page.getByRole('radio', { name: 'Docker Compose' })).toBeChecked();
  await page.getByRole('heading', { level: 1 }).click();
  await page.waitForLoadState('networkidle');
  expect([...scripts].filter(isCatalogue)).toEqual([]);
});

test('the guides search finds words without the catalogue, and loads it to recognise a pasted error', async ({
  page,
}) => {
  const scripts = recordScripts(page);
  await page.goto('/guides', { waitUntil: 'networkidle' });
  const search = page.getByLabel('Search guides and fixes');
  await search.fill('compose volume');
  await expect(page.getByTestId('search-results').getByRole('link').first()).toHaveText('Docker and Compose');
  await page.waitForLoadState('networkidle');
  expect([...scripts].filter(isCatalogue)).toEqual([]);

  await search.fill('unauthorized: gateway token mismatch (set gateway.remote.token to match gateway.auth.token)');
  await expect(page.getByTestId('search-results')).toContainText('matches your error');
  expect([...scripts].filter(isCatalogue)).toHaveLength(1);
});
