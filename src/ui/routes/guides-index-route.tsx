import { useEffect, useId, useMemo } from 'react';
import { Link, useSearchParams } from 'react-router';
import library from 'virtual:page-data/library';
import { mayBeErrorText, searchLibrary, type IndexedEntry } from '../../core/search/search-library.ts';
import { PageMeta } from '../components/page-meta.tsx';
import { lazyValue } from '../lazy-value.ts';
import { paths } from '../paths.ts';
import { useHydrated } from '../use-hydrated.ts';

/*
 * The page shows build-time lists (scripts/page-data-plugin.ts), not the catalogue. The search's
 * word index is its own chunk, loaded when a search starts; the matcher and the catalogue load
 * only for a query that may be a pasted error, to recognise which class it is.
 */
const searchIndex = lazyValue(() => import('virtual:page-data/search-index').then((module) => module.default));
const matcher = lazyValue(async () => {
  const [{ classifyError }, { catalogue }] = await Promise.all([
    import('../../core/classify/classify-error.ts'),
    import('../../content/error-classes/index.ts'),
  ]);
  // Bounded: a search box, not a log. A nearest-known answer leads too, as on the doctor, but is
  // labelled as the guess it is.
  return (query: string): { ids: string[]; nearestId: string | null } => {
    const { findings } = classifyError(query.slice(0, 20_000), catalogue);
    const nearestId = findings[0]?.certainty === 'nearest' ? findings[0].id : null;
    return { ids: findings.map((finding) => finding.id), nearestId };
  };
});

function ignoreFailure(): void {
  // Offline on a first visit: the search stays on "Searching…"; the next keystroke tries again.
}

function entryHref(entry: IndexedEntry): string {
  return entry.kind === 'guide' ? paths.guide.href(entry.id) : paths.fix.href(entry.id);
}

/** /guides — the long-form guides and every fix guide, with an offline search. */
export function Component() {
  const [searchParams, setSearchParams] = useSearchParams();
  const query = searchParams.get('q') ?? '';
  const searchId = useId();
  const hydrated = useHydrated();
  const searching = query.trim() !== '';
  const needsMatcher = searching && mayBeErrorText(query);
  const index = searchIndex.useValue();
  const recognise = matcher.useValue();
  useEffect(() => {
    if (searching) searchIndex.load().catch(ignoreFailure);
    if (needsMatcher) matcher.load().catch(ignoreFailure);
  }, [searching, needsMatcher, query]);
  const recognition = useMemo(
    () => (needsMatcher && recognise ? recognise(query) : { ids: [], nearestId: null }),
    [needsMatcher, recognise, query],
  );
  const nearestId = recognition.nearestId;
  const hits = useMemo(() => {
    if (!searching || !index) return null;
    // A pasted error fragment: the matcher says which class it is.
    return searchLibrary(index, query, recognition.ids);
  }, [searching, index, query, recognition]);
  // Until the matcher has read a pasted error, "nothing found" would be premature.
  const recognising = needsMatcher && !recognise;

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
          onFocus={() => {
            searchIndex.load().catch(ignoreFailure);
          }}
          onChange={(event) => {
            const next = event.target.value;
            setSearchParams(next ? { q: next } : {}, { replace: true, preventScrollReset: true });
          }}
          autoComplete="off"
          spellCheck={false}
          className="mt-1 block w-full rounded-md border border-slate-500 bg-white p-2 text-slate-900 dark:bg-slate-900 dark:text-slate-100"
        />
      </search>

      {searching ? (
        <section aria-labelledby="results-heading" className="mt-6">
          <h2 id="results-heading" className="text-xl font-semibold">
            Results
          </h2>
          <p role="status" className="mt-1 text-sm text-slate-700 dark:text-slate-300" data-testid="search-status">
            {!hits || (hits.length === 0 && recognising)
              ? 'Searching…'
              : hits.length === 0
                ? 'Nothing found. Try fewer words, or paste the error into the doctor.'
                : `${hits.length} ${hits.length === 1 ? 'page' : 'pages'} found.`}
          </p>
          <ul className="mt-3 space-y-3" data-testid="search-results">
            {(hits ?? []).map(({ entry, recognised }) => (
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
              {library.guides.map((guide) => (
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
              {library.fixes.map((fix) => (
                <li key={fix.id}>
                  <Link to={paths.fix.href(fix.id)} className="text-lg font-semibold">
                    {fix.title}
                  </Link>
                  <p className="max-w-prose">{fix.summary}</p>
                  <code className="font-mono text-sm break-words text-slate-700 dark:text-slate-300">
                    {fix.example}
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
