/// <reference lib="webworker" />
import { classifyInChunks } from '../core/classify/classify-in-chunks.ts';
import { normalizePaste } from '../core/classify/normalize-paste.ts';
import { describePaste } from '../core/classify/paste-notices.ts';
import { completeReading } from '../core/classify/read-paste.ts';
import { expertKnowledge } from '../content/expert-knowledge.ts';
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
    const steps = classifyInChunks(paste, expertKnowledge.catalogue);
    let lastPost = 0;
    for (;;) {
      const step = steps.next();
      if (step.done) {
        const reading = completeReading(normalizePaste(paste), step.value, expertKnowledge);
        reply({ id, kind: 'done', reading, notices: describePaste(paste) });
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
