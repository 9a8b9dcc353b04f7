import { useEffect, useState } from 'react';
import { useLocation } from 'react-router';
import type { ShareLinkError } from '../../core/share-link/share-link-codec.ts';
import { readShareFragment } from '../paths.ts';
import { setPlatformChoice } from '../platform-choice.ts';

type OpenState =
  | { readonly status: 'opened'; readonly excerpt: boolean }
  | { readonly status: 'failed'; readonly error: ShareLinkError };

/**
 * Opens a shared diagnosis: reads `#share=…` from the address (the fragment never reached a
 * server), validates and unpacks it, and puts the paste into the doctor. A truncated, altered or
 * oversized link gets a clear message instead.
 */
export function SharedPasteOpener({ onOpen }: { onOpen: (paste: string) => void }) {
  const { hash } = useLocation();
  const fragment = readShareFragment(hash);
  const [state, setState] = useState<(OpenState & { fragment: string }) | null>(null);

  useEffect(() => {
    if (fragment === null) return;
    let active = true;
    void Promise.all([import('../../core/share-link/share-link-codec.ts'), import('../share-compression.ts')]).then(
      async ([codec, { browserShareCompression }]) => {
        const decoded = await codec.decodeShareFragment(fragment, browserShareCompression());
        if (!active) return;
        if (decoded.ok) {
          onOpen(decoded.payload.paste);
          if (decoded.payload.platform) setPlatformChoice(decoded.payload.platform);
          setState({ status: 'opened', excerpt: decoded.payload.excerpt ?? false, fragment });
        } else {
          setState({ status: 'failed', error: decoded.error, fragment });
        }
      },
    );
    return () => {
      active = false;
    };
  }, [fragment, onOpen]);

  if (fragment === null || state?.fragment !== fragment) return null;
  if (state.status === 'failed') {
    return (
      <div
        role="alert"
        data-testid="share-error"
        className="mt-4 rounded-md border-l-4 border-red-700 bg-red-50 p-3 dark:bg-red-950"
      >
        <p className="font-semibold">This share link cannot be opened</p>
        <p className="mt-1">{state.error.message}</p>
      </div>
    );
  }
  return (
    <p
      role="status"
      data-testid="share-opened"
      className="mt-4 rounded-md border-l-4 border-blue-700 bg-blue-50 p-3 dark:bg-blue-950"
    >
      This diagnosis was shared with you. Tokens, passwords and user names were removed before it was shared
      {state.excerpt ? ', and only the lines around the error were kept' : ''}.
    </p>
  );
}
