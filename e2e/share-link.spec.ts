import { expect, test } from '@playwright/test';
import { pasteText } from './paste-text.ts';

// Secrets planted in a realistic paste: none may appear in the link, the preview, or the reopened page.
const secrets = {
  gatewayToken: '3f9a1c0b7e2d4a6f8b0c1d2e3f4a5b6c7d8e9f0a1b2c3d4e',
  dockerToken: 'a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f90',
  dashboardToken: 'dashTok3n9876',
  password: 'correct-horse-battery',
  apiKey: 'sk-proj-AbCdEfGhIjKlMnOpQrSt123',
  botToken: '123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw',
  userName: 'mariagonzalez',
};

const paste = [
  '🦞 OpenClaw 2026.2.15 (3fe22ea)',
  `$ export OPENCLAW_GATEWAY_TOKEN=${secrets.gatewayToken}`,
  '$ openclaw devices list',
  'gateway closed (1008): unauthorized: gateway token mismatch (set gateway.remote.token to match gateway.auth.token)',
  'Gateway target: ws://127.0.0.1:18789',
  'Source: local loopback',
  `Config: /home/${secrets.userName}/.openclaw/openclaw.json`,
  `Dashboard URL: http://127.0.0.1:18789/#token=${secrets.dashboardToken}`,
  `{"gateway":{"auth":{"password":"${secrets.password}","token":"${secrets.dockerToken}"}}}`,
  `provider error: Incorrect API key provided: ${secrets.apiKey}`,
  `telegram bot ${secrets.botToken} not reachable`,
].join('\n');

function expectNoSecret(text: string): void {
  for (const [name, secret] of Object.entries(secrets)) {
    expect(text, `${name} leaked`).not.toContain(secret);
  }
}

