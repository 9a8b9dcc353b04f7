import { expect, test, type Page } from '@playwright/test';
import { pasteText } from './paste-text.ts';

/*
 * Whatever is pasted, the page answers with a clear message and stays usable: huge logs, binary
 * garbage, broken characters, giant lines, HTML and script, absurd configs, broken storage, a
 * route that throws.
 */

const errorLine = 'disconnected (1008): unauthorized: gateway token mismatch\n';
const logLine = '2026-03-02T21:40:11.955Z [gateway/ws] heartbeat ok conn=c81f peer=172.18.0.1:40112\n';
const fiftyMegabytes = { repeat: logLine, times: Math.ceil((50 * 1024 * 1024) / logLine.length), middle: errorLine };

async function stillUsable(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Clear it' }).click();
  await expect(page.getByTestId('held-paste')).toHaveCount(0);
  await pasteText(page, 'Your error or log', 'unauthorized: gateway token missing');
  await expect(page.getByTestId('diagnosis-title')).toHaveText('Gateway token missing');
}

test('a 50 MB log: diagnosed in the background with progress, then the page works as before', async ({ page }) => {
  test.setTimeout(90_000);
  await page.goto('/');
  await pasteText(page, 'Your error or log', fiftyMegabytes);
  await expect(page.getByTestId('held-paste')).toContainText('Your 50.0 MB paste is held outside the text box');
  await expect(page.getByTestId('diagnosis-title')).toHaveText('Gateway token mismatch', { timeout: 60_000 });
  await expect(page.locator('mark').first()).toHaveText('unauthorized: gateway token mismatch');
  await expect(page.getByLabel('About your paste')).toContainText('Large paste (50.0 MB)');
  await expect(page.getByLabel('Your error or log')).toHaveValue('');
  await stillUsable(page);
});

