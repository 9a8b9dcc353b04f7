import type { ExcerptPart } from '../../core/classify/build-excerpt.ts';

/**
 * The user's paste around the match, with the matched text in <mark>. Everything is a React text
 * node: pasted HTML or script stays inert text.
 */
export function HighlightedPaste({ parts, label }: { parts: readonly ExcerptPart[]; label: string }) {
  return (
    <figure>
      <figcaption className="text-sm font-medium text-slate-700 dark:text-slate-300">{label}</figcaption>
      {/* Scrollable, so it takes focus: keyboard users can scroll it too. */}
      <pre
        tabIndex={0}
        aria-label={label}
        className="mt-1 max-h-80 overflow-auto rounded-md border border-slate-300 bg-slate-50 p-3 font-mono text-sm whitespace-pre-wrap break-words text-slate-900 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100"
      >
        {parts.map((part, index) => {
          if (part.kind === 'match') {
            return (
              <mark key={index} className="rounded-sm bg-amber-200 px-0.5 text-slate-950 dark:bg-amber-300">
                {part.text}
              </mark>
            );
          }
          if (part.kind === 'gap') {
            return (
              <span key={index} className="block text-slate-600 italic select-none dark:text-slate-400">
                {`… ${part.skippedLines} line${part.skippedLines === 1 ? '' : 's'} skipped …`}
              </span>
            );
          }
          return <span key={index}>{part.text}</span>;
        })}
      </pre>
    </figure>
  );
}
