import type { Page } from '@playwright/test';

/**
 * Puts text into a field the way a clipboard paste does: the whole value at once, one input
 * event. (`fill` types it in pieces, which takes minutes for a 10 MB log.)
 */
export async function pasteText(page: Page, label: string | RegExp, text: string): Promise<void> {
  await page.getByLabel(label).evaluate((element, value) => {
    if (!(element instanceof HTMLTextAreaElement)) throw new Error('not a textarea');
    const setter = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')?.set;
    setter?.call(element, value);
    element.dispatchEvent(new Event('input', { bubbles: true }));
  }, text);
}
