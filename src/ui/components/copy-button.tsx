import { useState } from 'react';

type CopyState = 'idle' | 'copied' | 'failed';

/** Copies a command to the clipboard and says so where screen readers hear it. */
export function CopyButton({ text, label }: { text: string; label: string }) {
  const [state, setState] = useState<CopyState>('idle');

  async function copy(): Promise<void> {
    try {
      await navigator.clipboard.writeText(text);
      setState('copied');
    } catch {
      // Clipboard blocked (insecure context, permissions): the command stays selectable.
      setState('failed');
    }
    window.setTimeout(() => {
      setState('idle');
    }, 2000);
  }

  return (
    <>
      <button
        type="button"
        onClick={() => void copy()}
        className="shrink-0 rounded-md border border-slate-400 bg-white px-2.5 py-1 text-sm font-medium text-slate-800 hover:bg-slate-100 dark:border-slate-500 dark:bg-slate-800 dark:text-slate-100 dark:hover:bg-slate-700"
        aria-label={`Copy ${label}`}
      >
        {state === 'copied' ? 'Copied' : 'Copy'}
      </button>
      <span role="status" className="sr-only">
        {state === 'copied'
          ? 'Copied to the clipboard'
          : state === 'failed'
            ? 'Copy failed: select the text and copy it'
            : ''}
      </span>
    </>
  );
}
