/*
 * Child processes for the lab: every process starts in its own process group (detached), is
 * remembered, and is stopped by its group (SIGTERM, then SIGKILL) whatever happens, including
 * when the lab itself is interrupted. Every wait is bounded.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';

const running = new Set<ChildProcess>();

function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // The group is already gone.
  }
}

/** Stops a process and everything it spawned in its group: SIGTERM, then SIGKILL after `graceMs`. */
export async function stopProcess(child: ChildProcess, graceMs = 3_000): Promise<void> {
  if (!running.has(child)) return;
  killGroup(child, 'SIGTERM');
  const exited = child.exitCode !== null || child.signalCode !== null;
  if (!exited) {
    await new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, graceMs);
      child.once('exit', () => {
        clearTimeout(timer);
        resolve();
      });
    });
  }
  // Helpers the gateway spawned may outlive their parent inside the group: always finish with KILL.
  killGroup(child, 'SIGKILL');
  running.delete(child);
}

export async function stopAll(): Promise<void> {
  await Promise.all([...running].map((child) => stopProcess(child, 1_000)));
}

function stopAllNow(): void {
  for (const child of running) killGroup(child, 'SIGKILL');
  running.clear();
}

process.once('exit', stopAllNow);
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.once(signal, () => {
    stopAllNow();
    process.exit(130);
  });
}

export interface Started {
  child: ChildProcess;
  /** Everything written to stdout and stderr so far, in arrival order, bytes as UTF-8. */
  output: () => string;
  exited: Promise<number | null>;
}

export function startProcess(
  command: string,
  args: readonly string[],
  options: { cwd: string; env: NodeJS.ProcessEnv; stdin?: string },
): Started {
  const child = spawn(command, args, {
    cwd: options.cwd,
    env: options.env,
    detached: true,
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  running.add(child);
  let text = '';
  const append = (chunk: Buffer): void => {
    text += chunk.toString('utf8');
  };
  child.stdout.on('data', append);
  child.stderr.on('data', append);
  child.stdin.end(options.stdin ?? '');
  const exited = new Promise<number | null>((resolve) => {
    child.once('exit', (code) => {
      resolve(code);
    });
    child.once('error', () => {
      resolve(null);
    });
  });
  return { child, output: () => text, exited };
}

export interface RunResult {
  code: number | null;
  output: string;
  timedOut: boolean;
}

/** Runs a command to its end, or stops its whole group after `timeoutMs`. */
export async function runProcess(
  command: string,
  args: readonly string[],
  options: { cwd: string; env: NodeJS.ProcessEnv; timeoutMs: number; stdin?: string },
): Promise<RunResult> {
  const started = startProcess(command, args, options);
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    void stopProcess(started.child, 500);
  }, options.timeoutMs);
  const code = await started.exited;
  clearTimeout(timer);
  await stopProcess(started.child, 200);
  return { code, output: started.output(), timedOut };
}

/** Waits until `test` passes on the process output, the process exits, or `timeoutMs` passes. */
export async function waitForOutput(started: Started, test: RegExp, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  const state = { exited: false };
  void started.exited.then(() => {
    state.exited = true;
  });
  while (Date.now() < deadline) {
    if (test.test(started.output())) return true;
    if (state.exited) return test.test(started.output());
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return false;
}

/** A loopback TCP port nobody listens on right now. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => {
        if (address && typeof address === 'object') resolve(address.port);
        else reject(new Error('no port'));
      });
    });
  });
}
