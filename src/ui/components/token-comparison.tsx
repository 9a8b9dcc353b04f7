import { lazy, Suspense, useId, useState } from 'react';

// The form and its hashing code load when the section is first opened, not with the page.
const TokenComparisonForm = lazy(() =>
  import('./token-comparison-form.tsx').then((module) => ({ default: module.TokenComparisonForm })),
);

/** "Compare tokens across machines": a closed section until the user opens it. */
export function TokenComparison() {
  const headingId = useId();
  // Once opened, the form stays mounted (closing the section keeps what was typed).
  const [opened, setOpened] = useState(false);
  return (
    <section aria-labelledby={headingId} className="mt-8 border-t border-slate-300 pt-6 dark:border-slate-700">
      <details
        onToggle={(event) => {
          if (event.currentTarget.open) setOpened(true);
        }}
      >
        <summary className="cursor-pointer">
          <h2 id={headingId} className="inline text-xl font-semibold">
            Compare tokens across machines
          </h2>
        </summary>
        {opened && (
          <Suspense fallback={<p className="mt-2">Loading…</p>}>
            <TokenComparisonForm />
          </Suspense>
        )}
      </details>
    </section>
  );
}
