/**
 * Reading an input the way a user means it: a file or standard input, as bytes, decoded by its
 * byte-order mark (PowerShell's `>` writes UTF-16LE with a BOM; UTF-16BE and UTF-8 BOMs too),
 * UTF-8 otherwise; bounded in size; an empty input is "no input", not an empty diagnosis.
 */
import { open } from 'node:fs/promises';

/** The largest input read (the page takes a 50 MB log; a file beyond this is not a paste). */
export const maxInputBytes = 100 * 1024 * 1024;

export type InputReading =
  | { readonly ok: true; readonly text: string; readonly encoding: 'utf-8' | 'utf-16le' | 'utf-16be' }
  | { readonly ok: false; readonly reason: string };

export type InputStream = AsyncIterable<string | Uint8Array>;

/** Decodes bytes by their byte-order mark; UTF-8 (invalid bytes as U+FFFD) without one. */
export function decodeInput(bytes: Uint8Array): { text: string; encoding: 'utf-8' | 'utf-16le' | 'utf-16be' } {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buffer[0] === 0xff && buffer[1] === 0xfe) {
    return { text: buffer.subarray(2, buffer.length - (buffer.length % 2)).toString('utf16le'), encoding: 'utf-16le' };
  }
  if (buffer[0] === 0xfe && buffer[1] === 0xff) {
    const body = Buffer.from(buffer.subarray(2, buffer.length - (buffer.length % 2)));
    return { text: body.swap16().toString('utf16le'), encoding: 'utf-16be' };
  }
  const start = buffer[0] === 0xef && buffer[1] === 0xbb && buffer[2] === 0xbf ? 3 : 0;
  return { text: buffer.subarray(start).toString('utf8'), encoding: 'utf-8' };
}

const tooLarge = `too large (over ${maxInputBytes / 1024 / 1024} MB): give the part of the log around the error`;

async function readFileBytes(file: string): Promise<Uint8Array | string> {
  const handle = await open(file, 'r');
  try {
    const { size } = await handle.stat();
    if (size > maxInputBytes) return tooLarge;
    return await handle.readFile();
  } finally {
    await handle.close();
  }
}

async function readStreamBytes(stream: InputStream): Promise<Uint8Array | string> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk);
    total += bytes.length;
    if (total > maxInputBytes) return tooLarge;
    chunks.push(bytes);
  }
  return Buffer.concat(chunks);
}

/** Reads a file, or standard input for "-". Never throws: a problem is a reason to print. */
export async function readInput(file: string, stdin: InputStream): Promise<InputReading> {
  let bytes: Uint8Array | string;
  try {
    bytes = file === '-' ? await readStreamBytes(stdin) : await readFileBytes(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { ok: false, reason: 'no such file' };
    if (code === 'EISDIR') return { ok: false, reason: 'is a directory' };
    if (code === 'EACCES') return { ok: false, reason: 'permission denied' };
    return { ok: false, reason: (error as Error).message };
  }
  if (typeof bytes === 'string') return { ok: false, reason: bytes };
  const decoded = decodeInput(bytes);
  if (decoded.text.trim() === '') {
    return {
      ok: false,
      reason:
        file === '-'
          ? 'no input (standard input was empty or closed: pipe a log in, or give a file)'
          : 'no input (the file is empty)',
    };
  }
  return { ok: true, ...decoded };
}