test('a share link reproduces the diagnosis in a fresh browser, without any secret', async ({ page, browser }) => {
  await page.goto('/');
  await page.getByLabel('Your error or log').fill(paste);
  await expect(page.getByTestId('diagnosis-title')).toHaveText('Gateway token mismatch');
  await page.getByRole('button', { name: 'Prepare a share link' }).click();

  const preview = page.getByTestId('share-preview');
  await expect(preview).toContainText('unauthorized: gateway token mismatch');
  await expect(preview).toContainText('/home/[user]/.openclaw/openclaw.json');
  await expect(page.getByTestId('share-removed')).toContainText('user name');
  expectNoSecret(await preview.innerText());

  const link = await page.getByTestId('share-link').inputValue();
  expect(link).toMatch(/\/#share=1d/);
  expectNoSecret(link);
  expectNoSecret(decodeURIComponent(link));
  console.log(`share link for a ${paste.split('\n').length}-line paste: ${link.length} characters`);

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  const requests: string[] = [];
  other.on('request', (request) => requests.push(request.url()));
  await other.goto(link);
  await expect(other.getByTestId('share-opened')).toBeVisible();
  await expect(other.getByTestId('diagnosis-title')).toHaveText('Gateway token mismatch');
  await expect(other.getByTestId('client')).toHaveText('the openclaw CLI');
  const reopened = await other.getByLabel('Your error or log').inputValue();
  expect(reopened).toContain('Source: local loopback');
  expectNoSecret(reopened);
  expectNoSecret(await other.locator('body').innerText());
  // The fragment never reaches the server.
  for (const url of requests) expect(url).not.toContain('share=');
  await fresh.close();
});

test('a paste too long for a link shares the lines around the error, and reopens to the same diagnosis', async ({
  page,
  browser,
}) => {
  // A day of gateway log (about 400 KB, past what a link may carry), the failure buried in it.
  const noise: string[] = [];
  for (let index = 0; index < 4000; index += 1) {
    const time = new Date(Date.UTC(2026, 2, 14, 8) + index * 7919).toISOString();
    const conn = ((index * 2654435761) % 4294967296).toString(16).padStart(8, '0');
    noise.push(
      index % 3 === 0
        ? `{"time":"${time}","level":"info","subsystem":"agent","msg":"model call ok","conn":"${conn}","ms":${(index * 37) % 4000}}`
        : `${time} [ws] connected conn=${conn} peer=127.0.0.1:${40000 + ((index * 131) % 20000)} client=webchat`,
    );
  }
  const buried = [
    `export OPENCLAW_GATEWAY_TOKEN=${secrets.gatewayToken}`,
    `Config: /home/${secrets.userName}/.openclaw/openclaw.json`,
    'gateway connect failed: Error: unauthorized: gateway token mismatch (set gateway.remote.token to match gateway.auth.token)',
    '    at GatewayClient.connect (file:///usr/lib/node_modules/openclaw/dist/gateway/client.js:211:15)',
  ];
  const longLog = [...noise.slice(0, 2000), ...buried, ...noise.slice(2000)].join('\n');
  expect(longLog.length).toBeGreaterThan(300_000);

  await page.goto('/');
  await pasteText(page, 'Your error or log', longLog);
  await expect(page.getByTestId('diagnosis-title')).toHaveText('Gateway token mismatch');
  const client = await page.getByTestId('client').innerText();
  await page.getByRole('button', { name: 'Prepare a share link' }).click();

  // The preview says what was left out, and shows exactly that: the lines around the error.
  await expect(page.getByTestId('share-removed')).toContainText(
    'Your paste is long, so only the lines around the error are shared.',
  );
  await expect(page.getByTestId('share-removed')).toContainText('1 token');
  await expect(page.getByTestId('share-removed')).toContainText('1 user name');
  const preview = await page.getByTestId('share-preview').innerText();
  expect(preview).toContain('unauthorized: gateway token mismatch');
  expect(preview).toContain('at GatewayClient.connect');
  expect(preview).toContain('OPENCLAW_GATEWAY_TOKEN=[redacted]');
  expect(preview).toMatch(/… 1\d{3} lines skipped …/);
  expect(preview).not.toContain(noise[0]);
  expect(preview).not.toContain(noise[noise.length - 1]);
  expect(preview.length).toBeLessThan(3000);
  expectNoSecret(preview);
  const link = await page.getByTestId('share-link').inputValue();
  expectNoSecret(decodeURIComponent(link));

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.goto(link);
  await expect(other.getByTestId('share-opened')).toContainText('only the lines around the error were kept');
  await expect(other.getByTestId('diagnosis-title')).toHaveText('Gateway token mismatch');
  await expect(other.getByTestId('client')).toHaveText(client);
  const reopened = await other.getByLabel('Your error or log').inputValue();
  expect(reopened.trim()).toBe(preview.trim());
  await fresh.close();
});

test.describe('a damaged share link gets a clear message', () => {
  let fragment = '';
  test.beforeEach(async ({ page }) => {
    await page.goto('/');
    await page.getByLabel('Your error or log').fill(paste);
    await page.getByRole('button', { name: 'Prepare a share link' }).click();
    const link = await page.getByTestId('share-link').inputValue();
    fragment = link.slice(link.indexOf('#share=') + '#share='.length);
    // A new document: a hash-only navigation would keep the paste already on this page.
    await page.goto('about:blank');
  });

  test('truncated', async ({ page }) => {
    await page.goto(`/#share=${fragment.slice(0, Math.floor(fragment.length * 0.6))}`);
    await expect(page.getByTestId('share-error')).toContainText('incomplete');
    await expect(page.getByTestId('diagnosis')).toHaveCount(0);
  });

  test('tampered', async ({ page }) => {
    const at = fragment.indexOf('.') + 12;
    const tampered = `${fragment.slice(0, at)}${fragment[at] === 'x' ? 'y' : 'x'}${fragment.slice(at + 1)}`;
    await page.goto(`/#share=${tampered}`);
    await expect(page.getByTestId('share-error')).toContainText('changed after it was made');
  });

  test('oversized', async ({ page }) => {
    await page.goto(`/#share=1d9.${'A'.repeat(20_000)}.000000`);
    await expect(page.getByTestId('share-error')).toContainText('too long');
  });
});

test('"Did this fix it?" no: next cause and a redacted issue report, remembered locally', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/');
  await page.getByLabel('Your error or log').fill(paste);
  await expect(page.getByTestId('diagnosis-title')).toHaveText('Gateway token mismatch');
  await page.getByRole('button', { name: 'No', exact: true }).click();
  await expect(page.getByTestId('next-cause')).toBeVisible();
  const report = page.getByTestId('issue-report');
  await expect(report).toContainText('OpenClaw version: 2026.2.15');
  await expect(report).toContainText('`gateway-token-mismatch`');
  await expect(report).toContainText('`openclaw gateway status`');
  await page.getByLabel(/What else did you try/).fill(`Restarted with token ${secrets.gatewayToken}`);
  await expect(report).toContainText('Restarted with token [redacted]');
  expectNoSecret(await report.innerText());
  await page.getByRole('button', { name: 'Copy the issue report' }).click();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toContain('### What I tried');
  expectNoSecret(copied);

  await page.reload();
  await page.getByLabel('Your error or log').fill(paste);
  await expect(page.getByRole('button', { name: 'No', exact: true })).toHaveAttribute('aria-pressed', 'true');
});
