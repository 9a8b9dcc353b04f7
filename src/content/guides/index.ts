import type { GuideSummary } from './guide-frontmatter.ts';

/*
 * The guides library: one Markdown file per guide in this folder, rendered to HTML at build time by
 * the guides plugin (scripts/guides-vite-plugin.ts). The list (titles, headings, plain text for the
 * search) is loaded with the guides pages; each guide's HTML is its own chunk, loaded on demand.
 * Adding a guide = adding a `.md` file (guides.test.ts checks its frontmatter, links and commands).
 */
const summaries = import.meta.glob<GuideSummary>('./*.md', { query: '?guide-summary', import: 'default', eager: true });

export const guideSummaries: readonly GuideSummary[] = Object.values(summaries).sort(
  (a, b) => a.order - b.order || a.slug.localeCompare(b.slug),
);
