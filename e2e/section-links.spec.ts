/**
 * Section self-links: every fix-guide section heading (and every guide heading) has a stable id and
 * a "#" link to itself, so a reader can share /fix/<id>#steps. Shown on hover and keyboard focus.
 */
import { AxeBuilder } from '@axe-core/playwright';
import { expect, test, type Locator } from '@playwright/test';

async function isTarget(locator: Locator): Promise<boolean> {
  return locator.evaluate((element) => element.matches(':target'));
}

test('/fix/<id>#steps opens at the steps, and Tab reaches their self-link first', async ({ page }) => {
  await page.goto('/fix/gateway-token-mismatch#steps');
  const steps = page.locator('#steps');
  await expect(steps).toHaveText(/^How to fix it/);
  await expect(steps).toBeInViewport();
  expect(await isTarget(steps)).toBe(true);
  await expect(page.getByRole('heading', { level: 1 })).not.toBeInViewport();

  // The fragment moved the keyboard's starting point to the heading: the next stop is its link.
  await page.keyboard.press('Tab');
  const link = page.getByRole('link', { name: 'Link to the section How to fix it' });
  await expect(link).toBeFocused();
  await expect(link).toHaveAttribute('href', '#steps');
  await expect(link).toHaveCSS('opacity', '1');
});

test('a self-link shows on hover and on focus, and points the address at its section', async ({ page }) => {
  await page.goto('/fix/gateway-token-mismatch');
  const verify = page.getByRole('heading', { name: /^Check that it worked/ });
  const link = verify.getByRole('link', { name: 'Link to the section Check that it worked' });
  await expect(link).toHaveCSS('opacity', '0');
  await verify.hover();
  await expect(link).toHaveCSS('opacity', '1');
  await page.mouse.move(0, 0);
  await expect(link).toHaveCSS('opacity', '0');
  await link.focus();
  await expect(link).toHaveCSS('opacity', '1');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/fix\/gateway-token-mismatch#verify$/);
  await expect(verify).toBeInViewport();
  expect(await isTarget(verify)).toBe(true);
});

test('a fix link with facets and a section opens at that section', async ({ page }) => {
  // A link with facets is rendered afresh rather than hydrated: the guide itself brings the section into view.
  await page.goto('/fix/gateway-token-mismatch?client=cli&platform=docker-compose#verify');
  await expect(page.getByTestId('facet-client')).toBeVisible();
  await expect(page.locator('#verify')).toBeInViewport();
  // A fragment that is no section (or not even valid percent-encoding) just opens the page.
  await page.goto('/fix/gateway-token-mismatch?client=cli#%E0%A4');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Gateway token mismatch');
  await expect(page.getByRole('heading', { level: 1 })).toBeInViewport();
});

test('the prerendered fix page holds the section ids and links without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/fix/gateway-token-missing#steps');
  for (const [id, title] of [
    ['what-it-means', 'What it means'],
    ['steps', 'How to fix it'],
    ['verify', 'Check that it worked'],
  ] as const) {
    const heading = page.locator(`h2#${id}`);
    await expect(heading).toContainText(title);
    await expect(heading.getByRole('link', { name: `Link to the section ${title}` })).toHaveAttribute('href', `#${id}`);
  }
  await expect(page.locator('#steps')).toBeInViewport();
  // The table of contents points at the same ids.
  await expect(
    page.getByRole('navigation', { name: 'On this page' }).getByRole('link', { name: 'How to fix it' }),
  ).toHaveAttribute('href', '#steps');
  await context.close();
});

test('on the doctor, the embedded guide and the runner-up keep every id unique', async ({ page }) => {
  await page.goto('/');
  await page.getByLabel('Your error or log').fill('(set gateway.remote.token to match gateway.auth.token)');
  await expect(page.getByTestId('runner-up')).toBeVisible();
  await expect(page.locator('#steps')).toHaveCount(1);
  const duplicates = await page.evaluate(() => {
    const ids = [...document.querySelectorAll('[id]')].map((element) => element.id);
    return ids.filter((id, index) => ids.indexOf(id) !== index);
  });
  expect(duplicates).toEqual([]);

  // The self-link moves within the page: the diagnosis stays.
  await page.getByRole('link', { name: 'Link to the section How to fix it' }).focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/#steps$/);
  await expect(page.locator('#steps')).toBeInViewport();
  await expect(page.getByTestId('runner-up')).toBeAttached();
  await expect(page.getByLabel('Your error or log')).toHaveValue(/gateway\.remote\.token/);
});

test('guide headings have the same self-links, reachable by keyboard', async ({ page }) => {
  await page.goto('/guides/gateway-auth#layer-3-pairing');
  const heading = page.locator('#layer-3-pairing');
  await expect(heading).toBeInViewport();
  await page.keyboard.press('Tab');
  const link = heading.getByRole('link', { name: 'Link to the section Layer 3: pairing' });
  await expect(link).toBeFocused();
  await expect(link).toHaveCSS('opacity', '1');
  // Another heading's link stays out of sight until hovered or focused, as on the fix pages.
  const other = page.getByRole('link', { name: 'Link to the section Layer 2: the device token' });
  await expect(other).toHaveCSS('opacity', '0');
});

test('the fade respects prefers-reduced-motion', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  await page.goto('/fix/gateway-token-mismatch');
  const link = page.getByRole('link', { name: 'Link to the section How to fix it' });
  await expect(link).toHaveCSS('transition-property', 'opacity');
  await page.emulateMedia({ reducedMotion: 'reduce' });
  const seconds = await link.evaluate((element) => parseFloat(getComputedStyle(element).transitionDuration));
  expect(seconds).toBeLessThan(0.001);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`a shown self-link has no axe violations (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await page.goto('/fix/gateway-token-mismatch#verify');
    // Show one link in the tinted verify box and focus another, so axe checks them visible.
    await page.getByRole('link', { name: 'Link to the section How to fix it' }).focus();
    await expect(page.locator('#verify .heading-anchor')).toHaveCSS('opacity', '1');
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
  });
}
