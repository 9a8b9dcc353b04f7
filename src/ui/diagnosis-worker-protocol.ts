import type { PasteNotice } from '../core/classify/paste-notices.ts';
import type { PasteReading } from '../core/classify/read-paste.ts';

/** What the page asks the diagnosis worker, and what it answers (see diagnosis-worker.ts). */
export interface WorkerRequest {
  readonly id: number;
  readonly paste: string;
}

export type WorkerReply =
  | { readonly id: number; readonly kind: 'progress'; readonly done: number; readonly total: number }
  | {
      readonly id: number;
      readonly kind: 'done';
      readonly reading: PasteReading;
      readonly notices: readonly PasteNotice[];
    }
  | { readonly id: number; readonly kind: 'failed'; readonly message: string };

/** The worker is ours, but a message is still outside input: check its shape before use. */
export function isWorkerReply(value: unknown): value is WorkerReply {
  if (typeof value !== 'object' || value === null) return false;
  const message = value as Record<string, unknown>;
  if (typeof message.id !== 'number') return false;
  switch (message.kind) {
    case 'progress':
      return typeof message.done === 'number' && typeof message.total === 'number';
    case 'done':
      return typeof message.reading === 'object' && message.reading !== null && Array.isArray(message.notices);
    case 'failed':
      return typeof message.message === 'string';
    default:
      return false;
  }
}
