import type { ClipboardEvent } from 'react';

/*
 * A browser lays out every line of a text box: 10 MB in a <textarea> freezes Chromium for
 * seconds, whatever our code does. A large paste is therefore taken from the clipboard event and
 * held outside the box (the worker diagnoses it); the box stays empty, ready for a new paste.
 */

/** Above this a paste is held outside the text box. */
export const heldPasteLength = 128 * 1024;

/** What the text box shows: a large paste is held outside it. */
export function textareaValue(paste: string): string {
  return paste.length > heldPasteLength ? '' : paste;
}

/** onPaste: a large paste replaces the text without going through the text box. */
export function takeLargePaste(event: ClipboardEvent<HTMLTextAreaElement>, setPaste: (text: string) => void): void {
  const text = event.clipboardData.getData('text/plain');
  if (text.length <= heldPasteLength) return;
  event.preventDefault();
  setPaste(text);
}
