import type { Page } from '@playwright/test';

/** A large paste built inside the page (sending 50 MB over the wire to the browser is slow). */
export interface PasteRecipe {
  readonly repeat: string;
  readonly times: number;
  /** Put in the middle of the repeated text. */
  readonly middle?: string;
}

/**
 * Pastes text into a field the way a user's Ctrl+V does: a `paste` event carrying the clipboard
 * text; when the page does not take it itself, the text lands in the box with one input event
 * (what the browser does by default). `fill` types in pieces and takes minutes for 10 MB.
 */
export async function pasteText(page: Page, label: string | RegExp, text: string | PasteRecipe): Promise<void> {
  await page.getByLabel(label).evaluate((element, value) => {
    if (!(element instanceof HTMLTextAreaElement)) throw new Error('not a textarea');
    let text: string;
    if (typeof value === 'string') {
      text = value;
    } else {
      const half = value.repeat.repeat(Math.floor(value.times / 2));
      text = half + (value.middle ?? '') + value.repeat.repeat(value.times - Math.floor(value.times / 2));
    }
    const clipboardData = new DataTransfer();
    clipboardData.setData('text/plain', text);
    const event = new ClipboardEvent('paste', { clipboardData, bubbles: true, cancelable: true });
    if (!element.dispatchEvent(event)) return;
    // React tracks the value it last set: go through the native setter so it sees a change.
    const descriptor = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value');
    descriptor?.set?.call(element, text);
    element.dispatchEvent(new Event('input', { bubbles: true }));
  }, text);
}
