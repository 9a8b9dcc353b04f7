#!/usr/bin/env node
// The CLI is TypeScript run through tsx, so `error-doctor` works from a checkout with no build step.
import { register } from 'tsx/esm/api';

register();
// `error-doctor classify … | head` closes the pipe early: that is not an error.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});
const { main } = await import('../src/cli/error-doctor.ts');
process.exitCode = await main(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  stdin: process.stdin,
});
