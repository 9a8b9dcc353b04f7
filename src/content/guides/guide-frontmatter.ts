import * as z from 'zod/mini';

/*
 * The frontmatter every guide in src/content/guides/*.md starts with (YAML between `---` lines).
 * Validated when the guide is built; a mistake fails the build and the guides test with the file name.
 */
export const guideFrontmatterSchema = z.object({
  /** URL slug: `/guides/<slug>`; must equal the file name without `.md`. Never rename a published one. */
  slug: z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)),
  /** The page title and its h1. */
  title: z.string().check(z.minLength(5), z.maxLength(90)),
  /** One or two sentences for search results and the guides list (meta description). */
  description: z.string().check(z.minLength(30), z.maxLength(200)),
  /** Position in the guides list, smallest first. */
  order: z.number().check(z.int(), z.gte(0)),
  /** Fix guides (error class ids) this guide explains; linked at the end of the guide. */
  related: z.optional(z.array(z.string())),
  /** Extra words people search with that are not in the text (e.g. "WSL2", "compose"). */
  keywords: z.optional(z.array(z.string())),
});
export type GuideFrontmatter = z.infer<typeof guideFrontmatterSchema>;

/** A heading of a guide, for the table of contents and anchor links. */
export interface GuideHeading {
  readonly depth: number;
  readonly id: string;
  readonly text: string;
}

/** What the client gets for the guides list and search: no HTML, so the list stays small. */
export interface GuideSummary extends GuideFrontmatter {
  readonly headings: readonly GuideHeading[];
  /** The guide as plain text, for the offline search. */
  readonly text: string;
}

/** One rendered guide (rendered to HTML at build time: no Markdown parser in the browser). */
export interface RenderedGuide extends GuideSummary {
  readonly html: string;
}
