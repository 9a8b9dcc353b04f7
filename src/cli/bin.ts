/**
 * The `error-doctor` executable: the CLI on the process's own streams. Bundled to plain JavaScript
 * by `npm run build:cli` (scripts/build-cli.ts) for the package; `npm run doctor` runs it from source.
 */
import { usePrecompiledPhraseSets } from '../core/classify/phrase-scanner.ts';
import { main } from './error-doctor.ts';
import { precompiledPhraseSets } from './precompiled-phrase-sets.ts';

usePrecompiledPhraseSets(precompiledPhraseSets);

// `error-doctor classify … | head` closes the pipe early: that is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

process.exitCode = await main(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  stdin: process.stdin,
});
