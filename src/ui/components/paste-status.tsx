import { formatSize } from '../../core/classify/paste-notices.ts';
import { heldPasteLength } from '../large-paste.ts';
import { cancelPasteWork, retryPasteWork, usePasteWork } from '../use-diagnosis.ts';

const buttonClass =
  'rounded-md border border-slate-500 bg-white px-3 py-1 text-sm font-medium text-slate-900 hover:bg-slate-100 dark:bg-slate-800 dark:text-slate-100 dark:hover:bg-slate-700';

/**
 * Under the paste field: the progress of a large paste's diagnosis with a Cancel button, and
 * plain-words notices about odd input (binary data, broken characters, giant lines).
 */
export function PasteStatus({ paste, onClear }: { paste: string; onClear: () => void }) {
  const { work, notices } = usePasteWork(paste);
  return (
    <div className="mt-2 space-y-2 text-sm" data-testid="paste-status">
      {paste.length > heldPasteLength && (
        <p className="flex flex-wrap items-center gap-3" data-testid="held-paste">
          Your {formatSize(paste.length)} paste is held outside the text box, so the page stays responsive. Paste again
          to replace it.
          <button type="button" className={buttonClass} onClick={onClear}>
            Clear it
          </button>
        </p>
      )}
      {work.kind === 'working' && (
        <div className="flex flex-wrap items-center gap-3">
          <label htmlFor="paste-progress">Diagnosing {formatSize(work.length)} in the background…</label>
          <progress
            id="paste-progress"
            max={work.total}
            value={work.done}
            className="h-2 w-40 accent-sky-700"
            aria-valuetext={`${Math.floor((100 * work.done) / Math.max(1, work.total))}%`}
          />
          <button type="button" className={buttonClass} onClick={cancelPasteWork}>
            Cancel
          </button>
        </div>
      )}
      {work.kind === 'cancelled' && (
        <p role="status" className="flex flex-wrap items-center gap-3">
          Diagnosis cancelled. Your {formatSize(work.length)} paste is still here.
          <button type="button" className={buttonClass} onClick={retryPasteWork}>
            Diagnose it
          </button>
        </p>
      )}
      {work.kind === 'failed' && (
        <p role="alert" className="flex flex-wrap items-center gap-3">
          The diagnosis stopped: {work.message}. Try pasting only the lines around the error.
          <button type="button" className={buttonClass} onClick={retryPasteWork}>
            Try again
          </button>
        </p>
      )}
      {notices.length > 0 && (
        <ul aria-label="About your paste" className="list-disc space-y-1 pl-5 text-slate-800 dark:text-slate-200">
          {notices.map((notice) => (
            <li key={notice.kind} data-notice={notice.kind}>
              {notice.message}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
