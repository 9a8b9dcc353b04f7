import { performance } from 'node:perf_hooks';
import { classifyError } from '../src/core/classify/classify-error.ts';
import { catalogue } from '../src/content/error-classes/index.ts';

/** Placeholder section: issue 3 replaces it with the 10 MB log, adversarial strings and the grep ratio. */
export function run(): Promise<void> {
  const line = '2026-03-02T21:40:11.955Z [gateway/ws] heartbeat ok conn=c81f peer=172.18.0.1:40112\n';
  const text = line.repeat(Math.ceil((1024 * 1024) / line.length));
  const started = performance.now();
  classifyError(text, catalogue);
  const ms = performance.now() - started;
  console.log(`1 MB log, no errors: ${ms.toFixed(1)} ms (${(1 / (ms / 1000)).toFixed(1)} MB/s)`);
  return Promise.resolve();
}
