/**
 * The page budgets, checked at the end of `npm run build` (scripts/build-site.ts), which fails
 * naming the page and its size when one is broken:
 *
 * - every page (every prerendered page and 404.html, so every locale's pages as soon as they
 *   exist) loads at most 100 kB of JavaScript (gzip) before the user does anything;
 * - the doctor's first diagnosis (the catalogue, the matcher and the result panels, loaded on the
 *   first focus or paste: src/ui/lazy-content.ts) adds at most 100 kB to that.
 *
 * What a page loads is read from the client build's chunk graph: the entry chunk of its HTML, the
 * chunks holding its route and page data (`onLoadModules` in src/ui/prerender-entry.tsx: a fix
 * page's class, a guide's HTML, built by scripts/page-data-plugin.ts), the service worker's
 * registration, and everything those import statically. The build writes `<link rel=modulepreload>`
 * for exactly those chunks into the page, so the browser fetches them at once, and `npm run bench`
 * (bench/bundle-size-bench.ts) measures the same pages in Chromium beside these figures.
 *
 * Where data comes from, so that it never ships whole: a page imports only its own build-time
 * page data (virtual:page-data/…), never src/content/ (the catalogue, release data, locales);
 * data the doctor's matcher needs grows its first-diagnosis chunk, which this check keeps bounded.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { Rollup } from 'vite';

type OutputChunk = Rollup.OutputChunk;

export const pageBudgetKb = 100;
export const firstDiagnosisBudgetKb = 100;

/** The last build's figures (written by scripts/build-site.ts, read by `npm run bench`; never served). */
export const budgetReportFile = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../node_modules/.cache/error-doctor/page-budgets.json',
);

/**
 * What the doctor loads for its first diagnosis: the dynamic imports of `loadContent` in
 * src/ui/lazy-content.ts and the share and feedback panels shown under the answer
 * (src/ui/components/diagnosis-follow-up.tsx). Keep the lists together.
 */
export const firstDiagnosisModules: readonly string[] = [
  'src/content/error-classes/index.ts',
  'src/content/expert-knowledge.ts',
  'src/core/classify/read-paste.ts',
  'src/ui/components/diagnosis-panel.tsx',
  'src/ui/components/fix-guide.tsx',
  'src/ui/components/share-diagnosis.tsx',
  'src/ui/components/fix-feedback.tsx',
];

/**
 * Loaded by every page once it runs (src/ui/components/update-prompt.tsx), with what it imports
 * right away, dynamically too (workbox-window).
 */
const everyPageModules: readonly string[] = ['virtual:pwa-register'];

interface Chunk {
  readonly fileName: string;
  readonly imports: readonly string[];
  readonly dynamicImports: readonly string[];
  readonly moduleIds: readonly string[];
  readonly gzipBytes: number;
  /** The modules in the chunk and their rendered size (not gzipped), largest first. */
  readonly modules: readonly { readonly id: string; readonly bytes: number }[];
}

export interface ChunkGraph {
  readonly chunks: ReadonlyMap<string, Chunk>;
  readonly root: string;
}

export function chunkGraph(output: readonly (OutputChunk | { type: 'asset' })[], root: string): ChunkGraph {
  const chunks = new Map<string, Chunk>();
  for (const item of output) {
    if (item.type !== 'chunk') continue;
    const chunk = item;
    chunks.set(chunk.fileName, {
      fileName: chunk.fileName,
      imports: chunk.imports,
      dynamicImports: chunk.dynamicImports,
      moduleIds: chunk.moduleIds,
      gzipBytes: gzipSync(chunk.code, { level: 9 }).length,
      modules: Object.entries(chunk.modules)
        .map(([id, info]) => ({ id, bytes: info.renderedLength }))
        .sort((a, b) => b.bytes - a.bytes),
    });
  }
  return { chunks, root };
}

/**
 * A module id as the graph has it: absolute for a file, `\0virtual:…` for a virtual module
 * (`/@vite-plugin-pwa/virtual:pwa-register` for the service worker's).
 */
function matchesModule(graph: ChunkGraph, moduleId: string, wanted: string): boolean {
  const plain = moduleId.replace(/^\0/, '');
  if (!wanted.startsWith('virtual:')) return plain === `${graph.root}/${wanted}`;
  return plain === wanted || plain.endsWith(`/${wanted}`);
}

/** The chunk holding a module, or an error naming it (a renamed route must update the list). */
export function chunkOf(graph: ChunkGraph, module: string): Chunk {
  for (const chunk of graph.chunks.values()) {
    if (chunk.moduleIds.some((id) => matchesModule(graph, id, module))) return chunk;
  }
  throw new Error(`page budgets: no client chunk holds ${module}`);
}

/** Chunks and everything they import statically. */
export function closure(graph: ChunkGraph, start: Iterable<string>): Set<string> {
  const seen = new Set<string>();
  const stack = [...start];
  for (let file = stack.pop(); file !== undefined; file = stack.pop()) {
    if (seen.has(file)) continue;
    seen.add(file);
    stack.push(...(graph.chunks.get(file)?.imports ?? []));
  }
  return seen;
}

export function gzipKb(graph: ChunkGraph, files: Iterable<string>): number {
  let bytes = 0;
  for (const file of files) bytes += graph.chunks.get(file)?.gzipBytes ?? 0;
  return bytes / 1024;
}

export interface PageLoad {
  /** Chunk files the page loads before any interaction. */
  readonly files: ReadonlySet<string>;
  /** The chunks beyond the HTML's entry and what Vite already preloads: for modulepreload links. */
  readonly preload: readonly string[];
  readonly kb: number;
}

/** What a page loads: the entry chunk(s) its HTML names, plus its route and data chunks. */
export function pageLoad(graph: ChunkGraph, entryFiles: readonly string[], onLoadModules: readonly string[]): PageLoad {
  const entry = closure(graph, entryFiles);
  const everyPage = everyPageModules.map((module) => chunkOf(graph, module));
  const extra = [
    ...onLoadModules.map((module) => chunkOf(graph, module).fileName),
    ...everyPage.flatMap((chunk) => [chunk.fileName, ...chunk.dynamicImports]),
  ];
  const files = closure(graph, [...entryFiles, ...extra]);
  return {
    files,
    preload: [...files].filter((file) => !entry.has(file)).sort(),
    kb: gzipKb(graph, files),
  };
}

/** What the doctor's first diagnosis adds to the doctor's load. */
export function firstDiagnosisLoad(graph: ChunkGraph, doctor: PageLoad): { files: Set<string>; kb: number } {
  const all = closure(
    graph,
    firstDiagnosisModules.map((module) => chunkOf(graph, module).fileName),
  );
  const files = new Set([...all].filter((file) => !doctor.files.has(file)));
  return { files, kb: gzipKb(graph, files) };
}

/** The largest modules in these chunks, to say what to split when a budget breaks. */
export function largestModules(graph: ChunkGraph, files: Iterable<string>, count = 5): string[] {
  const modules = [...files].flatMap((file) => graph.chunks.get(file)?.modules ?? []);
  return modules
    .sort((a, b) => b.bytes - a.bytes)
    .slice(0, count)
    .map(({ id, bytes }) => `${id.replace(/^\0/, '').replace(`${graph.root}/`, '')} (${(bytes / 1024).toFixed(1)} kB)`);
}
