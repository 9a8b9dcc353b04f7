import { Link, useParams } from 'react-router';
import { guidePages } from 'virtual:page-data/guide-pages';
import { PageMeta } from '../components/page-meta.tsx';
import { TableOfContents } from '../components/table-of-contents.tsx';
import { pageData } from '../page-data.ts';
import { parseGuideSlug, paths } from '../paths.ts';
import { NotFoundRoute } from './not-found-route.tsx';

// Each guide's HTML (rendered from Markdown at build time) and the summaries of the fixes it links
// to are its own chunk (scripts/page-data-plugin.ts), loaded once per slug: never the catalogue.
const guideData = pageData(async (slug) => {
  const load = parseGuideSlug(slug) !== null && Object.hasOwn(guidePages, slug) ? guidePages[slug] : undefined;
  return load ? (await load()).default : null;
});

/** Loads the guide named in the URL before the first render (see src/ui/lazy-page.tsx). */
export async function preload(params: Readonly<Record<string, string | undefined>>): Promise<void> {
  await guideData.load(params.slug ?? '');
}

/** A table of contents only where it helps: pages with several sections. */
const tocThreshold = 4;

/** /guides/:slug — one long-form troubleshooting guide. */
export function Component() {
  const data = guideData.useData(useParams().slug ?? '');
  if (!data) return <NotFoundRoute />;
  const { guide, relatedFixes: related } = data;

  return (
    <article>
      <PageMeta
        title={`${guide.title} — Error Doctor`}
        description={guide.description}
        path={paths.guide.href(guide.slug)}
      />
      <p className="text-sm">
        <Link to={paths.guides.href()}>Guides</Link> › {guide.title}
      </p>
      <h1 className="mt-1 text-3xl font-bold">{guide.title}</h1>
      <p className="mt-2 max-w-prose text-lg leading-relaxed">{guide.description}</p>
      {guide.headings.length >= tocThreshold && (
        <TableOfContents headings={guide.headings.filter((heading) => heading.depth === 2)} />
      )}
      {/* Our own Markdown, rendered at build time with raw HTML escaped: never user input. */}
      <div className="guide-prose mt-6 max-w-prose" dangerouslySetInnerHTML={{ __html: guide.html }} />
      <aside aria-labelledby="related-heading" className="mt-8 border-t border-slate-300 pt-4 dark:border-slate-700">
        <h2 id="related-heading" className="text-xl font-semibold">
          Check your exact error
        </h2>
        <p className="mt-2 max-w-prose">
          A guide explains; the doctor diagnoses. <Link to={paths.doctor.href()}>Paste your error into the doctor</Link>{' '}
          to get the fix for your exact message.
        </p>
        {related.length > 0 && (
          <ul className="mt-2 list-disc pl-5">
            {related.map((fix) => (
              <li key={fix.id}>
                <Link to={paths.fix.href(fix.id)}>{fix.title}</Link>: {fix.summary}
              </li>
            ))}
          </ul>
        )}
      </aside>
    </article>
  );
}
