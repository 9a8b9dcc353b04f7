import { canonicalUrl } from '../site.ts';

/** Title, description and canonical URL of a page (React hoists them into <head>). */
export function PageMeta({ title, description, path }: { title: string; description: string; path: string }) {
  return (
    <>
      <title>{title}</title>
      <meta name="description" content={description} />
      <link rel="canonical" href={canonicalUrl(path)} />
    </>
  );
}