test('a large paste can be cancelled while it is diagnosed, and diagnosed again', async ({ page }) => {
  test.setTimeout(90_000);
  await page.goto('/');
  await pasteText(page, 'Your error or log', 'unauthorized: gateway token missing');
  await expect(page.getByTestId('diagnosis-title')).toHaveText('Gateway token missing');
  // Paste and press Cancel in one go: the worker gets no time to finish first.
  const cancelled = await page.getByLabel('Your error or log').evaluate(async (element, recipe) => {
    const text = recipe.repeat.repeat(recipe.times) + recipe.middle;
    const clipboardData = new DataTransfer();
    clipboardData.setData('text/plain', text);
    element.dispatchEvent(new ClipboardEvent('paste', { clipboardData, bubbles: true, cancelable: true }));
    for (let turn = 0; turn < 100; turn += 1) {
      const cancel = [...document.querySelectorAll('button')].find((button) => button.textContent === 'Cancel');
      if (cancel) {
        cancel.click();
        return true;
      }
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
    return false;
  }, fiftyMegabytes);
  expect(cancelled).toBe(true);
  await expect(page.getByText('Diagnosis cancelled. Your 50.0 MB paste is still here.')).toBeVisible();
  await expect(page.getByRole('progressbar')).toHaveCount(0);
  // The old answer is gone: it belonged to the text that was replaced.
  await expect(page.getByTestId('diagnosis-title')).toHaveCount(0);
  await page.getByRole('button', { name: 'Diagnose it' }).click();
  await expect(page.getByTestId('diagnosis-title')).toHaveText('Gateway token mismatch', { timeout: 60_000 });
});

test('binary garbage: says it looks like binary data, not text', async ({ page }) => {
  await page.goto('/');
  await page.getByLabel('Your error or log').evaluate((element) => {
    let garbage = '';
    for (let index = 0; index < 20_000; index += 1) garbage += String.fromCharCode((index * 7919) % 256);
    const descriptor = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value');
    descriptor?.set?.call(element, garbage);
    element.dispatchEvent(new Event('input', { bubbles: true }));
  });
  await expect(page.getByLabel('About your paste')).toContainText('This looks like binary data, not text');
  await expect(page.getByTestId('not-recognised')).toBeVisible();
});

test('invalid UTF-16 (lone surrogates): points at the broken character and still diagnoses', async ({ page }) => {
  await page.goto('/');
  await page.getByLabel('Your error or log').evaluate((element) => {
    const text = `log start ${String.fromCharCode(0xd800)}\nunauthorized: gateway token missing ${String.fromCharCode(0xdc00)}`;
    const descriptor = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value');
    descriptor?.set?.call(element, text);
    element.dispatchEvent(new Event('input', { bubbles: true }));
  });
  await expect(page.getByLabel('About your paste')).toContainText('broken character (invalid UTF-16) at line 1');
  await expect(page.getByTestId('diagnosis-title')).toHaveText('Gateway token missing');
});

test('one 5 MB line: the match is found and shown cut to the text around it', async ({ page }) => {
  await page.goto('/');
  await pasteText(page, 'Your error or log', {
    repeat: 'x'.repeat(1024),
    times: 5 * 1024,
    middle: ' unauthorized: gateway token mismatch ',
  });
  await expect(page.getByTestId('diagnosis-title')).toHaveText('Gateway token mismatch', { timeout: 30_000 });
  await expect(page.getByLabel('About your paste')).toContainText('One line is 5.0 MB long');
  const excerpt = await page.locator('figure pre').first().innerText();
  expect(excerpt).toContain('unauthorized: gateway token mismatch');
  expect(excerpt.length).toBeLessThan(5_000);
  await stillUsable(page);
});

test('a million short lines: diagnosed, with the line count', async ({ page }) => {
  await page.goto('/');
  await pasteText(page, 'Your error or log', { repeat: 'ok\n', times: 1_000_000, middle: errorLine });
  await expect(page.getByTestId('diagnosis-title')).toHaveText('Gateway token mismatch', { timeout: 30_000 });
  await expect(page.getByLabel('About your paste')).toContainText('1,000,002 lines');
  await stillUsable(page);
});

test('<script>, javascript: links and HTML in the paste and the config stay inert text', async ({ page }) => {
  const attacks = [
    '<script>window.pwned = "script"</script>',
    '<img src=x onerror="window.pwned = \'img\'">',
    '<a href="javascript:window.pwned=\'link\'">click</a>',
    '<svg onload="window.pwned = \'svg\'"></svg>',
    '<iframe srcdoc="<script>parent.pwned=1</script>"></iframe>',
  ].join(' ');
  await page.goto('/');
  await pasteText(page, 'Your error or log', `${attacks}\nunauthorized: gateway token mismatch ${attacks}`);
  await pasteText(
    page,
    /Your openclaw.json/,
    `{ gateway: { mode: "<script>window.pwned='mode'</script>", auth: { token: "<img src=x onerror=window.pwned=1>" } } }`,
  );
  await expect(page.getByTestId('diagnosis-title')).toHaveText('Gateway token mismatch');
  await expect(page.getByTestId('config-summary')).toBeVisible();
  await expect(page.locator('figure pre').first()).toContainText('<script>window.pwned = "script"</script>');
  await page.waitForTimeout(300);
  expect(await page.evaluate(() => (window as unknown as { pwned?: unknown }).pwned)).toBeUndefined();
  const injected = await page.evaluate(
    () =>
      document.querySelectorAll('main script, main img, main iframe, main svg[onload], a[href^="javascript:"]').length,
  );
  expect(injected).toBe(0);
});

/** After a refused config, the field still works: a real config pasted over it is read. */
async function configStillUsable(page: Page): Promise<void> {
  await pasteText(page, /Your openclaw.json/, '{ gateway: { mode: "remote", auth: { token: "abc" } } }');
  await expect(page.getByTestId('config-error')).toHaveCount(0);
  await expect(page.getByTestId('config-summary')).toContainText('gateway.remote.token is not set');
}

test('a 20 MB config gets a clear message, the diagnosis stays, and the next config is read', async ({ page }) => {
  test.setTimeout(90_000);
  await page.goto('/');
  await pasteText(page, 'Your error or log', errorLine);
  await pasteText(page, /Your openclaw.json/, {
    repeat: '// padding padding padding padding padding padding padding padding\n',
    times: 300_000,
    middle: '{ gateway: {} }',
  });
  await expect(page.getByTestId('config-error')).toContainText('an openclaw.json is a few thousand', {
    timeout: 60_000,
  });
  await expect(page.getByTestId('diagnosis-title')).toHaveText('Gateway token mismatch');
  await configStillUsable(page);
  await expect(page.getByTestId('diagnosis-title')).toHaveText('Gateway token mismatch');
});

for (const [shape, config, where] of [
  ['braces', `${'{a:'.repeat(100_000)}1${'}'.repeat(100_000)}`, 'the { at line 1, column 193'],
  ['brackets', `{ gateway: {}, list: ${'['.repeat(100_000)}${']'.repeat(100_000)} }`, 'the [ at line 1, column 85'],
  ['mixed', `{\n  gateway: ${'{ a: ['.repeat(50_000)}1${']}'.repeat(50_000)}\n}`, 'the [ at line 2, column 203'],
] as const) {
  test(`a config nested 100 000 levels deep (${shape}) gets a clear message, and the page stays usable`, async ({
    page,
  }) => {
    await page.goto('/');
    await pasteText(page, 'Your error or log', errorLine);
    await pasteText(page, /Your openclaw.json/, config);
    const message = page.getByTestId('config-error');
    await expect(message).toContainText(`nested more than 64 levels deep: ${where} opens level 65`);
    await expect(message).toContainText('Paste only ~/.openclaw/openclaw.json, or remove the extra brackets.');
    await expect(message.locator('pre')).toContainText('^');
    await expect(page.getByTestId('diagnosis-title')).toHaveText('Gateway token mismatch');
    await configStillUsable(page);
    await pasteText(page, 'Your error or log', 'unauthorized: gateway token missing');
    await expect(page.getByTestId('diagnosis-title')).toHaveText('Gateway token missing');
  });
}

test('unknown routes and fix ids show the not-found page with a way back', async ({ page }) => {
  for (const path of ['/fix/no-such-error', '/fix/%3Cscript%3E', '/definitely/not/here?x=<b>']) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
    await expect(page.getByRole('link', { name: 'Paste your error into the doctor' })).toBeVisible();
  }
  await page.getByRole('link', { name: 'Paste your error into the doctor' }).click();
  await expect(page.getByLabel('Your error or log')).toBeVisible();
});

