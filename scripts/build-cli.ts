/**
 * `npm run build:cli` (run by `prepack`): the `error-doctor` command bundled to plain JavaScript in
 * dist-cli/, so the published package runs on Node alone (no tsx, no TypeScript, no dependencies).
 *
 * Start-up is most of a one-line `classify`, so the bundle carries what it needs in the form Node
 * reads fastest: the catalogue's phrase sets already compiled (src/cli/precompiled-phrase-sets.ts is
 * replaced by what a classify compiles here), the error classes as one JSON string for JSON.parse
 * (V8 parses JSON several times faster than the same object literals, and zod, which the class
 * files import for their schema, stays out of the catalogue), one minified file.
 *
 * Usage: tsx scripts/build-cli.ts [--site https://example.org] (or $SITE_URL): the site the
 * printed links point at by default (the same option as `npm run build`).
 */
import { deepStrictEqual } from 'node:assert/strict';
import { mkdir, rm, stat, readdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Plugin } from 'esbuild';
import { readPaste } from '../src/core/classify/read-paste.ts';
import { recordPhraseSetCompilations } from '../src/core/classify/phrase-scanner.ts';
import { errorClasses } from '../src/content/error-classes/index.ts';
import { expertKnowledge } from '../src/content/expert-knowledge.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const cliOutDir = path.join(root, 'dist-cli');

function option(name: string): string | undefined {
  const index = process.argv.indexOf(`--${name}`);
  return index > -1 ? process.argv[index + 1] : undefined;
}

const site = (option('site') ?? process.env.SITE_URL ?? 'http://localhost:4173').replace(/\/+$/, '');

// Every phrase set a classify with a finding compiles (signatures, client signals, evidence, versions).
const phraseSets = recordPhraseSetCompilations(() => {
  readPaste('disconnected (1008): unauthorized: gateway token mismatch', expertKnowledge);
});

/** A JavaScript expression that is `value`, read with JSON.parse (checked to survive the round trip). */
function jsonExpression(value: unknown): string {
  const json = JSON.stringify(value);
  deepStrictEqual(JSON.parse(json), value, 'the data is not plain JSON (a RegExp, a function, a Map?)');
  return `JSON.parse(${JSON.stringify(json)})`;
}

const precompiledData: Plugin = {
  name: 'precompiled-data',
  setup(pluginBuild) {
    pluginBuild.onLoad({ filter: /[\\/]src[\\/]cli[\\/]precompiled-phrase-sets\.ts$/ }, () => ({
      contents: `export const precompiledPhraseSets = ${jsonExpression(phraseSets)};`,
      loader: 'js',
    }));
    // The same exports as src/content/error-classes/index.ts, from the data it holds at build time.
    pluginBuild.onLoad({ filter: /[\\/]src[\\/]content[\\/]error-classes[\\/]index\.ts$/ }, (args) => ({
      contents: [
        "import { clientSignals } from '../client-signals.ts';",
        `export const errorClasses = ${jsonExpression(errorClasses)};`,
        'export const catalogue = { errorClasses, clientSignals };',
        'export const errorClassById = new Map(errorClasses.map((errorClass) => [errorClass.id, errorClass]));',
      ].join('\n'),
      loader: 'ts',
      resolveDir: path.dirname(args.path),
    }));
  },
};

await rm(cliOutDir, { recursive: true, force: true });
await mkdir(cliOutDir, { recursive: true });
await build({
  absWorkingDir: root,
  entryPoints: { 'error-doctor': 'src/cli/bin.ts' },
  outdir: cliOutDir,
  bundle: true,
  // One file: the commands still run their modules only when called (esbuild wraps what `import()`
  // loads in a lazy init); a graph of chunks measured no faster on a one-line classify.
  splitting: false,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  minify: true,
  legalComments: 'none',
  banner: { js: '#!/usr/bin/env node' },
  define: { __ERROR_DOCTOR_SITE__: JSON.stringify(site) },
  plugins: [precompiledData],
  logLevel: 'warning',
});

let bytes = 0;
for (const entry of await readdir(cliOutDir, { recursive: true })) {
  const file = await stat(path.join(cliOutDir, entry));
  if (file.isFile()) bytes += file.size;
}
console.log(
  `dist-cli/: ${(bytes / 1024).toFixed(1)} kB, ${phraseSets.length} phrase sets precompiled, links to ${site}`,
);
