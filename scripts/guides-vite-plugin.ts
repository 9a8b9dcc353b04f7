/**
 * Renders the Markdown guides (src/content/guides/*.md) at build time, so the browser gets HTML and
 * plain data, never a Markdown or YAML parser. `x.md?guide` is the whole rendered guide;
 * `x.md?guide-summary` leaves out the HTML (for the list and the search).
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Plugin } from 'vite';
import { renderGuide } from '../src/content/guides/render-guide.ts';

export function guidesPlugin(): Plugin {
  let base = '/';
  return {
    name: 'error-doctor-guides',
    configResolved(config) {
      base = config.base;
    },
    async load(id) {
      const [file = '', query] = id.split('?');
      if (!file.endsWith('.md') || (query !== 'guide' && query !== 'guide-summary')) return null;
      this.addWatchFile(file);
      const fileName = path.basename(file);
      const guide = renderGuide(await readFile(file, 'utf8'), { base, fileName });
      if (`${guide.slug}.md` !== fileName) {
        this.error(`${fileName}: the slug in its frontmatter ("${guide.slug}") must equal the file name`);
      }
      const { html, ...summary } = guide;
      return `export default ${JSON.stringify(query === 'guide' ? { ...summary, html } : summary)};`;
    },
  };
}
