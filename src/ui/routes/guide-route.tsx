import { Link, useParams } from 'react-router';
import type { ErrorClass } from '../../core/error-class-schema.ts';
import { errorClassById } from '../../content/error-classes/index.ts';
import type { RenderedGuide } from '../../content/guides/guide-frontmatter.ts';
import { loadGuide } from '../../content/guides/load-guide.ts';
import { PageMeta } from '../components/page-meta.tsx';
import { TableOfContents } from '../components/table-of-contents.tsx';
import { pageData } from '../page-data.ts';
import { parseGuideSlug, paths } from '../paths.ts';
import { NotFoundRoute } from './not-found-route.tsx';

// Each guide's HTML (rendered from Markdown at build time) is its own chunk, loaded once per slug.
const guideData = pageData(async (slug): Promise<{ guide: RenderedGuide; related: ErrorClass[] } | null> => {
  const guide = parseGuideSlug(slug) === null ? null : await loadGuide(slug);
  if (!guide) return null;
  const related = (guide.related ?? []).flatMap((id) => {
    const errorClass = errorClassById.get(id);
    return errorClass ? [errorClass] : [];
  });
  return { guide, related };
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
  const { guide, related } = data;

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
            {related.map((errorClass) => (
              <li key={errorClass.id}>
                <Link to={paths.fix.href(errorClass.id)}>{errorClass.title}</Link>: {errorClass.summary}
              </li>
            ))}
          </ul>
        )}
      </aside>
    </article>
  );
}
