/**
 * `npm run build`: the client bundle, then every page prerendered to real HTML (readable without
 * JavaScript, hydrated when it runs), 404.html, sitemap.xml and robots.txt. The result works on any
 * static file server with no rewrite rules.
 *
 * Usage: tsx scripts/build-site.ts [--base /error-doctor/] [--site https://example.org] [--out-dir dist]
 * (or $BASE_PATH / $SITE_URL). npm: `npm run build -- --base /error-doctor/`.
 */
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'vite';
import { paths, prerenderedFile, withBase } from '../src/ui/paths.ts';
import {
  chunkGraph,
  firstDiagnosisBudgetKb,
  budgetReportFile,
  firstDiagnosisLoad,
  largestModules,
  pageBudgetKb,
  pageLoad,
  type PageLoad,
} from './page-budgets.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function option(name: string): string | undefined {
  const index = process.argv.indexOf(`--${name}`);
  if (index > -1) return process.argv[index + 1];
  const inline = process.argv.find((arg) => arg.startsWith(`--${name}=`));
  return inline?.slice(name.length + 3);
}

function normalizeBase(value: string): string {
  const trimmed = value.replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}

const base = normalizeBase(option('base') ?? process.env.BASE_PATH ?? '/');
const site = (option('site') ?? process.env.SITE_URL ?? 'http://localhost:4173').replace(/\/+$/, '');
const outDir = path.resolve(root, option('out-dir') ?? 'dist');
// Inside the project, so the server bundle resolves react & co. from node_modules whatever --out-dir is.
const ssrDir = path.join(root, 'node_modules', '.cache', `error-doctor-prerender-${process.pid}`);

interface PrerenderModule {
  pagePaths: readonly string[];
  notFoundPath: string;
  onLoadModules(path: string): string[];
  pageKinds: readonly string[];
  pageKind(path: string): string;
  renderPage(path: string): Promise<{ head: string; body: string }>;
}

process.env.VITE_SITE_URL = site;
const clientBuild = await build({ root, base, logLevel: 'warn', build: { outDir, emptyOutDir: true } });
const clientOutput = (Array.isArray(clientBuild) ? clientBuild : [clientBuild]).flatMap((result) =>
  'output' in result ? result.output : [],
);
const graph = chunkGraph(clientOutput, root);
await build({
  root,
  base,
  logLevel: 'warn',
  build: {
    ssr: 'src/ui/prerender-entry.tsx',
    outDir: ssrDir,
    emptyOutDir: true,
    copyPublicDir: false,
    // The prerenderer loads every page at once: the client's lazy imports are not meant to split here.
    rolldownOptions: { checks: { ineffectiveDynamicImport: false } },
  },
});

const prerender = (await import(pathToFileURL(path.join(ssrDir, 'prerender-entry.js')).href)) as PrerenderModule;
const template = await readFile(path.join(outDir, 'index.html'), 'utf8');
if (!template.includes('<div id="root"></div>')) throw new Error('dist/index.html has no empty <div id="root"></div>');
const entryFiles = [...template.matchAll(/<script type="module"[^>]* src="([^"]+)"/g)].map((match) =>
  (match[1] ?? '').slice(base.length),
);

/** What the page at this path loads on start (scripts/page-budgets.ts), checked below. */
const loads = new Map<string, PageLoad>();

function page(rendered: { head: string; body: string }, pagePath: string | null): string {
  const load = pageLoad(graph, entryFiles, prerender.onLoadModules(pagePath ?? prerender.notFoundPath));
  loads.set(pagePath ?? '/404.html', load);
  // Its route and data chunks, fetched with the entry rather than after it.
  const preloads = load.preload.map((file) => `<link rel="modulepreload" crossorigin href="${base}${file}">`);
  // The page's own title and description replace the template's (kept when a page has none).
  const head = template
    .replace(/\s*<title>[^<]*<\/title>/, rendered.head.includes('<title>') ? '' : '$&')
    .replace(/\s*<meta\s+name="description"[^>]*>/, rendered.head.includes('name="description"') ? '' : '$&')
    .replace('</head>', `  ${[...preloads, rendered.head].join('\n    ')}\n  </head>`);
  const marker = pagePath === null ? '' : ` data-prerendered-path="${pagePath}"`;
  return head.replace('<div id="root"></div>', `<div id="root"${marker}>${rendered.body}</div>`);
}

