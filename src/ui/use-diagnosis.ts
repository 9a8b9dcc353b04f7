import { useEffect, useMemo, useSyncExternalStore } from 'react';
import { describePaste, type PasteNotice } from '../core/classify/paste-notices.ts';
import type { PasteReading } from '../core/classify/read-paste.ts';
import { isWorkerReply, type WorkerRequest } from './diagnosis-worker-protocol.ts';
import { loadContent, useContent } from './lazy-content.ts';

/**
 * The expert reading of a paste (diagnosis, insights, client, version), kept in one place so the
 * doctor route does not care how it is computed. A paste up to `syncLimit` is classified during render: the answer shows in the same
 * frame. A larger one goes to a Web Worker that works through it chunk by chunk, so no main-thread
 * task grows with the paste; `usePasteWork` tells the progress, the notices and offers a cancel.
 * The limit keeps the synchronous work well under 50 ms with the full catalogue (see the bench).
 */
export const syncLimit = 16 * 1024;

export type PasteWork =
  | { readonly kind: 'idle' }
  | { readonly kind: 'working'; readonly length: number; readonly done: number; readonly total: number }
  | { readonly kind: 'cancelled'; readonly length: number }
  | { readonly kind: 'failed'; readonly message: string }
  | { readonly kind: 'done'; readonly reading: PasteReading; readonly notices: readonly PasteNotice[] };

interface Job {
  readonly id: number;
  readonly paste: string;
  work: PasteWork;
}

let worker: Worker | null = null;
let job: Job | null = null;
let nextId = 1;
const listeners = new Set<() => void>();

function publish(work: PasteWork): void {
  if (!job) return;
  job.work = work;
  job = { ...job };
  for (const listener of listeners) listener();
}

function stopWorker(): void {
  worker?.terminate();
  worker = null;
}

function startJob(paste: string): void {
  if (job?.paste === paste && job.work.kind !== 'cancelled') return;
  stopWorker();
  const id = nextId;
  nextId += 1;
  job = { id, paste, work: { kind: 'working', length: paste.length, done: 0, total: paste.length } };
  for (const listener of listeners) listener();
  worker = new Worker(new URL('./diagnosis-worker.ts', import.meta.url), { type: 'module' });
  worker.onmessage = (event: MessageEvent<unknown>) => {
    const reply = event.data;
    if (!isWorkerReply(reply) || reply.id !== job?.id) return;
    if (reply.kind === 'progress') {
      publish({ kind: 'working', length: paste.length, done: reply.done, total: reply.total });
    } else if (reply.kind === 'done') {
      publish({ kind: 'done', reading: reply.reading, notices: reply.notices });
    } else {
      publish({ kind: 'failed', message: reply.message });
    }
  };
  worker.onerror = (event) => {
    event.preventDefault();
    publish({ kind: 'failed', message: event.message || 'the background worker stopped' });
  };
  const request: WorkerRequest = { id, paste };
  worker.postMessage(request);
}

/** Stops the diagnosis of a large paste; the text stays where it is. */
export function cancelPasteWork(): void {
  if (job?.work.kind !== 'working') return;
  stopWorker();
  publish({ kind: 'cancelled', length: job.paste.length });
}

/** Starts again after a cancel (or a failure). */
export function retryPasteWork(): void {
  if (!job) return;
  const paste = job.paste;
  job = null;
  startJob(paste);
}

function forget(): void {
  stopWorker();
  if (job) {
    job = null;
    for (const listener of listeners) listener();
  }
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function currentJob(): Job | null {
  return job;
}

function useJob(): Job | null {
  return useSyncExternalStore(subscribe, currentJob, () => null);
}

export function usePasteReading(paste: string): PasteReading | null {
  const large = paste.length > syncLimit;
  const current = useJob();
  const readPaste = useContent()?.readPaste;
  useEffect(() => {
    if (large) startJob(paste);
    else forget();
    // A paste that arrived before any focus or pointer (a test, an extension): load now.
    if (!large && paste !== '') void loadContent();
  }, [large, paste]);
  const small = useMemo(
    () => (large || paste.trim() === '' || !readPaste ? null : readPaste(paste)),
    [large, paste, readPaste],
  );
  if (!large) return small;
  return current?.paste === paste && current.work.kind === 'done' ? current.work.reading : null;
}

/** The state of a large paste's diagnosis (idle for a small one) and what is odd about the paste. */
export function usePasteWork(paste: string): { work: PasteWork; notices: readonly PasteNotice[] } {
  const large = paste.length > syncLimit;
  const current = useJob();
  const smallNotices = useMemo(() => (large ? [] : describePaste(paste)), [large, paste]);
  if (!large) return { work: { kind: 'idle' }, notices: smallNotices };
  const work: PasteWork =
    current?.paste === paste ? current.work : { kind: 'working', length: paste.length, done: 0, total: paste.length };
  return { work, notices: work.kind === 'done' ? work.notices : [] };
}
