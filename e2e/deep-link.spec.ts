import { expect, test } from '@playwright/test';

test.describe('deep links and not-found', () => {
  test('opens a fix guide directly at /fix/<id>', async ({ page }) => {
    const response = await page.goto('/fix/device-token-mismatch');
    expect(response?.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Device token mismatch');
    await expect(page).toHaveTitle('Device token mismatch: how to fix it — Error Doctor');
    await expect(page.getByRole('list', { name: 'Causes, most likely first' })).toBeVisible();
  });

  test('ranks a deep link for the client named in the query', async ({ page }) => {
    await page.goto('/fix/gateway-token-mismatch?client=control-ui');
    await expect(page.getByTestId('facet-client')).toContainText('the Control UI');
    const firstCause = page
      .getByRole('list', { name: 'Causes, most likely first' })
      .locator(':scope > li summary')
      .first();
    await expect(firstCause).toContainText('The Control UI still holds an old token');
  });

  test('ignores a malformed facet instead of failing', async ({ page }) => {
    await page.goto('/fix/gateway-token-mismatch?client=%3Cscript%3E&platform=amiga');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Gateway token mismatch');
    await expect(page.getByTestId('facet-client')).toHaveCount(0);
  });

  test('lists every fix guide at /guides', async ({ page }) => {
    await page.goto('/guides');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Guides');
    for (const title of ['Gateway token mismatch', 'Gateway token missing', 'Device token mismatch']) {
      await page.getByRole('link', { name: title, exact: true }).first().waitFor();
    }
    await page.getByRole('link', { name: 'Gateway token missing', exact: true }).click();
    await expect(page).toHaveURL(/\/fix\/gateway-token-missing$/);
  });

  test('answers an unknown path with HTTP 404 and a helpful page', async ({ page }) => {
    const response = await page.goto('/no/such/page');
    expect(response?.status()).toBe(404);
    await expect(page).toHaveTitle('Page not found — Error Doctor');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
    await expect(page.getByRole('link', { name: 'Paste your error into the doctor' })).toHaveAttribute('href', '/');
    await expect(page.getByRole('link', { name: 'Browse all fix guides' })).toHaveAttribute('href', '/guides');
  });

  test('answers an unknown fix id with HTTP 404 and names the id', async ({ page }) => {
    const response = await page.goto('/fix/gateway-token-rotate');
    expect(response?.status()).toBe(404);
    await expect(page.getByTestId('not-found-reason')).toHaveText(
      'There is no fix guide called “gateway-token-rotate”. The link may be mistyped or cut short.',
    );
    await page.getByRole('link', { name: 'Paste your error into the doctor' }).click();
    await expect(page.getByLabel('Your error or log')).toBeVisible();
  });
});
