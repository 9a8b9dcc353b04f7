/**
 * The `error-doctor` executable: the CLI on the process's own streams. Bundled to plain JavaScript
 * by `npm run build:cli` (scripts/build-cli.ts) for the package; `npm run doctor` runs it from source.
 */
import { usePrecompiledPhraseSets } from '../core/classify/phrase-scanner.ts';
import { main } from './error-doctor.ts';
import { precompiledPhraseSets } from './precompiled-phrase-sets.ts';

usePrecompiledPhraseSets(precompiledPhraseSets);

// `error-doctor classify … | head` closes the pipe early: that is not an error. Any other write
// error (a full disk, `> /dev/full`) is said in one line, with exit code 2, not a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  process.stderr.write(`error-doctor: cannot write the output: ${error.code ?? error.message}\n`);
  process.exit(2);
});

process.exitCode = await main(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  stdin: process.stdin,
});
