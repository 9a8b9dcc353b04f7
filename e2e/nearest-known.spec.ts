import { expect, test, type Page } from '@playwright/test';

async function paste(page: Page, text: string): Promise<void> {
  await page.getByLabel('Your error or log').fill(text);
}

test.describe('the nearest known error', () => {
  // The shared machine is slow to serve the first page; the answer itself is instant.
  test.describe.configure({ timeout: 90_000 });

  test('answers a reworded OpenClaw error with the closest known one, said as a guess, and the guide search agrees', async ({
    page,
  }) => {
    await page.goto('/');
    await paste(page, '$ openclaw devices list\nopenclaw devices: device signature is invalid');
    const nearest = page.getByTestId('nearest-known');
    await expect(nearest).toContainText('Closest known error: Device signature, nonce or key invalid', {
      timeout: 30_000,
    });
    await expect(nearest).toContainText('Not an exact match.');
    await expect(page.getByTestId('nearest-message')).toHaveText('device signature invalid');
    await expect(nearest.locator('mark')).toHaveText('openclaw devices: device signature is invalid');
    await expect(nearest).toContainText('To confirm, paste');
    // A guess is not laid out as the diagnosis: no "Not recognised", no fix guide on the page.
    await expect(page.getByTestId('not-recognised')).toHaveCount(0);
    await expect(page.getByTestId('diagnosis')).toHaveCount(0);
    await expect(page.getByRole('region', { name: /^Fix guide:/ })).toHaveCount(0);
    await page.getByTestId('nearest-link').click();
    await expect(page).toHaveURL(/\/fix\/device-signature-invalid$/);

    await page.goto(`/guides?q=${encodeURIComponent('openclaw devices: device signature is invalid')}`);
    const first = page.getByTestId('search-results').getByRole('listitem').first();
    await expect(first).toContainText('Device signature, nonce or key invalid', { timeout: 30_000 });
    await expect(first).toContainText('closest known error, not an exact match');
  });

  test('still says "not recognised" for a look-alike that only shares words', async ({ page }) => {
    await page.goto('/');
    await paste(page, '[telegram] pairing required for DM from @mira, code 7QK2MX');
    await expect(page.getByTestId('not-recognised')).toContainText('Not recognised', { timeout: 30_000 });
    await expect(page.getByTestId('nearest-known')).toHaveCount(0);
  });
});
