import { Marked, type Tokens } from 'marked';
import { parse as parseYaml } from 'yaml';
import { guideFrontmatterSchema, type GuideHeading, type RenderedGuide } from './guide-frontmatter.ts';

/*
 * Build-time only (the Vite guides plugin and the tests import it; the browser never does):
 * splits a guide into frontmatter and Markdown, validates the frontmatter, and renders the
 * Markdown to HTML with anchored headings and base-aware internal links.
 */

export class GuideError extends Error {}

/** Heading text → anchor id: lowercase words joined by hyphens. */
export function headingId(text: string): string {
  return text
    .toLowerCase()
    .replace(/<[^>]*>/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Splits `---\nyaml\n---\nmarkdown`. */
export function splitFrontmatter(source: string): { yaml: string; markdown: string } {
  const text = source.replace(/\r\n/g, '\n');
  if (!text.startsWith('---\n')) throw new GuideError('the file must start with a --- frontmatter block');
  const end = text.indexOf('\n---\n', 4);
  if (end < 0) throw new GuideError('the frontmatter block has no closing --- line');
  return { yaml: text.slice(4, end), markdown: text.slice(end + 5) };
}

export function renderGuide(source: string, options: { base: string; fileName: string }): RenderedGuide {
  const { yaml, markdown } = splitFrontmatter(source);
  const parsed = guideFrontmatterSchema.safeParse(parseYaml(yaml));
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ');
    throw new GuideError(`${options.fileName}: invalid frontmatter (${problems})`);
  }
  const frontmatter = parsed.data;
  const base = options.base.endsWith('/') ? options.base.slice(0, -1) : options.base;
  const headings: GuideHeading[] = [];
  const usedIds = new Set<string>();

  const marked = new Marked({
    gfm: true,
    renderer: {
      heading({ tokens, depth, text }: Tokens.Heading) {
        let id = headingId(text);
        for (let suffix = 2; usedIds.has(id); suffix += 1) id = `${headingId(text)}-${suffix}`;
        usedIds.add(id);
        const inner = this.parser.parseInline(tokens);
        const plain = inner.replace(/<[^>]*>/g, '');
        if (depth >= 2) headings.push({ depth, id, text: plain });
        const level = Math.min(depth + 0, 6);
        return `<h${level} id="${id}">${inner} <a class="heading-anchor" href="#${id}" aria-label="Link to the section ${escapeHtml(plain)}">#</a></h${level}>\n`;
      },
      link({ href, tokens }: Tokens.Link) {
        const inner = this.parser.parseInline(tokens);
        if (href.startsWith('/')) return `<a href="${escapeHtml(base + href)}">${inner}</a>`;
        return `<a href="${escapeHtml(href)}" rel="noopener noreferrer">${inner}</a>`;
      },
      // Guides are Markdown only: raw HTML is shown as text, never injected.
      html({ text }: Tokens.HTML | Tokens.Tag) {
        return escapeHtml(text);
      },
    },
  });
  const html = marked.parse(markdown, { async: false });
  const text = markdown
    .replace(/```[a-z]*\n/g, '')
    .replace(/\]\([^)\s]*\)/g, '')
    .replace(/[`*_#>|[\]]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  return { ...frontmatter, headings, text, html };
}

/** Every link target in a guide's Markdown (for the link checker). */
export function guideLinks(source: string): string[] {
  const { markdown } = splitFrontmatter(source);
  const links: string[] = [];
  const marked = new Marked();
  void marked.walkTokens(marked.lexer(markdown), (token) => {
    if (token.type === 'link') links.push((token as Tokens.Link).href);
  });
  return links;
}

/** Every command-like text in a guide: fenced code lines and `inline code`. */
export function guideCommandTexts(source: string): string[] {
  const { markdown } = splitFrontmatter(source);
  const texts: string[] = [];
  const marked = new Marked();
  void marked.walkTokens(marked.lexer(markdown), (token) => {
    if (token.type === 'code') texts.push(...(token as Tokens.Code).text.split('\n'));
    if (token.type === 'codespan') texts.push((token as Tokens.Codespan).text);
  });
  return texts;
}
