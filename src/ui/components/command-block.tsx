import { CopyButton } from './copy-button.tsx';

/** A command to run, shown as text (never HTML) with a copy button. Long lines wrap: no scroll trap. */
export function CommandBlock({ command, label }: { command: string; label: string }) {
  return (
    <div className="mt-2 flex items-start gap-2 rounded-md bg-slate-100 p-2 dark:bg-slate-900">
      <pre className="min-w-0 flex-1 font-mono text-sm break-all whitespace-pre-wrap text-slate-900 dark:text-slate-100">
        <code>{command}</code>
      </pre>
      <CopyButton text={command} label={label} />
    </div>
  );
}
