import { expect, test } from '@playwright/test';
import { runCli, tempFile } from '../src/cli/cli-test-harness.ts';

/*
 * The terminal hands the error to the page: the links `error-doctor classify` prints open the
 * page on the same class and client, and the stable code links land on their fix page.
 */

const controlUiPaste = [
  '🦞 OpenClaw 2026.3.2 (8f8492d)',
  'disconnected (1008): unauthorized: gateway token mismatch (open the dashboard URL and paste the token in Control UI settings)',
].join('\n');

test('the links classify prints open the page on the same class and client', async ({ page, baseURL }) => {
  // The CLI runs in this process from source: loading the catalogue through the TS loader takes a while.
  test.setTimeout(120_000);
  const file = tempFile('control-ui.log', controlUiPaste);
  const { code, stdout } = await runCli(['classify', '--json', '--site', baseURL ?? '', file]);
  expect(code).toBe(0);
  const result = JSON.parse(stdout) as { shareLink: string; findings: { id: string; client: string; link: string }[] };
  const [finding] = result.findings;
  expect(finding?.id).toBe('gateway-token-mismatch');
  expect(finding?.client).toBe('control-ui');

  // The doctor on the same diagnosis: the redacted paste travels in the fragment.
  await page.goto(result.shareLink);
  await expect(page.getByTestId('share-opened')).toBeVisible();
  await expect(page.getByTestId('diagnosis-title')).toHaveText('Gateway token mismatch');
  await expect(page.getByTestId('client')).toContainText('Control UI');
  await expect(page.getByTestId('version')).toContainText('2026.3.2');

  // The fix page for this client and release.
  expect(finding?.link).toBe(`${baseURL ?? ''}/fix/gateway-token-mismatch?client=control-ui&version=2026.3.2`);
  await page.goto(finding?.link ?? '');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Gateway token mismatch');
  await expect(page.getByTestId('facet-client')).toContainText('the Control UI');
});

test('a ?code= link lands on the fix page of its class, facets kept', async ({ page }) => {
  await page.goto('/?code=AUTH_TOKEN_MISMATCH&client=cli');
  await expect(page).toHaveURL(/\/fix\/gateway-token-mismatch\?client=cli$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Gateway token mismatch');
  await expect(page.getByTestId('facet-client')).toContainText('the openclaw CLI');

  // A close reason works as well as a detail code.
  await page.goto(`/?code=${encodeURIComponent('unauthorized: device token mismatch')}`);
  await expect(page).toHaveURL(/\/fix\/device-token-mismatch$/);
});

test('an unknown ?code= says so, as text, and leaves the doctor usable', async ({ page }) => {
  await page.goto(`/?code=${encodeURIComponent('<img src=x onerror=alert(1)>')}`);
  // The code is resolved once the catalogue has loaded (seconds on a busy machine).
  await expect(page.getByTestId('unknown-code')).toContainText(
    'does not know the code “<img src=x onerror=alert(1)>”',
    {
      timeout: 20_000,
    },
  );
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  await expect(page.getByLabel('Your error or log')).toBeEditable();
});

test('a pasted openclaw command is checked for existence and risk', async ({ page }) => {
  await page.goto('/');
  await page.getByLabel('Your error or log').fill('openclaw gateway token rotate');
  const check = page.getByTestId('command-check');
  await expect(check).toContainText('"openclaw gateway token" does not exist in OpenClaw');
  await expect(check).toContainText('openclaw devices rotate --device <deviceId> --role operator');

  await page
    .getByLabel('Your error or log')
    .fill('🦞 OpenClaw 2026.4.12 (8f8492d)\n$ openclaw gateway auth-token --show');
  await expect(check).toContainText('Not in OpenClaw 2026.4.12');
});
