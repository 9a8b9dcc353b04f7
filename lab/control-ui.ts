/*
 * The real Control UI, served by the gateway, in headless Debian Chromium: open it (optionally with a
 * token in the URL fragment, as `openclaw dashboard` does), read the login card and its "Raw error".
 */
import { chromium, type Browser, type Page } from '@playwright/test';
import { findChromium } from '../scripts/find-chromium.ts';

export async function launchBrowser(extraArgs: string[] = []): Promise<Browser> {
  return chromium.launch({
    executablePath: findChromium() ?? undefined,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      ...extraArgs,
    ],
  });
}

export interface CardReading {
  /** The login card's visible text, or '' when the UI connected (no card). */
  card: string;
  /** The text of the card's "Raw error" disclosure, or ''. */
  raw: string;
  connected: boolean;
}

const gate = 'openclaw-login-gate';

/**
 * Waits (bounded) for the login card to show a failure, or for the app to connect: no login card
 * for 5 s in a row once the app has mounted.
 */
export async function readCard(page: Page, timeoutMs = 60_000): Promise<CardReading> {
  const failure = page.locator(`${gate} details summary`).first();
  const deadline = Date.now() + timeoutMs;
  let noGateSince: number | null = null;
  while (Date.now() < deadline) {
    if (await failure.isVisible().catch(() => false)) {
      await failure.click();
      const raw = (
        await page
          .locator(`${gate} .login-gate__failure-raw`)
          .first()
          .innerText()
          .catch(() => '')
      ).trim();
      const card = (await page.locator(gate).first().innerText()).trim();
      return { card, raw, connected: false };
    }
    const mounted = (await page.locator('openclaw-app').count()) > 0;
    const gateVisible = await page
      .locator(gate)
      .first()
      .isVisible()
      .catch(() => false);
    if (mounted && !gateVisible) {
      noGateSince ??= Date.now();
      if (Date.now() - noGateSince >= 5_000) return { card: '', raw: '', connected: true };
    } else {
      noGateSince = null;
    }
    await page.waitForTimeout(500);
  }
  const card = (
    await page
      .locator(gate)
      .first()
      .innerText()
      .catch(() => '')
  ).trim();
  return { card, raw: '', connected: false };
}

export async function openControlUi(
  browser: Browser,
  url: string,
  locale: string,
): Promise<{ page: Page; close: () => Promise<void> }> {
  const context = await browser.newContext({ locale, extraHTTPHeaders: { 'Accept-Language': locale } });
  const page = await context.newPage();
  await page.goto(url, { timeout: 60_000 });
  return { page, close: () => context.close() };
}

/** Types a secret into the card's "Gateway secret" field and clicks Connect, as a user does. */
export async function pasteSecretAndConnect(page: Page, secret: string): Promise<void> {
  const field = page.locator(`${gate} input[type="password"], ${gate} input[autocomplete*="password"]`).first();
  await field.fill(secret);
  // The card's Connect button is a plain button (2026.9.6: not type=submit, not in a form).
  await page
    .locator(gate)
    .getByRole('button', { name: /^(connect|连接)$/i })
    .first()
    .click();
}
