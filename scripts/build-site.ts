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
import { prerenderedFile, withBase } from '../src/ui/paths.ts';

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
  renderPage(path: string): Promise<{ head: string; body: string }>;
}

process.env.VITE_SITE_URL = site;
await build({ root, base, logLevel: 'warn', build: { outDir, emptyOutDir: true } });
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

function page(rendered: { head: string; body: string }, pagePath: string | null): string {
  // The page's own title and description replace the template's (kept when a page has none).
  const head = template
    .replace(/\s*<title>[^<]*<\/title>/, rendered.head.includes('<title>') ? '' : '$&')
    .replace(/\s*<meta\s+name="description"[^>]*>/, rendered.head.includes('name="description"') ? '' : '$&')
    .replace('</head>', `  ${rendered.head}\n  </head>`);
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
console.log(
  `Built ${prerender.pagePaths.length} pages + 404.html into ${path.relative(root, outDir) || '.'}/ (base ${base})`,
);
