/**
 * Makes sure a Chromium exists for the browser tests, without ever running in `npm install`.
 * Order: $CHROMIUM_PATH, Debian's /usr/bin/chromium, Playwright's own download; when none
 * exists, install one: apt (as root or with passwordless sudo), else `playwright install chromium`
 * (a laptop with internet). Prints the path it settled on; playwright.config.ts finds it the same way.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { findChromium } from './find-chromium.ts';

function run(command: string, args: readonly string[]): boolean {
  console.log(`$ ${command} ${args.join(' ')}`);
  return (
    spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } })
      .status === 0
  );
}

function canUseApt(): { sudo: boolean } | null {
  if (spawnSync('sh', ['-c', 'command -v apt-get']).status !== 0) return null;
  if (process.getuid?.() === 0) return { sudo: false };
  if (spawnSync('sudo', ['-n', 'true']).status === 0) return { sudo: true };
  return null;
}

let found = findChromium();
if (!found) {
  console.log('No Chromium found for the browser tests; installing one.');
  const apt = canUseApt();
  const aptArgs = ['install', '-y', '--no-install-recommends', '-o', 'DPkg::Lock::Timeout=300', 'chromium'];
  if (apt) {
    const command = apt.sudo ? 'sudo' : 'apt-get';
    const prefix = apt.sudo ? ['-n', 'apt-get'] : [];
    if (run(command, [...prefix, 'update'])) run(command, [...prefix, ...aptArgs]);
  } else {
    run('npx', ['playwright', 'install', 'chromium']);
  }
  found = findChromium();
}
if (!found) {
  console.error(
    'Could not find or install Chromium. Install it (Debian: apt-get install chromium) or set CHROMIUM_PATH.',
  );
  process.exit(1);
}
const version = (() => {
  try {
    return execFileSync(found, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return 'version unknown';
  }
})();
console.log(`Browser for e2e: ${found} (${version})`);
