import { useId, useMemo } from 'react';
import { Link, useSearchParams } from 'react-router';
import { classifyError } from '../../core/classify/classify-error.ts';
import type { ErrorClass } from '../../core/error-class-schema.ts';
import { indexLibrary, searchLibrary, type LibraryEntry } from '../../core/search/search-library.ts';
import { catalogue, errorClasses } from '../../content/error-classes/index.ts';
import { guideSummaries } from '../../content/guides/index.ts';
import { PageMeta } from '../components/page-meta.tsx';
import { paths } from '../paths.ts';
import { useHydrated } from '../use-hydrated.ts';

function fixEntry(errorClass: ErrorClass): LibraryEntry {
  return {
    kind: 'fix',
    id: errorClass.id,
    title: errorClass.title,
    description: errorClass.summary,
    headings: errorClass.causes.map((cause) => cause.title),
    keywords: errorClass.signatures.map((signature) => signature.phrase),
    text: [...errorClass.explanation, ...errorClass.examples].join(' '),
    classIds: [errorClass.id],
  };
}

const library = indexLibrary([
  ...guideSummaries.map((guide): LibraryEntry => ({
    kind: 'guide',
    id: guide.slug,
    title: guide.title,
    description: guide.description,
    headings: guide.headings.map((heading) => heading.text),
    keywords: guide.keywords ?? [],
    text: guide.text,
    classIds: guide.related ?? [],
  })),
  ...errorClasses.map(fixEntry),
]);

function entryHref(entry: LibraryEntry): string {
  return entry.kind === 'guide' ? paths.guide.href(entry.id) : paths.fix.href(entry.id);
}

/** /guides — the long-form guides and every fix guide, with an offline search. */
export function Component() {
  const [searchParams, setSearchParams] = useSearchParams();
  const query = searchParams.get('q') ?? '';
  const searchId = useId();
  const hydrated = useHydrated();
  const { hits, nearestId } = useMemo(() => {
    if (query.trim() === '') return { hits: null, nearestId: null };
    // A pasted error fragment: the matcher says which class it is (bounded: a search box, not a log).
    // A nearest-known answer leads too, as on the doctor, but is labelled as the guess it is.
    const { findings } = classifyError(query.slice(0, 20_000), catalogue);
    const recognised = findings.map((finding) => finding.id);
    const nearest = findings[0]?.certainty === 'nearest' ? findings[0].id : null;
    return { hits: searchLibrary(library, query, recognised), nearestId: nearest };
  }, [query]);

  return (
    <>
      <PageMeta
        title="Guides and fix guides — Error Doctor"
        description="Troubleshooting guides for OpenClaw gateway connections (auth, config, Docker, Windows, upgrades, logs, remote gateways) and a fix guide for every error Error Doctor knows."
        path={paths.guides.href()}
      />
      <h1 className="text-3xl font-bold">Guides</h1>
      <p className="mt-2 max-w-prose">
        Long-form guides on how the OpenClaw gateway connects and fails, and one fix guide per error. Not sure which
        error you have? <Link to={paths.doctor.href()}>Paste it into the doctor</Link>.
      </p>

      <search className="mt-6 block max-w-2xl">
        <label htmlFor={searchId} className="font-semibold">
          Search guides and fixes
        </label>
        <p id={`${searchId}-help`} className="text-sm text-slate-700 dark:text-slate-300">
          Any words, or a piece of your error message. Works offline.
        </p>
        <input
          id={searchId}
          type="search"
          disabled={!hydrated}
          aria-describedby={`${searchId}-help`}
          value={query}
          onChange={(event) => {
            const next = event.target.value;
            setSearchParams(next ? { q: next } : {}, { replace: true, preventScrollReset: true });
          }}
          autoComplete="off"
          spellCheck={false}
          className="mt-1 block w-full rounded-md border border-slate-500 bg-white p-2 text-slate-900 dark:bg-slate-900 dark:text-slate-100"
        />
      </search>

      {hits ? (
        <section aria-labelledby="results-heading" className="mt-6">
          <h2 id="results-heading" className="text-xl font-semibold">
            Results
          </h2>
          <p role="status" className="mt-1 text-sm text-slate-700 dark:text-slate-300" data-testid="search-status">
            {hits.length === 0
              ? 'Nothing found. Try fewer words, or paste the error into the doctor.'
              : `${hits.length} ${hits.length === 1 ? 'page' : 'pages'} found.`}
          </p>
          <ul className="mt-3 space-y-3" data-testid="search-results">
            {hits.map(({ entry, recognised }) => (
              <li key={`${entry.kind}:${entry.id}`}>
                <Link to={entryHref(entry)} className="text-lg font-semibold">
                  {entry.title}
                </Link>{' '}
                <span className="text-sm text-slate-700 dark:text-slate-300">
                  ({entry.kind === 'guide' ? 'guide' : 'fix guide'}
                  {recognised && entry.kind === 'fix'
                    ? entry.id === nearestId
                      ? ', closest known error, not an exact match'
                      : ', matches your error'
                    : ''}
                  )
                </span>
                <p className="max-w-prose">{entry.description}</p>
              </li>
            ))}
          </ul>
        </section>
      ) : (
        <>
          <section aria-labelledby="guides-heading" className="mt-8">
            <h2 id="guides-heading" className="text-2xl font-semibold">
              Troubleshooting guides
            </h2>
            <ul className="mt-3 space-y-4">
              {guideSummaries.map((guide) => (
                <li key={guide.slug}>
                  <Link to={paths.guide.href(guide.slug)} className="text-lg font-semibold">
                    {guide.title}
                  </Link>
                  <p className="max-w-prose">{guide.description}</p>
                </li>
              ))}
            </ul>
          </section>
          <section aria-labelledby="fixes-heading" className="mt-8">
            <h2 id="fixes-heading" className="text-2xl font-semibold">
              Fix guides
            </h2>
            <p className="mt-1 max-w-prose">
              One per error OpenClaw prints when a client cannot connect to the gateway.
            </p>
            <ul className="mt-3 space-y-4">
              {errorClasses.map((errorClass) => (
                <li key={errorClass.id}>
                  <Link to={paths.fix.href(errorClass.id)} className="text-lg font-semibold">
                    {errorClass.title}
                  </Link>
                  <p className="max-w-prose">{errorClass.summary}</p>
                  <code className="font-mono text-sm break-words text-slate-700 dark:text-slate-300">
                    {errorClass.examples[0]}
                  </code>
                </li>
              ))}
            </ul>
          </section>
        </>
      )}
    </>
  );
}