for (const [name, breakStorage] of [
  [
    'full',
    () => {
      Storage.prototype.setItem = () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    },
  ],
  [
    'disabled',
    () => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('Access is denied for this document.', 'SecurityError');
        },
      });
    },
  ],
] as const) {
  test(`local storage ${name}: the platform choice still works for the page`, async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.addInitScript(breakStorage);
    await page.goto('/');
    await pasteText(page, 'Your error or log', errorLine);
    await expect(page.getByTestId('diagnosis-title')).toHaveText('Gateway token mismatch');
    await page.getByText('Windows PowerShell').first().click();
    await expect(page.getByRole('radio', { name: 'Windows PowerShell' }).first()).toBeChecked();
    await page.getByTestId('permalink').click();
    await expect(page.getByRole('radio', { name: 'Windows PowerShell' }).first()).toBeChecked();
    expect(errors).toEqual([]);
  });
}

test('a route that throws shows the error boundary with a way back, and the app recovers', async ({ page }) => {
  // Force a failure inside the fix route only: reading its ?client= facet throws.
  await page.addInitScript(() => {
    const get = Object.getOwnPropertyDescriptor(URLSearchParams.prototype, 'get')?.value as (
      this: URLSearchParams,
      name: string,
    ) => string | null;
    URLSearchParams.prototype.get = function (this: URLSearchParams, name: string) {
      if (name === 'client' && get.call(this, 'boom') === '1') throw new Error('forced failure for the test');
      return get.call(this, name);
    };
  });
  await page.goto('/fix/gateway-token-mismatch?client=cli&boom=1');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Something went wrong on this page');
  await expect(page.getByText('Nothing you pasted was sent anywhere.')).toBeVisible();
  await page.getByRole('link', { name: 'Go back to the doctor' }).click();
  await expect(page.getByLabel('Your error or log')).toBeVisible();
  await pasteText(page, 'Your error or log', errorLine);
  await expect(page.getByTestId('diagnosis-title')).toHaveText('Gateway token mismatch');
});
