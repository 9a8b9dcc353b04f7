import { maskSecrets } from '../redact/mask-secrets.ts';
import type { Span } from './classify-error.ts';

/** A piece of the paste to render: plain text, a highlighted match, or a gap marker. */
export type ExcerptPart =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'match'; readonly text: string }
  | { readonly kind: 'gap'; readonly skippedLines: number };

export interface ExcerptOptions {
  /** Lines of context kept before and after each matched line. */
  readonly contextLines?: number;
  /** At most this many matches are shown; a 10 MB log may hold thousands. */
  readonly maxMatches?: number;
  /** Lines longer than this are cut around the match (a 5 MB single line must stay readable). */
  readonly maxLineLength?: number;
  /** Applied to every piece of text: secrets masked (the default), or masked and counted. */
  readonly mask?: (text: string) => string;
}

/**
 * How far beyond a cut a long line is read before masking. A cut can fall between a key and its
 * value (`"token": "` | `abc…`) or inside a value: masked after the cut, the rest would no longer
 * look like a secret. So the text around a cut is masked first, this much wider, and cut after;
 * only a single secret longer than this could still straddle the wider edge.
 */
const maskMargin = 10_000;

/**
 * The part of a paste worth showing: every matched span with a few lines around it, and gap
 * markers for what was skipped, every piece masked. Offsets are the ones `classifyError`
 * returned, into the original.
 */
export function buildExcerpt(text: string, spans: readonly Span[], options: ExcerptOptions = {}): ExcerptPart[] {
  const contextLines = options.contextLines ?? 2;
  const maxLineLength = options.maxLineLength ?? 400;
  const mask = options.mask ?? maskSecrets;
  const sorted = [...spans].sort((a, b) => a.start - b.start).slice(0, options.maxMatches ?? 20);
  if (sorted.length === 0) return [];

  // Windows [from, to) around each span, widened to whole lines plus context, then merged.
  // `cutFrom` / `cutTo`: the edge falls inside a line (a long line was cut there).
  const windows: { from: number; to: number; cutFrom: boolean; cutTo: boolean }[] = [];
  for (const span of sorted) {
    let from = lineStart(text, span.start);
    for (let line = 0; line < contextLines && from > 0; line += 1) from = lineStart(text, from - 1);
    let to = lineEnd(text, span.end);
    for (let line = 0; line < contextLines && to < text.length; line += 1) to = lineEnd(text, to + 1);
    // Keep very long lines readable: never more than maxLineLength around the match.
    const cutFrom = span.start - maxLineLength > from;
    const cutTo = span.end + maxLineLength < to;
    from = Math.max(from, span.start - maxLineLength);
    to = Math.min(to, span.end + maxLineLength);
    const last = windows[windows.length - 1];
    if (last && from <= last.to) {
      if (to > last.to) Object.assign(last, { to, cutTo });
    } else windows.push({ from, to, cutFrom, cutTo });
  }

  /** The text [from, to), masked; a cut edge is masked with the text beyond it, then cut. */
  function masked(from: number, to: number, cutBefore: boolean, cutAfter: boolean): string {
    if (from >= to) return '';
    const wideFrom = cutBefore ? Math.max(lineStart(text, from), from - maskMargin) : from;
    const wideTo = cutAfter ? Math.min(lineEnd(text, to), to + maskMargin) : to;
    if (wideFrom === from && wideTo === to) return mask(text.slice(from, to));
    if (wideFrom < from) return mask(text.slice(wideFrom, to)).slice(-(to - from));
    return mask(text.slice(from, wideTo)).slice(0, to - from);
  }

  const parts: ExcerptPart[] = [];
  let previousEnd = 0;
  let spanIndex = 0;
  for (const window of windows) {
    if (window.from > previousEnd)
      parts.push({ kind: 'gap', skippedLines: countLines(text, previousEnd, window.from) });
    let cursor = window.from;
    while (spanIndex < sorted.length && (sorted[spanIndex]?.start ?? Infinity) < window.to) {
      const span = sorted[spanIndex] as Span;
      const start = Math.max(span.start, cursor);
      if (start > cursor)
        parts.push({ kind: 'text', text: masked(cursor, start, window.cutFrom && cursor === window.from, false) });
      if (span.end > start) parts.push({ kind: 'match', text: mask(text.slice(start, span.end)) });
      cursor = Math.max(cursor, span.end);
      spanIndex += 1;
    }
    if (window.to > cursor) parts.push({ kind: 'text', text: masked(cursor, window.to, false, window.cutTo) });
    previousEnd = window.to;
  }
  if (previousEnd < text.length) parts.push({ kind: 'gap', skippedLines: countLines(text, previousEnd, text.length) });
  return parts;
}

function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', Math.max(0, offset - 1)) + 1;
}

function lineEnd(text: string, offset: number): number {
  const end = text.indexOf('\n', offset);
  return end === -1 ? text.length : end;
}

function countLines(text: string, from: number, to: number): number {
  let lines = 0;
  for (let index = text.indexOf('\n', from); index !== -1 && index < to; index = text.indexOf('\n', index + 1)) {
    lines += 1;
  }
  return Math.max(1, lines);
}

/** 1-based line and column of an offset, for messages ("line 3, column 40"). */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lastBreak = -1;
  for (let index = text.indexOf('\n'); index !== -1 && index < offset; index = text.indexOf('\n', index + 1)) {
    line += 1;
    lastBreak = index;
  }
  return { line, column: offset - lastBreak };
}
