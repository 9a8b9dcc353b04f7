/**
 * Page data: what each content page needs, computed at build time from the catalogue and the
 * guides, so that no page ships the catalogue (nor anything that grows with it, such as release
 * data) to show one class or one guide. The catalogue reaches the browser only in the doctor's
 * diagnosis chunk (src/ui/lazy-content.ts) and in a pasted-error search on /guides.
 *
 * Modules (typed in src/ui/page-data-modules.d.ts):
 * - `virtual:page-data/fix-pages`: `fixPages[id]()` loads one fix page's data chunk,
 *   `virtual:page-data/fix/<id>`: the class it shows and its look-alikes' titles and examples.
 * - `virtual:page-data/guide-pages`: `guidePages[slug]()` loads one guide's chunk,
 *   `virtual:page-data/guide/<slug>`: its HTML and the summaries of the fixes it links to.
 * - `virtual:page-data/fix-links`: every fix guide's id and title (the not-found page).
 * - `virtual:page-data/library`: the guides page's lists (titles, descriptions, first examples).
 * - `virtual:page-data/search-index`: the guides search's word index, loaded when a search starts.
 *
 * The catalogue is read with Vite's module runner (the TypeScript source as is), once per build;
 * the dev server reads it again when a file under src/content/ changes. The page budgets that keep
 * all this honest are checked by scripts/page-budgets.ts at the end of `npm run build`.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { runnerImport, type Plugin, type ViteDevServer } from 'vite';
import type { ErrorClass } from '../src/core/error-class-schema.ts';
import {
  fixLink,
  fixPageData,
  fixSearchEntry,
  fixSummary,
  type FixSummary,
  type LibraryPageData,
} from '../src/core/page-data.ts';
import { indexLibrary, type LibraryEntry } from '../src/core/search/search-library.ts';
import type { RenderedGuide } from '../src/content/guides/guide-frontmatter.ts';
import { renderGuide } from '../src/content/guides/render-guide.ts';

const prefix = 'virtual:page-data/';
const resolvedPrefix = `\0${prefix}`;

interface SiteContent {
  readonly errorClasses: readonly ErrorClass[];
  readonly byId: ReadonlyMap<string, ErrorClass>;
  readonly guides: readonly RenderedGuide[];
  /** Every source file read, for the dev server's watcher. */
  readonly files: readonly string[];
}

async function readSiteContent(root: string, base: string): Promise<SiteContent> {
  const catalogueFile = path.join(root, 'src/content/error-classes/index.ts');
  const { module, dependencies } = await runnerImport<{ errorClasses: readonly ErrorClass[] }>(catalogueFile, {
    configFile: false,
    root,
    logLevel: 'error',
  });
  const guidesDir = path.join(root, 'src/content/guides');
  const guideFiles = (await readdir(guidesDir)).filter((file) => file.endsWith('.md')).sort();
  const guides = await Promise.all(
    guideFiles.map(async (fileName) =>
      renderGuide(await readFile(path.join(guidesDir, fileName), 'utf8'), { base, fileName }),
    ),
  );
  guides.sort((a, b) => a.order - b.order || a.slug.localeCompare(b.slug));
  return {
    errorClasses: module.errorClasses,
    byId: new Map(module.errorClasses.map((errorClass) => [errorClass.id, errorClass])),
    guides,
    files: [catalogueFile, ...dependencies, ...guideFiles.map((file) => path.join(guidesDir, file))],
  };
}

/** A module whose default export is `data`: parsed with JSON.parse, faster than a literal of that size. */
function dataModule(data: unknown, what: string): string {
  const json = JSON.stringify(data);
  // Page data must be plain data: what the page renders is exactly what the build computed.
  if (!isDeepStrictEqual(JSON.parse(json), data)) throw new Error(`${what} is not plain JSON data`);
  return `export default JSON.parse(${JSON.stringify(json)});\n`;
}

function loaderMap(name: string, keys: readonly string[], kind: string): string {
  const entries = keys.map(
    (key) => `  ${JSON.stringify(key)}: () => import(${JSON.stringify(`${prefix}${kind}/${key}`)}),`,
  );
  return `export const ${name} = {\n${entries.join('\n')}\n};\n`;
}

function guideEntry(guide: RenderedGuide): LibraryEntry {
  return {
    kind: 'guide',
    id: guide.slug,
    title: guide.title,
    description: guide.description,
    headings: guide.headings.map((heading) => heading.text),
    keywords: guide.keywords ?? [],
    text: guide.text,
    classIds: guide.related ?? [],
  };
}

function moduleCode(content: SiteContent, name: string): string | null {
  const { errorClasses, byId, guides } = content;
  if (name === 'fix-pages') {
    return loaderMap(
      'fixPages',
      errorClasses.map((errorClass) => errorClass.id),
      'fix',
    );
  }
  if (name === 'guide-pages') {
    return loaderMap(
      'guidePages',
      guides.map((guide) => guide.slug),
      'guide',
    );
  }
  if (name === 'fix-links') return dataModule(errorClasses.map(fixLink), name);
  if (name === 'library') {
    const library: LibraryPageData = {
      guides: guides.map(({ slug, title, description }) => ({ slug, title, description })),
      fixes: errorClasses.map(fixSummary),
    };
    return dataModule(library, name);
  }
  if (name === 'search-index') {
    return dataModule(indexLibrary([...guides.map(guideEntry), ...errorClasses.map(fixSearchEntry)]), name);
  }
  if (name.startsWith('fix/')) {
    const errorClass = byId.get(name.slice('fix/'.length));
    return errorClass ? dataModule(fixPageData(errorClass, byId), name) : null;
  }
  if (name.startsWith('guide/')) {
    const guide = guides.find((candidate) => candidate.slug === name.slice('guide/'.length));
    if (!guide) return null;
    const relatedFixes = (guide.related ?? []).map((id): FixSummary => {
      const errorClass = byId.get(id);
      if (!errorClass) throw new Error(`guide ${guide.slug}: related fix "${id}" is not an error class`);
      return fixSummary(errorClass);
    });
    return dataModule({ guide, relatedFixes }, name);
  }
  return null;
}

export function pageDataPlugin(): Plugin {
  let root = process.cwd();
  let base = '/';
  let content: Promise<SiteContent> | null = null;
  let server: ViteDevServer | null = null;

  const load = (): Promise<SiteContent> => (content ??= readSiteContent(root, base));

  return {
    name: 'error-doctor-page-data',
    configResolved(config) {
      root = config.root;
      base = config.base;
    },
    configureServer(devServer) {
      server = devServer;
      devServer.watcher.on('change', (file) => {
        if (!file.startsWith(path.join(root, 'src/content'))) return;
        content = null;
        for (const module of devServer.moduleGraph.idToModuleMap.values()) {
          if (module.id?.startsWith(resolvedPrefix)) devServer.moduleGraph.invalidateModule(module);
        }
      });
    },
    resolveId(id) {
      return id.startsWith(prefix) ? `\0${id}` : null;
    },
    async load(id) {
      if (!id.startsWith(resolvedPrefix)) return null;
      const site = await load();
      if (!server) for (const file of site.files) this.addWatchFile(file);
      const name = id.slice(resolvedPrefix.length);
      const code = moduleCode(site, name);
      if (code === null) this.error(`no page data called ${name}`);
      return code;
    },
  };
}
