/** "On this page": links to the sections of a long page. */
export function TableOfContents({ headings }: { headings: readonly { id: string; text: string; depth: number }[] }) {
  return (
    <nav aria-labelledby="toc-heading" className="mt-4 rounded-md border border-slate-300 p-3 dark:border-slate-700">
      <h2 id="toc-heading" className="text-sm font-semibold tracking-wide text-slate-700 uppercase dark:text-slate-300">
        On this page
      </h2>
      {/* Each link a full 24 px tall (WCAG 2.2 target size): text-sm lines are 20 px, inline links only 16. */}
      <ul className="mt-1 text-sm">
        {headings.map((heading) => (
          <li key={heading.id} className={heading.depth > 2 ? 'pl-4' : ''}>
            <a className="inline-block py-0.5" href={`#${heading.id}`}>
              {heading.text}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
