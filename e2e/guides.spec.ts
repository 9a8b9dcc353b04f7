import { AxeBuilder } from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

const guides = [
  ['gateway-auth', 'How gateway auth works (gateway token, device token, pairing)'],
  ['config-and-overrides', 'Find your config, and what overrides it (env, .env, service files, Docker)'],
  ['docker-and-compose', 'Docker and Compose'],
  ['windows-and-wsl', 'Windows and WSL'],
  ['after-an-upgrade', 'After an upgrade'],
  ['reading-gateway-logs', 'Reading gateway logs'],
  ['remote-gateways', 'Remote gateways (SSH tunnel, Tailscale, LAN)'],
] as const;

test('the guides page lists every guide and every fix guide', async ({ page }) => {
  await page.goto('/guides');
  for (const [slug, title] of guides) {
    await expect(page.getByRole('link', { name: title, exact: true })).toHaveAttribute('href', `/guides/${slug}`);
  }
  await expect(page.getByRole('link', { name: 'Device token mismatch', exact: true })).toHaveAttribute(
    'href',
    '/fix/device-token-mismatch',
  );
});

test('search finds a guide by words, and the fix and its guide from a pasted error fragment', async ({ page }) => {
  await page.goto('/guides');
  const search = page.getByLabel('Search guides and fixes');
  await search.fill('compose volume');
  await expect(page.getByTestId('search-results').getByRole('link').first()).toHaveText('Docker and Compose');

  await search.fill('gateway closed (1008): unauthorized: device token mismatch (rotate/reissue device');
  const results = page.getByTestId('search-results').getByRole('link');
  await expect(results.first()).toHaveText('Device token mismatch');
  await expect(page.getByTestId('search-results')).toContainText('matches your error');
  await expect(results.filter({ hasText: 'How gateway auth works' })).toHaveCount(1);
  await expect(page).toHaveURL(/\/guides\?q=/);

  await search.fill('kubernetes helm chart');
  await expect(page.getByTestId('search-status')).toContainText('Nothing found');
});

test('a guide has a title, description, canonical URL, table of contents and anchored headings', async ({ page }) => {
  await page.goto('/guides/gateway-auth');
  await expect(page).toHaveTitle('How gateway auth works (gateway token, device token, pairing) — Error Doctor');
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', /\/guides\/gateway-auth$/);
  await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /three layers/);
  const toc = page.getByRole('navigation', { name: 'On this page' });
  await toc.getByRole('link', { name: 'Layer 2: the device token' }).click();
  await expect(page).toHaveURL(/#layer-2-the-device-token$/);
  await expect(page.getByRole('link', { name: 'Link to the section Layer 3: pairing' })).toHaveAttribute(
    'href',
    '#layer-3-pairing',
  );
  await page.getByRole('link', { name: 'Device token mismatch' }).first().click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Device token mismatch');
});

test('a guide reads with JavaScript disabled', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/guides/docker-and-compose');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Docker and Compose');
  await expect(page.getByRole('heading', { name: /The token changes every time/ })).toBeVisible();
  await expect(page.locator('pre').filter({ hasText: 'docker compose up -d --force-recreate' })).toBeVisible();
  await page.goto('/fix/gateway-token-missing');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Gateway token missing');
  await context.close();
});

test('a fix page cross-links its look-alikes', async ({ page }) => {
  await page.goto('/fix/gateway-token-mismatch');
  const lookAlikes = page.getByTestId('look-alikes');
  await expect(lookAlikes).toContainText('unauthorized: device token mismatch');
  await lookAlikes.getByRole('link', { name: 'Device token mismatch' }).click();
  await expect(page).toHaveURL(/\/fix\/device-token-mismatch$/);
});

test.describe('the platform choice', () => {
  test('comes from a fix link with facets; unknown facets are dropped', async ({ page }) => {
    await page.goto('/fix/gateway-token-mismatch?client=cli&platform=docker-compose&version=2026.2.15');
    await expect(page.getByTestId('facet-client')).toContainText('the openclaw CLI');
    await expect(page.getByTestId('facet-version')).toHaveText('For OpenClaw 2026.2.15.');
    await expect(page.getByRole('radio', { name: 'Docker Compose' })).toBeChecked();
    await page.goto('/fix/gateway-token-mismatch?client=cli&platform=amiga&version=latest');
    await expect(page.getByTestId('facet-client')).toBeVisible();
    await expect(page.getByTestId('facet-version')).toHaveCount(0);
    await expect(page.getByTestId('facet-platform')).toHaveCount(0);
  });

  test('persists, syncs across tabs, and survives a corrupt stored value', async ({ context }) => {
    const first = await context.newPage();
    const second = await context.newPage();
    await first.goto('/fix/gateway-token-mismatch');
    await second.goto('/fix/device-token-mismatch');
    // The prerendered choice is disabled until each page is hydrated.
    await expect(first.getByRole('radio', { name: 'Windows PowerShell' })).toBeEnabled();
    await expect(second.getByRole('radio', { name: 'Docker Compose' })).toBeEnabled();
    await first.getByText('Windows PowerShell').click();
    await expect(second.getByRole('radio', { name: 'Windows PowerShell' })).toBeChecked();
    await second.getByText('Docker Compose').click();
    await expect(first.getByRole('radio', { name: 'Docker Compose' })).toBeChecked();

    await first.reload();
    await expect(first.getByRole('radio', { name: 'Docker Compose' })).toBeChecked();

    await first.evaluate(() => {
      localStorage.setItem('error-doctor.platform', '{"corrupt');
    });
    await first.reload();
    await expect(first.getByRole('heading', { level: 1 })).toHaveText('Gateway token mismatch');
    await expect(first.getByRole('radio', { checked: true })).toHaveCount(1);
  });
});

test.describe('accessibility of the new pages', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    for (const route of [...guides.map(([slug]) => `/guides/${slug}`), '/guides?q=docker']) {
      test(`${route} has no axe violations (${colorScheme})`, async ({ page }) => {
        await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
        await page.goto(route);
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
        const results = await new AxeBuilder({ page }).analyze();
        expect(results.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
      });
    }
    test(`the doctor with the share panel and "no" feedback has no axe violations (${colorScheme})`, async ({
      page,
    }) => {
      await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
      await page.goto('/');
      await page
        .getByLabel('Your error or log')
        .fill(
          'gateway closed (1008): unauthorized: gateway token mismatch (set gateway.remote.token to match gateway.auth.token)',
        );
      await page.getByRole('button', { name: 'Prepare a share link' }).click();
      await expect(page.getByTestId('share-preview')).toBeVisible();
      await page.getByRole('button', { name: 'No', exact: true }).click();
      await expect(page.getByTestId('issue-report')).toBeVisible();
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
    });
    test(`a broken share link message has no axe violations (${colorScheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
      await page.goto('/#share=1d9.AAAA');
      await expect(page.getByTestId('share-error')).toBeVisible();
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
    });
  }
});
