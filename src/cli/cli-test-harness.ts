import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { main } from './error-doctor.ts';
// Loaded with the test file, not inside the first test's time budget: main() imports each command
// when it runs, and the catalogue takes seconds to load on a busy machine.
import './check-command-command.ts';
import './check-config-command.ts';
import './classify-command.ts';
import './explain-command.ts';

/** Runs the error-doctor command in-process (for the CLI's tests), with `stdinText` as its standard input. */
export async function runCli(
  args: string[],
  stdinText = '',
): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
    stdin: (async function* () {
      await Promise.resolve();
      yield stdinText;
    })(),
  });
  return { code, stdout, stderr };
}

/** A file with this name and content in a fresh temporary folder. */
export function tempFile(name: string, content: string | Uint8Array): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'error-doctor-')), name);
  writeFileSync(file, content);
  return file;
}
