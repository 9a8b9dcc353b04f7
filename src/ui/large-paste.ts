import type { ClipboardEvent } from 'react';
import { syncLimit } from './use-diagnosis.ts';

/*
 * A browser lays out every line of a text box: 10 MB in a <textarea> freezes Chromium for
 * seconds, whatever our code does. A large paste is therefore taken from the clipboard event and
 * held outside the box (the worker diagnoses it); the box stays empty, ready for a new paste.
 */

/** What the text box shows: a large paste is held outside it. */
export function textareaValue(paste: string): string {
  return paste.length > syncLimit ? '' : paste;
}

/** onPaste: a large paste replaces the text without going through the text box. */
export function takeLargePaste(event: ClipboardEvent<HTMLTextAreaElement>, setPaste: (text: string) => void): void {
  const text = event.clipboardData.getData('text/plain');
  if (text.length <= syncLimit) return;
  event.preventDefault();
  setPaste(text);
}
