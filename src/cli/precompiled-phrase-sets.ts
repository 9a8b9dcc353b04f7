import type { CompiledPhraseSet } from '../core/classify/phrase-scanner.ts';

/**
 * The catalogue's phrase sets compiled ahead of time. Empty in the source: `npm run build:cli`
 * (scripts/build-cli.ts) replaces this module in the bundle with the sets a `classify` compiles,
 * so the installed CLI starts without building the trie. A set whose phrases changed since the
 * build is compiled at run time as before (its key differs), never matched wrongly.
 */
export const precompiledPhraseSets: readonly CompiledPhraseSet[] = [];
