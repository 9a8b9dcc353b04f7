/*
 * Child process of the release reader: extracts one release's tarball into a scratch folder, reads
 * it, writes its facts as JSON and removes the scratch folder. One process per release lets the
 * reader use every core (parsing is CPU-bound) and keeps memory bounded.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { extractRelease } from './extract-release.ts';
import { extractTarball } from './registry.ts';

const [tarball, version, output] = process.argv.slice(2);
if (!tarball || !version || !output) {
  console.error('usage: extract-one <tarball> <version> <facts.json>');
  process.exit(2);
}
const scratch = path.join(path.dirname(output), `.scratch-${version}-${process.pid}`);
mkdirSync(scratch, { recursive: true });
try {
  const packageDir = await extractTarball(tarball, scratch, [
    '--wildcards',
    'package/dist/*',
    'package/*.mjs',
    'package/package.json',
  ]);
  const facts = extractRelease(packageDir, version);
  writeFileSync(output, `${JSON.stringify(facts)}\n`);
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
