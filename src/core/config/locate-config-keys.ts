/**
 * Maps key paths ("gateway.auth.token") to the line they are on in the pasted JSON5, so a
 * finding can say where. A single pass over the text that only follows braces, brackets, keys,
 * strings and comments; it runs on text json5 already accepted, so it need not report errors.
 */
export type KeyLines = ReadonlyMap<string, number>;

/**
 * Longer key paths are not recorded: no key OpenClaw reads has one, and recording every path
 * under one huge key would copy that key once per child (quadratic in the paste).
 */
export const longestRecordedPath = 256;

interface Frame {
  readonly path: string;
  readonly kind: 'object' | 'array';
  expectKey: boolean;
  key: string | null;
  index: number;
}

export function locateConfigKeys(text: string): KeyLines {
  const lines = new Map<string, number>();
  const stack: Frame[] = [];
  let line = 1;
  let position = 0;
  // The last string or word read and the line it started on: a key once a ':' follows it.
  let pending: { value: string; line: number } | null = null;

  const childPath = (frame: Frame | undefined): string => {
    if (!frame) return '';
    const name = frame.kind === 'object' ? (frame.key ?? '') : String(frame.index);
    return frame.path === '' ? name : `${frame.path}.${name}`;
  };

  while (position < text.length) {
    const character = text.charAt(position);
    if (character === '\n') {
      line += 1;
      position += 1;
    } else if (character === '/' && text.charAt(position + 1) === '/') {
      const end = text.indexOf('\n', position);
      position = end === -1 ? text.length : end;
    } else if (character === '/' && text.charAt(position + 1) === '*') {
      const end = text.indexOf('*/', position + 2);
      const stop = end === -1 ? text.length : end + 2;
      line += countNewlines(text, position, stop);
      position = stop;
    } else if (character === '"' || character === "'") {
      const start = position;
      const startLine = line;
      position += 1;
      // Whole runs between escapes are sliced, not added a character at a time.
      let value = '';
      let run = position;
      while (position < text.length && text.charAt(position) !== character) {
        if (text.charAt(position) === '\\') {
          value += text.slice(run, position) + text.charAt(position + 1);
          position += 2;
          run = position;
        } else {
          position += 1;
        }
      }
      value += text.slice(run, Math.min(position, text.length));
      position += 1;
      line += countNewlines(text, start, Math.min(position, text.length));
      pending = { value, line: startLine };
    } else if (character === '{' || character === '[') {
      const parent = stack.at(-1);
      stack.push({
        path: childPath(parent),
        kind: character === '{' ? 'object' : 'array',
        expectKey: character === '{',
        key: null,
        index: 0,
      });
      pending = null;
      position += 1;
    } else if (character === '}' || character === ']') {
      stack.pop();
      pending = null;
      position += 1;
    } else if (character === ':') {
      const frame = stack.at(-1);
      if (frame?.kind === 'object' && frame.expectKey && pending) {
        frame.key = pending.value;
        frame.expectKey = false;
        const path = childPath(frame);
        if (path.length <= longestRecordedPath && !lines.has(path)) lines.set(path, pending.line);
      }
      pending = null;
      position += 1;
    } else if (character === ',') {
      const frame = stack.at(-1);
      if (frame?.kind === 'object') frame.expectKey = true;
      else if (frame) frame.index += 1;
      pending = null;
      position += 1;
    } else if (/[\w$]/.test(character)) {
      const start = position;
      while (position < text.length && /[\w$.+-]/.test(text.charAt(position))) position += 1;
      pending = { value: text.slice(start, position), line };
    } else {
      position += 1;
    }
  }
  return lines;
}

function countNewlines(text: string, start: number, end: number): number {
  let count = 0;
  for (let index = text.indexOf('\n', start); index !== -1 && index < end; index = text.indexOf('\n', index + 1)) {
    count += 1;
  }
  return count;
}

/** The line of a key path, or of its nearest ancestor that is in the text (for a missing key). */
export function lineOfPath(lines: KeyLines, path: string): number | null {
  const parts = path.split('.');
  for (let length = parts.length; length > 0; length -= 1) {
    const found = lines.get(parts.slice(0, length).join('.'));
    if (found !== undefined) return found;
  }
  return null;
}
