/*
 * The build-time page data modules (scripts/page-data-plugin.ts): each page imports what it
 * shows, never the catalogue.
 */
declare module 'virtual:page-data/fix-pages' {
  /** One loader per error class id: the fix page's data chunk. */
  export const fixPages: Readonly<
    Record<string, (() => Promise<{ default: import('../core/page-data.ts').FixPageData }>) | undefined>
  >;
}

declare module 'virtual:page-data/guide-pages' {
  /** One loader per guide slug: the guide's HTML and the fixes it links to. */
  export interface GuidePageData {
    readonly guide: import('../content/guides/guide-frontmatter.ts').RenderedGuide;
    readonly relatedFixes: readonly import('../core/page-data.ts').FixSummary[];
  }
  export const guidePages: Readonly<Record<string, (() => Promise<{ default: GuidePageData }>) | undefined>>;
}

declare module 'virtual:page-data/fix-links' {
  const fixLinks: readonly import('../core/page-data.ts').FixLink[];
  export default fixLinks;
}

declare module 'virtual:page-data/library' {
  const library: import('../core/page-data.ts').LibraryPageData;
  export default library;
}

declare module 'virtual:page-data/search-index' {
  const searchIndex: readonly import('../core/search/search-library.ts').IndexedEntry[];
  export default searchIndex;
}
