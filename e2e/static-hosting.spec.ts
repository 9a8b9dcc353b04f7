/**
 * The built site works on any static file server, with no rewrite rules and no JavaScript: every
 * page is real HTML with its content, unknown paths get 404.html, and a --base path works.
 * These tests read dist/ (built by the Playwright web server) through a deliberately plain server.
 */
import { execFileSync } from 'node:child_process';
import { createReadStream, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { parse as parseYaml } from 'yaml';
import { errorClasses } from '../src/content/error-classes/index.ts';

const repoRoot = path.resolve(import.meta.dirname, '..');
const guidesDir = path.join(repoRoot, 'src/content/guides');

const contentTypes: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
  '.txt': 'text/plain',
};

/** A static server with no fallback logic: a file, a directory's index.html, or 404.html with 404. */
function plainStaticServer(root: string, mount = '/'): Promise<{ server: Server; origin: string }> {
  const server = createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    const relative = pathname.startsWith(mount) ? pathname.slice(mount.length) : null;
    let file = relative === null ? null : path.join(root, relative);
    if (file && existsSync(file) && statSync(file).isDirectory()) file = path.join(file, 'index.html');
    if (file?.startsWith(root) && existsSync(file) && statSync(file).isFile()) {
      response.writeHead(200, { 'content-type': contentTypes[path.extname(file)] ?? 'application/octet-stream' });
      createReadStream(file).pipe(response);
      return;
    }
    response.writeHead(404, { 'content-type': 'text/html' });
    createReadStream(path.join(root, '404.html')).pipe(response);
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      resolve({ server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` });
    });
  });
}

interface ExpectedPage {
  readonly path: string;
  readonly heading: string;
  readonly text: string;
}

function expectedPages(): ExpectedPage[] {
  const guides = readdirSync(guidesDir)
    .filter((file) => file.endsWith('.md'))
    .map((file) => {
      const source = readFileSync(path.join(guidesDir, file), 'utf8');
      const frontmatter = parseYaml(source.split('\n---\n')[0]?.replace(/^---\n/, '') ?? '') as {
        slug: string;
        title: string;
        description: string;
      };
      return { path: `/guides/${frontmatter.slug}`, heading: frontmatter.title, text: frontmatter.description };
    });
  return [
    { path: '/', heading: 'Why can’t my OpenClaw client connect?', text: 'Your error or log' },
    { path: '/guides', heading: 'Guides', text: 'Docker and Compose' },
    ...guides,
    ...errorClasses.map((errorClass) => ({
      path: `/fix/${errorClass.id}`,
      heading: errorClass.title,
      text: errorClass.causes[0]?.title ?? errorClass.summary,
    })),
  ];
}

function htmlText(html: string): string {
  return html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
}

test.describe('dist/ on a plain static server', () => {
  const dist = path.join(repoRoot, 'dist');
  let site: { server: Server; origin: string };
  test.beforeAll(async () => {
    site = await plainStaticServer(dist);
  });
  test.afterAll(() => {
    site.server.close();
  });

  test('serves every page as real HTML with its content, no inline script', async ({ request }) => {
    const sitemap = await (await request.get(`${site.origin}/sitemap.xml`)).text();
    for (const page of expectedPages()) {
      expect(sitemap, `sitemap.xml lists ${page.path}`).toContain(`<loc>http://localhost:4173${page.path}</loc>`);
      const response = await request.get(`${site.origin}${page.path}`);
      expect(response.status(), page.path).toBe(200);
      const html = await response.text();
      const h1 = /<h1[^>]*>([\s\S]*?)<\/h1>/.exec(html)?.[1] ?? '';
      expect(htmlText(h1).trim(), `${page.path} h1`).toBe(page.heading);
      expect(htmlText(html), `${page.path} content`).toContain(page.text);
      expect(html, `${page.path} canonical`).toContain(
        `<link rel="canonical" href="http://localhost:4173${page.path}"`,
      );
      expect(html).toMatch(/<title>[^<]+<\/title>/);
      for (const script of html.match(/<script\b[^>]*>/g) ?? [])
        expect(script, `${page.path}: inline script`).toContain(' src=');
      expect(html).not.toMatch(/<script\b[^>]*>[^<]+<\/script>/);
    }
  });

  test('answers unknown paths with 404.html, and has robots.txt', async ({ request }) => {
    const response = await request.get(`${site.origin}/fix/no-such-error`);
    expect(response.status()).toBe(404);
    expect(await response.text()).toContain('Page not found');
    const robots = await (await request.get(`${site.origin}/robots.txt`)).text();
    expect(robots).toContain('Sitemap: http://localhost:4173/sitemap.xml');
  });

  test('a browser without JavaScript reads a guide from it', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.origin}/guides/remote-gateways`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Remote gateways (SSH tunnel, Tailscale, LAN)');
    await page.getByRole('link', { name: 'How gateway auth works' }).last().click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'How gateway auth works (gateway token, device token, pairing)',
    );
    await context.close();
  });
});

test('a build with --base /error-doctor/ works under that path', async ({ browser }) => {
  test.setTimeout(240_000);
  const out = mkdtempSync(path.join(os.tmpdir(), 'error-doctor-base-'));
  try {
    execFileSync(
      'npx',
      ['tsx', 'scripts/build-site.ts', '--base', '/error-doctor/', '--site', 'https://example.org', '--out-dir', out],
      { cwd: repoRoot, stdio: 'pipe' },
    );
    const guide = readFileSync(path.join(out, 'guides/docker-and-compose/index.html'), 'utf8');
    expect(guide).toMatch(/src="\/error-doctor\/assets\/[^"]+\.js"/);
    expect(guide).toContain(
      '<link rel="canonical" href="https://example.org/error-doctor/guides/docker-and-compose"/>',
    );
    expect(guide).toContain('href="/error-doctor/guides"');
    expect(guide).toContain('href="/error-doctor/guides/reading-gateway-logs"');
    expect(guide).toContain('data-prerendered-path="/guides/docker-and-compose"');
    expect(readFileSync(path.join(out, 'sitemap.xml'), 'utf8')).toContain(
      '<loc>https://example.org/error-doctor/fix/gateway-token-mismatch</loc>',
    );

    const site = await plainStaticServer(out, '/error-doctor/');
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${site.origin}/error-doctor/guides`);
    await page.getByLabel('Search guides and fixes').fill('docker');
    await page.getByTestId('search-results').getByRole('link', { name: 'Docker and Compose' }).click();
    await expect(page).toHaveURL(`${site.origin}/error-doctor/guides/docker-and-compose`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Docker and Compose');
    expect(errors).toEqual([]);
    await page.close();
    site.server.close();
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
});
