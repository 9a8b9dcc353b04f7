import { expect, test, type Page } from '@playwright/test';

const cliMismatch =
  'gateway connect failed: Error: unauthorized: gateway token mismatch (set gateway.remote.token to match gateway.auth.token)';

async function paste(page: Page, text: string): Promise<void> {
  await page.getByLabel('Your error or log').fill(text);
}

test.describe('paste → diagnosis → fix guide', () => {
  test('diagnoses a CLI gateway token mismatch, highlights the match and links the fix', async ({ page }) => {
    await page.goto('/');
    await paste(
      page,
      `2026-02-18T09:14:03Z [gateway] connecting\n${cliMismatch}\nGateway target: ws://127.0.0.1:18789`,
    );
    await expect(page.getByTestId('diagnosis-title')).toHaveText('Gateway token mismatch');
    await expect(page.locator('mark').first()).toHaveText('unauthorized: gateway token mismatch');
    await expect(page.getByTestId('certainty')).toContainText('Exact match');
    await expect(page.getByTestId('client')).toHaveText('the openclaw CLI');
    await expect(page.getByTestId('permalink')).toHaveAttribute('href', '/fix/gateway-token-mismatch?client=cli');
    // The guide is right there: explanation, ranked causes, verify.
    await expect(page.getByRole('heading', { name: 'What it means' })).toBeVisible();
    await expect(page.getByRole('list', { name: 'Causes, most likely first' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Check that it worked' })).toBeVisible();
  });

  for (const [id, title, line] of [
    [
      'gateway-token-mismatch',
      'Gateway token mismatch',
      'disconnected (1008): unauthorized: gateway token mismatch (open the dashboard URL and paste the token in Control UI settings)',
    ],
    [
      'gateway-token-missing',
      'Gateway token missing',
      'disconnected (1008): unauthorized: gateway token missing (open the dashboard URL and paste the token in Control UI settings)',
    ],
    [
      'device-token-mismatch',
      'Device token mismatch',
      'gateway closed (1008): unauthorized: device token mismatch (rotate/reissue device token)',
    ],
  ] as const) {
    test(`recognises ${id} through the UI`, async ({ page }) => {
      await page.goto('/');
      await paste(page, line);
      await expect(page.getByTestId('diagnosis-title')).toHaveText(title);
      await expect(page.getByTestId('permalink')).toHaveAttribute('href', new RegExp(`^/fix/${id}`));
    });
  }

  test('renders pasted HTML as inert text', async ({ page }) => {
    await page.goto('/');
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await paste(page, `<img src=x onerror="alert(1)"><script>alert(2)</script>\n${cliMismatch}`);
    await expect(page.getByTestId('diagnosis')).toContainText('<img src=x onerror="alert(1)">');
    expect(await page.locator('[data-testid="diagnosis"] img, [data-testid="diagnosis"] script').count()).toBe(0);
    expect(dialogs).toEqual([]);
  });

  test('offers the runner-up and why, when only the CLI hint was pasted', async ({ page }) => {
    await page.goto('/');
    await paste(page, '(set gateway.remote.token to match gateway.auth.token)');
    await expect(page.getByTestId('diagnosis-title')).toHaveText('Gateway token mismatch');
    await expect(page.getByTestId('certainty')).toContainText('Loose match');
    const runnerUp = page.getByTestId('runner-up');
    await expect(runnerUp).toContainText('Could also be: Gateway token missing');
    await expect(runnerUp).toContainText('"Missing" means no token arrived at all');
  });

  test('says "not recognised" and what to paste instead for a look-alike', async ({ page }) => {
    await page.goto('/');
    await paste(page, 'Error: 401 Incorrect API key provided: sk-proj-****abcd');
    await expect(page.getByTestId('not-recognised')).toContainText('Not recognised');
    await expect(page.getByTestId('not-recognised')).toContainText('openclaw gateway status');
    await expect(page.getByTestId('diagnosis')).toHaveCount(0);
  });

  test('shows the platform variant of every command, with no && in PowerShell', async ({ page }) => {
    await page.goto('/fix/gateway-token-mismatch');
    // The prerendered choice is disabled until the page is hydrated (a click before would be lost).
    await expect(page.getByRole('radio', { name: 'Windows PowerShell' })).toBeEnabled();
    await page.getByText('Windows PowerShell').click();
    const firstCause = page
      .getByRole('listitem')
      .filter({ has: page.locator('details[open]') })
      .first();
    await expect(firstCause.locator('pre').first()).toBeVisible();
    for (const command of await page.locator('details[open] pre').allTextContents()) {
      expect(command).not.toContain('&&');
    }
    await expect(
      page.locator('details[open] pre').filter({ hasText: 'Get-ChildItem Env:OPENCLAW_GATEWAY_TOKEN' }),
    ).toHaveCount(1);
    await page.getByText('Docker Compose').click();
    await expect(page.locator('details[open] pre').first()).toContainText('docker compose exec openclaw-gateway');
  });

  test('copies a command with the copy button', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('/fix/gateway-token-missing');
    await expect(page.getByRole('radio', { name: 'Linux / macOS' })).toBeEnabled();
    await page.getByText('Linux / macOS').click();
    await page.getByRole('button', { name: /^Copy Print the dashboard URL/ }).click();
    await expect(page.getByRole('button', { name: /^Copy Print the dashboard URL/ })).toHaveText('Copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('openclaw dashboard --no-open');
  });
});

test.describe('the optional openclaw.json', () => {
  const authToken = 'f3a9c1d2e4b5a6978812736455463728190a1b2c3d4e5f60';
  const remoteToken = '0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d1e2f3a';

  test('re-ranks the causes when gateway.remote.token differs, and never shows a token in full', async ({ page }) => {
    await page.goto('/');
    await paste(page, cliMismatch);
    const causes = page.getByRole('list', { name: 'Causes, most likely first' }).locator(':scope > li summary');
    await expect(causes.first()).toContainText('A stale OPENCLAW_GATEWAY_TOKEN overrides your config');

    await page.getByLabel(/Your openclaw.json/).fill(`// my config
{
  gateway: {
    mode: "remote",
    auth: { token: "${authToken}" },
    remote: { token: "${remoteToken}", url: "wss://gw.example:18789" }, // trailing comma next
  },
}`);
    await expect(page.getByTestId('token-relation')).toContainText('They differ');
    await expect(causes.first()).toContainText('gateway.remote.token on the client differs from gateway.auth.token');
    await expect(
      page.getByText('Your config has a gateway.remote.token that differs from gateway.auth.token.'),
    ).toBeVisible();
    await expect(page.getByTestId('config-summary')).toContainText('f3…60 (48 chars)');

    // The tokens live only in the user's own textarea: nowhere else in the page.
    const textOutsideInputs = await page.evaluate(() => {
      const clone = document.body.cloneNode(true) as HTMLElement;
      clone.querySelectorAll('textarea').forEach((element) => {
        element.remove();
      });
      return clone.innerHTML;
    });
    expect(textOutsideInputs).not.toContain(authToken);
    expect(textOutsideInputs).not.toContain(remoteToken);
  });

  test('reports a syntax error with line, column and the line with a caret', async ({ page }) => {
    await page.goto('/');
    await page.getByLabel(/Your openclaw.json/).fill('{\n  gateway: {\n    auth: { token: "abc" }\n  }\n}x');
    const error = page.getByTestId('config-error');
    await expect(error).toContainText('line 5, column 2');
    await expect(error.locator('pre')).toHaveText('}x\n ^');
  });
});
