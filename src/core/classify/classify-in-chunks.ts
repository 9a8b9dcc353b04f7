import type { Catalogue } from '../catalogue.ts';
import { classifyError, diagnoseNearest, type Diagnosis, type Span } from './classify-error.ts';
import { normalizePaste } from './normalize-paste.ts';

/**
 * `classifyError` for huge pastes, in steps a Web Worker can report progress between (and stop
 * after). The answer is the same as `classifyError(paste)`:
 *
 * 1. The paste is cut into line-aligned chunks. Each chunk (plus a little of the next one, for a
 *    phrase wrapped over the cut) is classified on its own, only to learn whether it holds anything.
 * 2. The chunks that do, with their neighbours (hints, wrappers and clients sit within a few hundred
 *    characters of the reason), are joined with separators no phrase can cross and classified once.
 *    Chunks with nothing in them cannot change the answer, so a 50 MB log with three errors ends
 *    with a small final pass.
 * 3. Offsets are mapped back to the paste exactly as pasted.
 *
 * Each step is linear in its chunk; the whole is linear in the paste.
 */

export interface ChunkProgress {
  /** Characters looked at so far. */
  readonly done: number;
  readonly total: number;
}

export interface ChunkOptions {
  /** Target chunk length in UTF-16 code units; a chunk ends at the next line break after it. */
  readonly chunkSize?: number;
}

export const defaultChunkSize = 256 * 1024;
/** More than any attachment window of the matcher (240 characters): far stays far. */
const minimumChunkSize = 1024;
/** How much of the next chunk the relevance pass also reads, for a phrase wrapped over the cut. */
const lookahead = 4096;
/** NUL is neither whitespace nor a word character: no phrase, hint or wrapper spans it. */
const separator = '\u0000'.repeat(minimumChunkSize);

interface Chunk {
  readonly start: number;
  readonly end: number;
}

/** Line-aligned chunks: each ends just after a line break (or at the end of the paste). */
export function splitIntoChunks(paste: string, chunkSize: number = defaultChunkSize): Chunk[] {
  const size = Math.max(minimumChunkSize, chunkSize);
  const chunks: Chunk[] = [];
  let start = 0;
  while (start < paste.length) {
    let end = start + size;
    if (end >= paste.length) {
      end = paste.length;
    } else {
      const lineBreak = paste.indexOf('\n', end - 1);
      end = lineBreak === -1 ? paste.length : lineBreak + 1;
    }
    chunks.push({ start, end });
    start = end;
  }
  return chunks;
}

interface Region {
  /** Where the region starts in the joined text. */
  readonly joinedStart: number;
  /** Where it starts in the paste. */
  readonly pasteStart: number;
  readonly length: number;
}

function toPasteOffset(regions: readonly Region[], offset: number, isEnd: boolean): number {
  // Binary search for the region holding `offset` (an end offset belongs to the region it closes).
  let low = 0;
  let high = regions.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    const region = regions[middle];
    if (region && (isEnd ? region.joinedStart < offset : region.joinedStart <= offset)) low = middle;
    else high = middle - 1;
  }
  const region = regions[low];
  return region ? region.pasteStart + offset - region.joinedStart : offset;
}

function mapSpan(regions: readonly Region[], span: Span): Span {
  if (span.end <= span.start) {
    const start = toPasteOffset(regions, span.start, false);
    return { start, end: start };
  }
  return { start: toPasteOffset(regions, span.start, false), end: toPasteOffset(regions, span.end, true) };
}

/**
 * Generator form: yields progress after each chunk; its return value is the diagnosis.
 * Stop early by not calling `next()` again.
 */
export function* classifyInChunks(
  paste: string,
  catalogue: Catalogue,
  options: ChunkOptions = {},
): Generator<ChunkProgress, Diagnosis, void> {
  const chunks = splitIntoChunks(paste, options.chunkSize);
  const relevant = new Set<number>();
  for (const [index, chunk] of chunks.entries()) {
    const window = paste.slice(chunk.start, Math.min(paste.length, chunk.end + lookahead));
    const { findings } = classifyError(window, catalogue);
    if (findings.some((finding) => finding.certainty !== 'nearest')) relevant.add(index);
    yield { done: chunk.end, total: paste.length };
  }
  // Nothing matched: the nearest known error, read from the end of the whole paste as classifyError does.
  if (relevant.size === 0) return diagnoseNearest(normalizePaste(paste), catalogue);

  // A chunk that matters brings its neighbours: a wrapper before, a hint or client after, or the
  // tail of a phrase wrapped into the next chunk.
  const kept = new Set<number>();
  for (const index of relevant) {
    for (const near of [index - 1, index, index + 1, index + 2]) {
      if (near >= 0 && near < chunks.length) kept.add(near);
    }
  }
  const pieces: string[] = [];
  const regions: Region[] = [];
  let joinedLength = 0;
  let previous = -2;
  for (const index of [...kept].sort((a, b) => a - b)) {
    const chunk = chunks[index];
    if (!chunk) continue;
    if (previous === index - 1 && regions.length > 0) {
      // Contiguous in the paste: extend the open region rather than separate it.
      const open = regions.pop();
      if (open) regions.push({ ...open, length: open.length + chunk.end - chunk.start });
    } else {
      if (regions.length > 0) {
        pieces.push(separator);
        joinedLength += separator.length;
      }
      regions.push({ joinedStart: joinedLength, pasteStart: chunk.start, length: chunk.end - chunk.start });
    }
    pieces.push(paste.slice(chunk.start, chunk.end));
    joinedLength += chunk.end - chunk.start;
    previous = index;
  }

  const joined = regions.length === 1 && regions[0]?.length === paste.length ? paste : pieces.join('');
  const diagnosis = classifyError(joined, catalogue);
  if (joined === paste) return diagnosis;
  return {
    runnerUp: diagnosis.runnerUp,
    findings: diagnosis.findings.map((finding) => ({
      ...finding,
      clientSpan: finding.clientSpan ? mapSpan(regions, finding.clientSpan) : null,
      spans: finding.spans.map((span) => mapSpan(regions, span)),
    })),
  };
}

/** Runs the generator to the end (tests, the CLI, small pastes). */
export function classifyAllChunks(paste: string, catalogue: Catalogue, options: ChunkOptions = {}): Diagnosis {
  const steps = classifyInChunks(paste, catalogue, options);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}
