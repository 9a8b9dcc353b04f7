import { AxeBuilder } from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

const routes = [
  '/',
  '/guides',
  '/fix/gateway-token-mismatch',
  '/fix/gateway-token-missing',
  '/fix/device-token-mismatch',
  '/nope',
];
const cliMismatch =
  'gateway closed (1008): unauthorized: gateway token mismatch (set gateway.remote.token to match gateway.auth.token)';

test.describe('accessibility', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    for (const route of routes) {
      test(`${route} has no axe violations (${colorScheme})`, async ({ page }) => {
        await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
        await page.goto(route);
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
        const results = await new AxeBuilder({ page }).analyze();
        expect(results.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
      });
    }
    test(`the doctor with a diagnosis and a config has no axe violations (${colorScheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await page.goto('/');
      await page.getByLabel('Your error or log').fill(`(set gateway.remote.token to match gateway.auth.token)`);
      await page.getByLabel(/Your openclaw.json/).fill('{ gateway: { auth: { token: "abc" } ');
      await expect(page.getByTestId('runner-up')).toBeVisible();
      await expect(page.getByTestId('config-error')).toBeVisible();
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
    });
  }
});

test('works with the keyboard only: paste, jump to the answer, switch platform, follow the fix link', async ({
  page,
}) => {
  await page.goto('/');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
  await page.keyboard.press('Enter');
  // From the skip link, the next stop is the paste field.
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Your error or log')).toBeFocused();
  await page.keyboard.insertText(cliMismatch);
  await page.keyboard.press('Control+Enter');
  await expect(page.getByRole('heading', { name: 'Diagnosis', level: 2 })).toBeFocused();
  await expect(page.getByTestId('diagnosis-title')).toHaveText('Gateway token mismatch');

  // Tab to the platform choice and change it with the arrow keys.
  const linux = page.getByRole('radio', { name: 'Linux / macOS' });
  for (
    let presses = 0;
    presses < 30 && !(await linux.evaluate((element) => element === document.activeElement));
    presses += 1
  ) {
    await page.keyboard.press('Tab');
  }
  await expect(linux).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('radio', { name: 'Windows PowerShell' })).toBeChecked();

  // Back up to the permalink and follow it with Enter.
  const permalink = page.getByTestId('permalink');
  await permalink.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/fix\/gateway-token-mismatch\?client=cli$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Gateway token mismatch');
  // The platform choice carried over to the new page.
  await expect(page.getByRole('radio', { name: 'Windows PowerShell' })).toBeChecked();
});

test('takes a screenshot of the doctor with a diagnosis', async ({ page }, testInfo) => {
  await page.setViewportSize({ width: 1280, height: 1000 });
  await page.goto('/');
  await page
    .getByLabel('Your error or log')
    .fill(`$ openclaw devices list\n${cliMismatch}\nGateway target: ws://127.0.0.1:18789\nSource: local loopback`);
  await expect(page.getByTestId('diagnosis-title')).toHaveText('Gateway token mismatch');
  const screenshot = await page.screenshot({ fullPage: false, path: testInfo.outputPath('doctor-diagnosis.png') });
  expect(screenshot.byteLength).toBeGreaterThan(10_000);
});
