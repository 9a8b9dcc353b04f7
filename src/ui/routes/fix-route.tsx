import { useEffect } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { clientLabels } from '../../core/clients.ts';
import { clientFacts } from '../../core/diagnosis-facts.ts';
import { platformLabels } from '../../core/platforms.ts';
import { FixGuide } from '../components/fix-guide.tsx';
import { PageMeta } from '../components/page-meta.tsx';
import { TableOfContents } from '../components/table-of-contents.tsx';
import { parseFixFacets, paths } from '../paths.ts';
import { setPlatformChoice } from '../platform-choice.ts';
import { fixPages } from 'virtual:page-data/fix-pages';
import { pageData } from '../page-data.ts';
import { NotFoundRoute } from './not-found-route.tsx';

// The class this page shows and its look-alikes' links, built from the catalogue at build time
// (scripts/page-data-plugin.ts): one small chunk per class, never the catalogue.
const fixData = pageData(async (id) => {
  const load = Object.hasOwn(fixPages, id) ? fixPages[id] : undefined;
  return load ? (await load()).default : null;
});

/** Loads the class named in the URL before the first render (see src/ui/lazy-page.tsx). */
export async function preload(params: Readonly<Record<string, string | undefined>>): Promise<void> {
  await fixData.load(params.errorClassId ?? '');
}

// The sections FixGuide renders (ids owned there), plus this page's own.
const sections = [
  { id: 'seen-as', text: 'How it looks', depth: 2 },
  { id: 'what-it-means', text: 'What it means', depth: 2 },
  { id: 'steps', text: 'How to fix it', depth: 2 },
  { id: 'verify', text: 'Check that it worked', depth: 2 },
  { id: 'wrong-page', text: 'Was this the wrong page?', depth: 2 },
] as const;

/** /fix/:errorClassId — the shareable fix guide of one error class. */
export function FixRoute() {
  const { errorClassId = '' } = useParams();
  const [search] = useSearchParams();
  const data = fixData.useData(errorClassId);
  const facets = parseFixFacets(search);

  // A helper's link says which platform to show: it becomes this reader's choice (every tab follows).
  useEffect(() => {
    if (facets.platform) setPlatformChoice(facets.platform);
  }, [facets.platform]);

  if (!data) return <NotFoundRoute unknownFixId={errorClassId} />;
  const { errorClass, lookAlikes } = data;

  return (
    <>
      <PageMeta
        title={`${errorClass.title}: how to fix it — Error Doctor`}
        description={errorClass.summary}
        path={paths.fix.href(errorClass.id)}
      />
      <p className="text-sm">
        <Link to={paths.guides.href()}>Guides</Link> › {errorClass.title}
      </p>
      <h1 className="mt-1 text-3xl font-bold">{errorClass.title}</h1>
      <p className="mt-2 max-w-prose text-lg leading-relaxed">{errorClass.summary}</p>
      {(facets.client ?? facets.platform ?? facets.version) && (
        <ul className="mt-2 text-sm" aria-label="This link is for">
          {facets.client && <li data-testid="facet-client">Ranked for {clientLabels[facets.client]}.</li>}
          {facets.platform && <li data-testid="facet-platform">Commands for {platformLabels[facets.platform]}.</li>}
          {facets.version && <li data-testid="facet-version">For OpenClaw {facets.version}.</li>}
        </ul>
      )}
      <TableOfContents headings={lookAlikes.length > 0 ? sections : sections.slice(0, -1)} />
      <section aria-labelledby="seen-as" className="mt-4">
        <h2 id="seen-as" className="text-xl font-semibold">
          How it looks{' '}
          <a href="#seen-as" className="heading-anchor" aria-label="Link to the section How it looks">
            #
          </a>
        </h2>
        <ul className="mt-2 space-y-1">
          {errorClass.examples.slice(0, 4).map((example) => (
            <li key={example}>
              <code className="font-mono text-sm break-words">{example}</code>
            </li>
          ))}
        </ul>
        <p className="mt-2 text-sm">
          Not sure it is this one? <Link to={paths.doctor.href()}>Paste your exact error into the doctor</Link>.
        </p>
      </section>
      <div className="mt-6">
        <FixGuide errorClass={errorClass} facts={new Set(clientFacts(facets.client ?? null))} />
      </div>
      {lookAlikes.length > 0 && (
        <section aria-labelledby="wrong-page" className="mt-8 border-t border-slate-300 pt-6 dark:border-slate-700">
          <h2 id="wrong-page" className="text-xl font-semibold">
            Was this the wrong page? Check your exact error{' '}
            <a href="#wrong-page" className="heading-anchor" aria-label="Link to the section Was this the wrong page?">
              #
            </a>
          </h2>
          <ul className="mt-2 space-y-3" data-testid="look-alikes">
            {lookAlikes.map((other) => (
              <li key={other.id}>
                <p>
                  If your error says <code className="font-mono text-sm break-words">{other.example}</code>, read{' '}
                  <Link to={paths.fix.href(other.id, facets)}>{other.title}</Link>.
                </p>
                <p className="text-sm text-slate-700 dark:text-slate-300">{other.why}</p>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}

/** The route module's component, for the router's lazy loading. */
export { FixRoute as Component };
