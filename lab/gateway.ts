/*
 * One gateway per scenario: a throwaway HOME with its own ~/.openclaw/openclaw.json, a free
 * loopback port, OPENCLAW_* cleared from the environment, started with `openclaw gateway run` and
 * considered up only once it logs `[gateway] ready` (earlier connects get "gateway starting").
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Installed } from './install-release.ts';
import {
  freePort,
  runProcess,
  startProcess,
  stopProcess,
  waitForOutput,
  type RunResult,
  type Started,
} from './processes.ts';

/** Colours on, as in a terminal: the transcript keeps the ANSI a user would copy. */
const colourEnv = { FORCE_COLOR: '1' };

/** The environment every lab process gets: nothing OpenClaw-specific from ours, a HOME of its own. */
export function labEnv(installed: Installed, home: string, extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (key.startsWith('OPENCLAW_') || key.startsWith('CLAWDBOT_') || key.startsWith('MOLTBOT_')) continue;
    if (key.startsWith('npm_') || key === 'NODE_OPTIONS' || key.startsWith('XDG_')) continue;
    env[key] = value;
  }
  return {
    ...env,
    HOME: home,
    TMPDIR: path.join(home, '.tmp'),
    USERPROFILE: home,
    PATH: [installed.shimBin, installed.nodeBin, process.env.PATH ?? ''].join(path.delimiter),
    LANG: 'en_US.UTF-8',
    TZ: 'UTC',
    ...colourEnv,
    ...extra,
  };
}

export interface GatewayOptions {
  /** Written to ~/.openclaw/openclaw.json before the gateway starts (`gateway.port` is filled in). */
  config: Record<string, unknown>;
  /** Extra arguments to `openclaw gateway run`. */
  args?: string[];
  /** Extra environment for the gateway process. */
  env?: NodeJS.ProcessEnv;
  /** Do not wait for ready (the scenario is about a gateway that refuses to start). */
  expectNoStart?: boolean;
}

export interface Gateway {
  installed: Installed;
  home: string;
  port: number;
  url: string;
  process: Started;
  ready: boolean;
  /** The gateway's own output (ANSI kept) from `since` (an offset from `mark()`). */
  log: (since?: number) => string;
  mark: () => number;
  stop: () => Promise<void>;
}

export function uiCacheDir(installed: Installed): string {
  return path.join(path.dirname(path.dirname(installed.shimBin)), installed.release, 'openclaw-home-cache');
}

export function makeHome(installed: Installed): string {
  const home = mkdtempSync(path.join(os.tmpdir(), `openclaw-lab-${installed.release}-`));
  mkdirSync(path.join(home, '.openclaw'), { recursive: true });
  mkdirSync(path.join(home, '.tmp'), { recursive: true });
  // The Control UI assets unpack into ~/.openclaw/cache on first boot (~15 s CPU): reuse a copy.
  const seed = uiCacheDir(installed);
  if (existsSync(seed)) cpSync(seed, path.join(home, '.openclaw', 'cache'), { recursive: true });
  return home;
}

export function writeConfig(home: string, config: Record<string, unknown>): void {
  writeFileSync(path.join(home, '.openclaw', 'openclaw.json'), `${JSON.stringify(config, null, 2)}\n`);
}

// `[gateway] ready`, coloured or not (not `[gateway] spawn broker ready`).
// eslint-disable-next-line no-control-regex -- the colour codes around the word.
const readyLine = /\[gateway\]\S*\s+(?:\u001b\[[0-9;]*m)?ready\b/;

export async function startGateway(
  installed: Installed,
  options: GatewayOptions,
  home = makeHome(installed),
  readyTimeoutMs = 180_000,
): Promise<Gateway> {
  const port = await freePort();
  const gatewayConfig = (options.config.gateway ?? {}) as Record<string, unknown>;
  writeConfig(home, { ...options.config, gateway: { ...gatewayConfig, port } });
  const started = startProcess(
    path.join(installed.nodeBin, 'node'),
    [installed.entry, 'gateway', 'run', '--port', String(port), ...(options.args ?? [])],
    { cwd: home, env: labEnv(installed, home, options.env) },
  );
  const ready = options.expectNoStart ? false : await waitForOutput(started, readyLine, readyTimeoutMs);
  if (ready) {
    const seed = uiCacheDir(installed);
    const cache = path.join(home, '.openclaw', 'cache');
    if (!existsSync(seed) && existsSync(cache)) cpSync(cache, seed, { recursive: true });
  }
  const gateway: Gateway = {
    installed,
    home,
    port,
    url: `ws://127.0.0.1:${port}`,
    process: started,
    ready,
    log: (since = 0) => started.output().slice(since),
    mark: () => started.output().length,
    stop: async () => {
      await stopProcess(started.child);
    },
  };
  return gateway;
}

/** Runs the real CLI of this release in the gateway's HOME (ANSI kept). */
export async function runOpenclaw(
  installed: Installed,
  home: string,
  args: readonly string[],
  env: NodeJS.ProcessEnv = {},
  timeoutMs = 90_000,
): Promise<RunResult> {
  return runProcess(path.join(installed.nodeBin, 'node'), [installed.entry, ...args], {
    cwd: home,
    env: labEnv(installed, home, env),
    timeoutMs,
  });
}

export function removeHome(home: string): void {
  rmSync(home, { recursive: true, force: true });
}