for (const pagePath of prerender.pagePaths) {
  const file = path.join(outDir, prerenderedFile(pagePath));
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, page(await prerender.renderPage(pagePath), pagePath));
}
// 404.html: the not-found page, rendered fresh by the client for whatever URL it is served at.
await writeFile(path.join(outDir, '404.html'), page(await prerender.renderPage(prerender.notFoundPath), null));

const urls = prerender.pagePaths.map((pagePath) => `  <url><loc>${site}${withBase(base, pagePath)}</loc></url>`);
await writeFile(
  path.join(outDir, 'sitemap.xml'),
  `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`,
);
await writeFile(
  path.join(outDir, 'robots.txt'),
  `User-agent: *\nAllow: /\n\nSitemap: ${site}${withBase(base, '/sitemap.xml')}\n`,
);
await rm(ssrDir, { recursive: true, force: true });

// The page budgets (scripts/page-budgets.ts): every page, and the doctor's first diagnosis.
const doctor = loads.get(paths.doctor.href());
if (!doctor) throw new Error('the doctor page was not prerendered');
const firstDiagnosis = firstDiagnosisLoad(graph, doctor);
const broken: string[] = [];
for (const [pagePath, load] of loads) {
  if (load.kb > pageBudgetKb) {
    broken.push(
      `${pagePath} loads ${load.kb.toFixed(1)} kB of JavaScript (gzip) on start, over its ${pageBudgetKb} kB budget. ` +
        `Largest modules: ${largestModules(graph, load.files).join(', ')}`,
    );
  }
}
if (firstDiagnosis.kb > firstDiagnosisBudgetKb) {
  broken.push(
    `the doctor's first diagnosis adds ${firstDiagnosis.kb.toFixed(1)} kB of JavaScript (gzip), over its ${firstDiagnosisBudgetKb} kB budget. ` +
      `Largest modules: ${largestModules(graph, firstDiagnosis.files).join(', ')}`,
  );
}
const report = prerender.pageKinds.map((kind) => {
  const sizes = [...loads].filter(([pagePath]) => prerender.pageKind(pagePath) === kind).map(([, load]) => load.kb);
  return { kind, pages: sizes.length, largestKb: Math.max(...sizes) };
});
await mkdir(path.dirname(budgetReportFile), { recursive: true });
await writeFile(
  budgetReportFile,
  `${JSON.stringify(
    {
      outDir,
      pageBudgetKb,
      firstDiagnosisBudgetKb,
      firstDiagnosisKb: firstDiagnosis.kb,
      kinds: report,
      pages: Object.fromEntries(
        [...loads].map(([pagePath, load]) => [pagePath, { kind: prerender.pageKind(pagePath), kb: load.kb }]),
      ),
    },
    null,
    2,
  )}\n`,
);
console.log(
  `JS on load (gzip, largest page of each kind): ${report.map(({ kind, pages, largestKb }) => `${kind} ${largestKb.toFixed(1)} kB (${pages})`).join(', ')}; ` +
    `the doctor's first diagnosis adds ${firstDiagnosis.kb.toFixed(1)} kB. Budgets: ${pageBudgetKb} kB per page, ${firstDiagnosisBudgetKb} kB for the first diagnosis.`,
);
if (broken.length > 0) {
  console.error(`\nPage budget broken (scripts/page-budgets.ts):\n${broken.map((line) => `- ${line}`).join('\n')}`);
  process.exit(1);
}
console.log(
  `Built ${prerender.pagePaths.length} pages + 404.html into ${path.relative(root, outDir) || '.'}/ (base ${base})`,
);
