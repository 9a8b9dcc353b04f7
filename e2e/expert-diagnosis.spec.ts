import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

async function paste(page: Page, text: string): Promise<void> {
  await page.getByLabel('Your error or log').fill(text);
}

test.describe('expert reading of a paste', () => {
  test('a bare 4008 "connect failed" says what it can be and what to paste, without guessing', async ({ page }) => {
    await page.goto('/');
    await paste(
      page,
      'disconnected (4008): connect failed\nAuth failed. Re-copy a tokenized URL with openclaw dashboard --no-open, or update the token, then click Connect.',
    );
    await expect(page.getByTestId('diagnosis-title')).toHaveText(
      'Control UI: “connect failed” (4008) without the reason',
    );
    const canBe = page.getByTestId('can-be');
    await expect(canBe).toContainText('This message hides the real reason');
    const candidates = canBe.getByRole('listitem');
    await expect(candidates.first()).toContainText('Gateway token mismatch');
    await expect(candidates.first().getByRole('link')).toHaveAttribute('href', '/fix/gateway-token-mismatch');
    await expect(page.getByTestId('paste-to-tell')).toContainText('openclaw logs');
    await expect(page.getByTestId('client')).toHaveText('the Control UI (browser dashboard)');
    await expect(page.locator('mark').first()).toHaveText('disconnected (4008): connect failed');
    expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
  });

  test('a paste with several errors lists every finding, most important first, each highlighted', async ({ page }) => {
    await page.goto('/');
    await paste(
      page,
      [
        '2026-03-14T08:20:01Z disconnected (4008): connect failed',
        'gateway connect failed: Error: unauthorized: gateway token missing (set gateway.remote.token to match gateway.auth.token)',
        '… a while later …',
        'gateway closed (1008): unauthorized: device token mismatch (rotate/reissue device token)',
      ].join('\n'),
    );
    // Reasons before the wrapper; of two exact reasons the latest first.
    await expect(page.getByTestId('diagnosis-title')).toHaveText('Device token mismatch');
    const findings = page.getByTestId('finding');
    await expect(findings).toHaveCount(3);
    await expect(findings.nth(0)).toHaveAttribute('data-finding', 'device-token-mismatch');
    await expect(findings.nth(1)).toHaveAttribute('data-finding', 'gateway-token-missing');
    await expect(findings.nth(2)).toHaveAttribute('data-finding', 'control-ui-connect-failed');
    await expect(findings.nth(0).locator('mark')).toHaveText(['unauthorized: device token mismatch']);
    await expect(findings.nth(1).locator('mark')).toHaveText(['unauthorized: gateway token missing']);
    await expect(findings.nth(2).locator('mark')).toHaveText(['disconnected (4008): connect failed']);
  });

  test('mismatches followed by a lockout say "stop retrying" above the diagnosis', async ({ page }) => {
    await page.goto('/');
    const mismatch =
      'gateway connect failed: GatewayClientRequestError: unauthorized: device token mismatch (rotate/reissue device token)';
    await paste(
      page,
      [
        mismatch,
        mismatch,
        mismatch,
        'gateway connect failed: GatewayClientRequestError: unauthorized: too many failed authentication attempts (retry later)',
      ].join('\n'),
    );
    const insight = page.getByTestId('insight');
    await expect(insight).toHaveCount(1);
    await expect(insight.getByRole('heading')).toHaveText('Stop retrying: you are locked out');
    await expect(insight).toContainText('restarting the gateway clears it');
    await expect(insight.locator('code', { hasText: 'openclaw gateway restart' })).toBeVisible();
    await expect(insight.locator('mark')).toHaveCount(4);
    // The insight stands above the diagnosis, and the lockout leads the findings.
    const insightBox = await insight.boundingBox();
    const titleBox = await page.getByTestId('diagnosis-title').boundingBox();
    expect(insightBox && titleBox && insightBox.y < titleBox.y).toBe(true);
    await expect(page.getByTestId('diagnosis-title')).toHaveText('Locked out: too many failed authentication attempts');
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      expect((await new AxeBuilder({ page }).analyze()).violations, colorScheme).toEqual([]);
    }
  });

  test('shows the version from a banner and keeps only the steps for that version', async ({ page }) => {
    await page.goto('/');
    await paste(
      page,
      '🦞 OpenClaw 2026.2.15 (3fe22ea) — I keep secrets like a vault.\n\ngateway connect failed: Error: unauthorized: gateway token mismatch (set gateway.remote.token to match gateway.auth.token)',
    );
    await expect(page.getByTestId('version')).toContainText('2026.2.15');
    await expect(page.getByTestId('version')).toContainText('The banner names OpenClaw 2026.2.15.');
    const firstCause = page.getByRole('list', { name: 'Causes, most likely first' }).getByRole('listitem').first();
    // 2026.2.15 is before 2026.2.22: config get still prints the token; auth-token --show does not exist yet.
    await expect(firstCause.getByText('On OpenClaw before 2026.2.22, print it with config get')).toBeVisible();
    await expect(firstCause.getByTestId('other-version-steps')).toContainText(
      'Print the token the gateway really enforces',
    );
    await expect(page.getByTestId('verify')).toContainText('Expect:');
  });
});
