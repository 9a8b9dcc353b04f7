import type { ErrorClass } from './error-class-schema.ts';
import type { LibraryEntry } from './search/search-library.ts';

/*
 * What each content page gets instead of the catalogue: computed at build time from the catalogue
 * and the guides (scripts/page-data-plugin.ts), one small module per page. Only the doctor's
 * diagnosis and a pasted-error search load the catalogue itself.
 */

/** A link to a fix guide. */
export interface FixLink {
  readonly id: string;
  readonly title: string;
}

/** A fix guide in a list: its link, what it is, and how its error looks. */
export interface FixSummary extends FixLink {
  readonly summary: string;
  /** The class's first example line. */
  readonly example: string;
}

/** A look-alike class, linked from a fix page: "if your error says …, read …". */
export interface LookAlike extends FixLink {
  readonly example: string;
  /** Why this page's class is not that one. */
  readonly why: string;
}

/** Everything a fix page renders: its class, and the classes it is confused with. */
export interface FixPageData {
  readonly errorClass: ErrorClass;
  readonly lookAlikes: readonly LookAlike[];
}

/** A guide in a list. */
export interface GuideLink {
  readonly slug: string;
  readonly title: string;
  readonly description: string;
}

/** The guides page without its search: every guide and every fix guide. */
export interface LibraryPageData {
  readonly guides: readonly GuideLink[];
  readonly fixes: readonly FixSummary[];
}

export function fixLink(errorClass: ErrorClass): FixLink {
  return { id: errorClass.id, title: errorClass.title };
}

export function fixSummary(errorClass: ErrorClass): FixSummary {
  return { ...fixLink(errorClass), summary: errorClass.summary, example: errorClass.examples[0] ?? '' };
}

/** A fix page's data; look-alikes that name an unknown class are left out. */
export function fixPageData(errorClass: ErrorClass, byId: ReadonlyMap<string, ErrorClass>): FixPageData {
  const lookAlikes = Object.entries(errorClass.notToBeConfusedWith ?? {}).flatMap(([id, why]): LookAlike[] => {
    const other = byId.get(id);
    return other ? [{ ...fixLink(other), example: other.examples[0] ?? '', why }] : [];
  });
  return { errorClass, lookAlikes };
}

/** How a fix guide is found by the guides search. */
export function fixSearchEntry(errorClass: ErrorClass): LibraryEntry {
  return {
    kind: 'fix',
    id: errorClass.id,
    title: errorClass.title,
    description: errorClass.summary,
    headings: errorClass.causes.map((cause) => cause.title),
    keywords: errorClass.signatures.map((signature) => signature.phrase),
    text: [...errorClass.explanation, ...errorClass.examples].join(' '),
    classIds: [errorClass.id],
  };
}
