import type { RenderedGuide } from './guide-frontmatter.ts';

// Each guide's HTML is its own chunk, loaded when its page opens (apart from the list in index.ts).
const loaders = import.meta.glob<RenderedGuide>('./*.md', { query: '?guide', import: 'default' });

/** The rendered guide for a slug, or null when there is none. */
export async function loadGuide(slug: string): Promise<RenderedGuide | null> {
  const load = loaders[`./${slug}.md`];
  return load ? load() : null;
}
