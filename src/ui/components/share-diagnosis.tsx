import { useEffect, useId, useState } from 'react';
import type { Diagnosis } from '../../core/classify/classify-error.ts';
import { redactionKindLabels, type RedactionKind } from '../../core/redact/mask-secrets.ts';
import type { Platform } from '../../core/platforms.ts';
import type { EncodeResult } from '../../core/share-link/share-link-codec.ts';
import { sharePaste, type RedactionCounts } from '../../core/share-link/share-paste.ts';
import { paths } from '../paths.ts';
import { usePlatformChoice } from '../platform-choice.ts';
import { browserShareCompression } from '../share-compression.ts';
import { hrefWithBase } from '../site.ts';
import { CopyButton } from './copy-button.tsx';

interface Prepared {
  readonly paste: string;
  readonly result: EncodeResult;
  readonly url: string;
  readonly removed: string;
  readonly excerpt: boolean;
}

function describeRemoved(counts: RedactionCounts): string {
  const parts = Object.entries(counts).map(([kind, count]) => {
    const label = redactionKindLabels[kind as RedactionKind];
    return `${count} ${label}${count === 1 ? '' : 's'}`;
  });
  return parts.length > 0 ? `Removed before sharing: ${parts.join(', ')}.` : 'No secrets or user names were found.';
}

async function prepare(paste: string, diagnosis: Diagnosis, platform: Platform): Promise<Prepared> {
  const { result, excerpt, removed } = await sharePaste(paste, diagnosis, platform, browserShareCompression());
  const url = result.ok
    ? new URL(hrefWithBase(paths.doctor.shareHref(result.fragment)), window.location.origin).href
    : '';
  return { paste, result, url, excerpt, removed: describeRemoved(removed) };
}

/**
 * "Share this diagnosis": a link that reproduces it elsewhere. The user sees exactly what the link
 * carries (the redacted paste) before copying it.
 */
export default function ShareDiagnosis({ paste, diagnosis }: { paste: string; diagnosis: Diagnosis }) {
  const [open, setOpen] = useState(false);
  const [prepared, setPrepared] = useState<Prepared | null>(null);
  const [platform] = usePlatformChoice();
  const headingId = useId();
  const current = prepared?.paste === paste ? prepared : null;

  useEffect(() => {
    if (!open) return;
    let active = true;
    void prepare(paste, diagnosis, platform).then((next) => {
      if (active) setPrepared(next);
    });
    return () => {
      active = false;
    };
  }, [open, paste, diagnosis, platform]);

  return (
    <section aria-labelledby={headingId} className="mt-6 rounded-lg border border-slate-300 p-4 dark:border-slate-700">
      <h3 id={headingId} className="text-lg font-semibold">
        Share this diagnosis
      </h3>
      <p className="mt-1 max-w-prose text-sm">
        Makes a link that opens this diagnosis on another machine. Your paste travels inside the link, after the{' '}
        <code>#</code> (browsers never send that part to a server), with tokens, passwords, keys and user names removed.
      </p>
      {!open ? (
        <button
          type="button"
          onClick={() => {
            setOpen(true);
          }}
          className="mt-3 rounded-md border border-slate-500 px-3 py-1.5 font-medium"
        >
          Prepare a share link
        </button>
      ) : !current ? (
        <p className="mt-3" role="status">
          Preparing the link…
        </p>
      ) : current.result.ok ? (
        <div className="mt-3 space-y-3">
          <p role="status" data-testid="share-removed">
            {current.removed}
            {current.excerpt && ' Your paste is long, so only the lines around the error are shared.'}
          </p>
          <figure>
            <figcaption className="text-sm font-medium">
              Exactly what the link contains (check it before you share)
            </figcaption>
            <pre
              tabIndex={0}
              aria-label="What the share link contains"
              data-testid="share-preview"
              className="mt-1 max-h-60 overflow-auto rounded-md border border-slate-300 bg-slate-50 p-3 font-mono text-sm break-words whitespace-pre-wrap dark:border-slate-700 dark:bg-slate-900"
            >
              {current.result.redactedPaste}
            </pre>
          </figure>
          <div>
            <label htmlFor={`${headingId}-link`} className="text-sm font-medium">
              Share link ({current.url.length.toLocaleString('en')} characters)
            </label>
            <div className="mt-1 flex items-start gap-2">
              <input
                id={`${headingId}-link`}
                readOnly
                value={current.url}
                data-testid="share-link"
                className="min-w-0 flex-1 rounded-md border border-slate-500 bg-white p-1.5 font-mono text-sm dark:bg-slate-900"
                onFocus={(event) => {
                  event.target.select();
                }}
              />
              <CopyButton text={current.url} label="the share link" />
            </div>
          </div>
        </div>
      ) : (
        <p role="alert" className="mt-3" data-testid="share-too-long">
          {current.result.error.message.replace(/^This share link/, 'The link')} Share the error lines only: paste just
          them into the doctor, then share again.
        </p>
      )}
    </section>
  );
}
