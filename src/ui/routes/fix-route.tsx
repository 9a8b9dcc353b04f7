import { Link, useParams, useSearchParams } from 'react-router';
import { clientLabels } from '../../core/clients.ts';
import { clientFacts } from '../../core/diagnosis-facts.ts';
import { errorClassById } from '../../content/error-classes/index.ts';
import { FixGuide } from '../components/fix-guide.tsx';
import { parseFixFacets, paths } from '../paths.ts';
import { NotFoundRoute } from './not-found-route.tsx';

/** /fix/:errorClassId — the shareable fix guide of one error class. */
export function FixRoute() {
  const { errorClassId = '' } = useParams();
  const [search] = useSearchParams();
  const errorClass = errorClassById.get(errorClassId);
  if (!errorClass) return <NotFoundRoute unknownFixId={errorClassId} />;
  const facets = parseFixFacets(search);

  return (
    <>
      <title>{`${errorClass.title}: how to fix it — Error Doctor`}</title>
      <meta name="description" content={errorClass.summary} />
      <p className="text-sm">
        <Link to={paths.guides.href()}>Fix guides</Link> › {errorClass.title}
      </p>
      <h1 className="mt-1 text-3xl font-bold">{errorClass.title}</h1>
      <p className="mt-2 max-w-prose text-lg leading-relaxed">{errorClass.summary}</p>
      {facets.client && (
        <p className="mt-2 text-sm" data-testid="facet-client">
          Ranked for {clientLabels[facets.client]}.
        </p>
      )}
      <section aria-labelledby="seen-as" className="mt-4">
        <h2 id="seen-as" className="text-xl font-semibold">
          How it looks
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
    </>
  );
}
