/**
 * The guides' tidy suite: valid frontmatter, slug = file name, every internal link and anchor
 * resolves, every `openclaw …` command exists, and the library has the guides users need.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { errorClasses } from '../error-classes/index.ts';
import { checkOpenclawInvocation, openclawInvocations } from '../check-openclaw-command.ts';
import { guideSummaries } from './index.ts';
import { loadGuide } from './load-guide.ts';
import { guideCommandTexts, guideLinks, renderGuide } from './render-guide.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const files = readdirSync(here)
  .filter((file) => file.endsWith('.md'))
  .sort();
const sources = files.map((file) => ({ file, source: readFileSync(path.join(here, file), 'utf8') }));
const rendered = sources.map(({ file, source }) => ({
  file,
  source,
  guide: renderGuide(source, { base: '/', fileName: file }),
}));
const classIds = new Set(errorClasses.map((errorClass) => errorClass.id));
const anchorsBySlug = new Map(rendered.map(({ guide }) => [guide.slug, new Set(guide.headings.map((h) => h.id))]));

/** Returns why an internal link is broken, or null. */
function brokenLink(href: string): string | null {
  const [pathname = '', anchor] = href.split('#');
  if (pathname === '/' || pathname === '/guides') return null;
  const fix = /^\/fix\/([a-z0-9-]+)$/.exec(pathname);
  if (fix?.[1] !== undefined) return classIds.has(fix[1]) ? null : `no error class "${fix[1]}"`;
  const guide = /^\/guides\/([a-z0-9-]+)$/.exec(pathname);
  if (guide?.[1] !== undefined) {
    const anchors = anchorsBySlug.get(guide[1]);
    if (!anchors) return `no guide "${guide[1]}"`;
    return anchor === undefined || anchors.has(anchor) ? null : `no heading #${anchor} in ${guide[1]}`;
  }
  return `not a page of this site`;
}

describe('the guides library', () => {
  it('has the guides users need', () => {
    expect(guideSummaries.map((guide) => guide.slug).sort()).toEqual(
      expect.arrayContaining([
        'after-an-upgrade',
        'config-and-overrides',
        'docker-and-compose',
        'gateway-auth',
        'reading-gateway-logs',
        'remote-gateways',
        'windows-and-wsl',
      ]),
    );
  });

  it('loads every guide through the build plugin, with its HTML', async () => {
    expect(guideSummaries).toHaveLength(files.length);
    for (const summary of guideSummaries) {
      const guide = await loadGuide(summary.slug);
      expect(guide?.html, `${summary.slug}.md`).toContain('<h2 id=');
      expect('html' in summary, 'the list must not carry the HTML').toBe(false);
    }
    expect(await loadGuide('no-such-guide')).toBeNull();
  });

  it('has unique slugs and orders', () => {
    const slugs = rendered.map(({ guide }) => guide.slug);
    const orders = rendered.map(({ guide }) => guide.order);
    expect(new Set(slugs).size).toBe(slugs.length);
    expect(new Set(orders).size, 'two guides share an order in their frontmatter').toBe(orders.length);
  });
});

describe.for(rendered)('$file', ({ file, source, guide }) => {
  it('has valid frontmatter whose slug is the file name', () => {
    expect(`${guide.slug}.md`, `${file}: frontmatter slug`).toBe(file);
  });

  it('links only to pages and headings that exist', () => {
    const problems = guideLinks(source)
      .filter((href) => href.startsWith('/') || href.startsWith('#'))
      .map((href) => (href.startsWith('#') ? `/guides/${guide.slug}${href}` : href))
      .flatMap((href) => {
        const problem = brokenLink(href);
        return problem ? [`${href}: ${problem}`] : [];
      });
    expect(problems, `${file} has broken links`).toEqual([]);
  });

  it('names only error classes that exist in related', () => {
    for (const id of guide.related ?? []) expect(classIds.has(id), `${file}: related "${id}"`).toBe(true);
  });

  it('prints only openclaw commands and flags that exist', () => {
    const problems = guideCommandTexts(source)
      .flatMap(openclawInvocations)
      .map((words) => checkOpenclawInvocation(words))
      .filter((problem): problem is string => problem !== null);
    expect(problems, `${file} prints commands that do not exist`).toEqual([]);
  });

  it('anchors every section heading and uses no raw HTML', () => {
    expect(guide.headings.length).toBeGreaterThan(0);
    for (const heading of guide.headings) expect(guide.html).toContain(`id="${heading.id}"`);
    expect(guide.html).not.toMatch(/<(?:script|iframe|img|style)\b/);
  });
});

describe('renderGuide', () => {
  const good =
    '---\nslug: x\ntitle: A title here\ndescription: A description that is long enough to pass.\norder: 1\n---\n';

  it('says which file and field is wrong in the frontmatter', () => {
    expect(() => renderGuide('---\nslug: Bad Slug\n---\nbody', { base: '/', fileName: 'bad.md' })).toThrow(
      /bad\.md: invalid frontmatter \(slug/,
    );
    expect(() => renderGuide('no frontmatter', { base: '/', fileName: 'x.md' })).toThrow(/must start with/);
  });

  it('prefixes internal links with the base path and escapes raw HTML', () => {
    const guide = renderGuide(`${good}## Part one\n\nSee [the fix](/fix/a) and <script>alert(1)</script>.\n`, {
      base: '/error-doctor/',
      fileName: 'x.md',
    });
    expect(guide.html).toContain('href="/error-doctor/fix/a"');
    expect(guide.html).toContain('&lt;script&gt;');
    expect(guide.html).toContain('<h2 id="part-one">');
    expect(guide.headings).toEqual([{ depth: 2, id: 'part-one', text: 'Part one' }]);
  });
});
