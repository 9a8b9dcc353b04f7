/// <reference lib="webworker" />
import { classifyInChunks } from '../core/classify/classify-in-chunks.ts';
import { describePaste } from '../core/classify/paste-notices.ts';
import { catalogue } from '../content/error-classes/index.ts';
import type { WorkerReply, WorkerRequest } from './diagnosis-worker-protocol.ts';

/*
 * Classifies large pastes off the main thread, chunk by chunk, posting progress as it goes.
 * Cancelling terminates the worker, so nothing here needs to listen for a stop.
 */
declare const self: DedicatedWorkerGlobalScope;

const progressInterval = 50;

function reply(message: WorkerReply): void {
  self.postMessage(message);
}

self.onmessage = (event: MessageEvent<WorkerRequest>) => {
  const { id, paste } = event.data;
  if (typeof id !== 'number' || typeof paste !== 'string') return;
  try {
    const steps = classifyInChunks(paste, catalogue);
    let lastPost = 0;
    for (;;) {
      const step = steps.next();
      if (step.done) {
        reply({ id, kind: 'done', diagnosis: step.value, notices: describePaste(paste) });
        return;
      }
      const now = performance.now();
      if (now - lastPost >= progressInterval) {
        lastPost = now;
        reply({ id, kind: 'progress', done: step.value.done, total: step.value.total });
      }
    }
  } catch (error) {
    reply({ id, kind: 'failed', message: error instanceof Error ? error.message : String(error) });
  }
};
