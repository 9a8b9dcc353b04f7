import { AxeBuilder } from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

const cliMissing =
  'gateway connect failed: Error: unauthorized: gateway token missing (set gateway.remote.token to match gateway.auth.token)';
const secret = '7d1e5f9a3c0b8e2d4f6a1c3e5b7d9f0a2c4e6b8d0f1a3c5e';
const oldSecret = '0b2d4f6a8c0e1a3c5e7b9d1f3a5c7e9b0d2f4a6c8e0a1c3b';

async function pasteConfig(page: Page, text: string): Promise<void> {
  await page.getByLabel(/Your openclaw.json/).fill(text);
}

/** Everything in the DOM except the values of the user's own fields. */
async function pageTextOutsideInputs(page: Page): Promise<string> {
  return page.evaluate(() => {
    const clone = document.documentElement.cloneNode(true) as HTMLElement;
    for (const field of clone.querySelectorAll('textarea, input')) field.remove();
    return `${clone.outerHTML}\n${document.body.innerText}`;
  });
}

test('a config finding appears and reorders the fix for the pasted error', async ({ page }) => {
  await page.goto('/');
  await page.getByLabel('Your error or log').fill(cliMissing);
  const causes = page.getByRole('list', { name: 'Causes, most likely first' }).locator(':scope > li summary');
  await expect(causes.first()).toContainText('The CLI has no token for a remote gateway');

  await pasteConfig(page, `{\n  // on the gateway host\n  gateway: {\n    token: "${secret}",\n  },\n}`);
  const finding = page.locator('[data-finding-id="misplaced-key"]');
  await expect(finding).toContainText('gateway.token');
  await expect(finding).toContainText('(line 4)');
  await expect(finding).toContainText('Found "gateway.token" in config. Use "gateway.auth.token" instead.');
  await expect(causes.first()).toContainText('The token sits under the wrong key in openclaw.json');
  await expect(page.getByRole('list', { name: 'Why ranked here' }).first()).toContainText(
    'Your config has a token under a key OpenClaw does not read.',
  );
  expect(await pageTextOutsideInputs(page)).not.toContain(secret);
});

test('a config that contradicts the error says so', async ({ page }) => {
  await page.goto('/');
  await pasteConfig(page, '{ gateway: { auth: { mode: "password", password: "hunter2hunter2" } } }');
  await expect(page.getByTestId('config-summary')).toBeVisible();
  await expect(page.locator('[data-finding-id="auth-mode-contradicts-error"]')).toHaveCount(0);
  await page.getByLabel('Your error or log').fill('unauthorized: gateway token mismatch (provide gateway auth token)');
  await expect(page.locator('[data-finding-id="auth-mode-contradicts-error"]')).toContainText(
    'The error is about a token, but gateway.auth.mode is "password".',
  );
});

test('a malformed config gets a specific hint and the line with a caret', async ({ page }) => {
  await page.goto('/');
  await pasteConfig(page, '{\n  gateway: { auth: { mode: “token” } }\n}');
  const error = page.getByTestId('config-error');
  await expect(error).toContainText('line 2, column 28');
  await expect(error).toContainText('Line 2 has curly quotes');
  await expect(error.getByLabel('Line 2 with a caret under column 28')).toHaveText(/mode: “token”.*\n\s+\^/);
});

test('the token source map shows what the gateway enforces and marks each edge', async ({ page }) => {
  await page.goto('/');
  await pasteConfig(
    page,
    `{ gateway: { mode: "remote", auth: { mode: "token", token: "${secret}" }, remote: { url: "wss://gw:18789", token: "${oldSecret}" } } }`,
  );
  const map = page.getByTestId('token-source-map');
  await expect(map).toBeVisible();
  await expect(page.getByTestId('source-map-gateway')).toContainText('Auth mode: token');
  await expect(page.getByRole('list', { name: 'What the gateway enforces, first wins' })).toContainText(
    'gateway.auth.token',
  );
  await expect(page.getByTestId('source-map-client-cli-remote').locator('[data-edge]')).toHaveAttribute(
    'data-edge',
    'different',
  );
  await expect(page.getByTestId('source-map-client-control-ui')).toContainText('openclaw dashboard --no-open');
  const text = await pageTextOutsideInputs(page);
  expect(text).not.toContain(secret);
  expect(text).not.toContain(oldSecret);
});

test('compares tokens across machines by fingerprint, never showing them', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('heading', { name: 'Compare tokens across machines' }).click();
  await page.getByLabel('What source 1 has').fill(`{ gateway: { auth: { token: "${secret}" } } }`);
  await page.getByLabel('What source 2 has').fill(`OPENCLAW_GATEWAY_TOKEN=${secret}`);
  const verdict = page.getByTestId('token-comparison-verdict');
  await expect(verdict).toHaveText('Match: every token found is the same.');
  await expect(page.getByTestId('token-fingerprint')).toHaveCount(2);
  await expect(page.getByTestId('token-fingerprint').first()).toHaveText(/^[0-9a-f]{8}$/);

  await page.getByLabel('What source 2 has').fill(`OPENCLAW_GATEWAY_TOKEN="${secret} "`);
  await expect(verdict).toContainText('Near miss');
  await expect(page.getByRole('table')).toContainText('it starts or ends with a space or tab');

  await page.getByRole('button', { name: 'Add another source' }).click();
  await page.getByLabel('What source 3 has').fill(`[Service]\nEnvironment="OPENCLAW_GATEWAY_TOKEN=${oldSecret}"`);
  await expect(verdict).toContainText('Mismatch');
  await expect(page.getByRole('list', { name: 'Each pair of tokens' })).toContainText(
    'different tokens of the same length',
  );
  const text = await pageTextOutsideInputs(page);
  expect(text).not.toContain(secret);
  expect(text).not.toContain(oldSecret);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the doctor with findings, the source map and a comparison has no axe violations (${colorScheme})`, async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
    await page.goto('/');
    await page.getByLabel('Your error or log').fill(cliMissing);
    await pasteConfig(
      page,
      `{ gateway: { bind: "lan", token: "${secret}", auth: { mode: "token", token: "short" }, remote: { token: "\${REMOTE_TOKEN}" }, controlUi: { dangerouslyDisableDeviceAuth: true } } }`,
    );
    await expect(page.getByTestId('token-source-map')).toBeVisible();
    await expect(page.getByTestId('config-finding').first()).toBeVisible();
    await page.getByRole('heading', { name: 'Compare tokens across machines' }).click();
    await page.getByLabel('What source 1 has').fill(`OPENCLAW_GATEWAY_TOKEN=${secret}`);
    await page.getByLabel('What source 2 has').fill(oldSecret);
    await expect(page.getByTestId('token-comparison-verdict')).toContainText('Mismatch');
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
  });
}

test('a finding OpenClaw also reports as an error links to that fix guide', async ({ page }) => {
  await page.goto('/');
  await pasteConfig(page, '{ gateway: { auth: { token: "change-me-to-a-long-random-token" } } }');
  const finding = page.locator('[data-finding-id="placeholder-token"]');
  await expect(finding).toContainText('OpenClaw refuses to start with it');
  await finding.getByRole('link').click();
  await expect(page).toHaveURL(/\/fix\/placeholder-token$/);
});
