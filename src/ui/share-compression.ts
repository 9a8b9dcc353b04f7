import type { ShareCompression, ShareMethod } from '../core/share-link/share-link-codec.ts';

/*
 * The browser side of the share codec: deflate-raw through the native CompressionStream, or plain
 * UTF-8 where a browser has none (the link is then longer, never broken). Unpacking stops as soon
 * as the output passes the limit, so a small link cannot expand into a huge paste.
 */

async function collect(stream: ReadableStream<Uint8Array>, maxBytes: number): Promise<Uint8Array> {
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      throw new RangeError('share link expands beyond the limit');
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return out;
}

function streamOf(bytes: Uint8Array): ReadableStream<BufferSource> {
  return new ReadableStream<BufferSource>({
    start(controller) {
      controller.enqueue(new Uint8Array(bytes));
      controller.close();
    },
  });
}

export function browserShareCompression(): ShareCompression {
  const native = typeof CompressionStream === 'function' && typeof DecompressionStream === 'function';
  const method: ShareMethod = native ? 'd' : 'u';
  return {
    method,
    async pack(text) {
      const bytes = new TextEncoder().encode(text);
      if (!native) return bytes;
      return collect(streamOf(bytes).pipeThrough(new CompressionStream('deflate-raw')), Number.POSITIVE_INFINITY);
    },
    async unpack(bytes, packedWith, maxChars) {
      // UTF-8 needs at most 3 bytes per UTF-16 code unit.
      const maxBytes = maxChars * 3;
      const raw =
        packedWith === 'u'
          ? bytes
          : await collect(streamOf(bytes).pipeThrough(new DecompressionStream('deflate-raw')), maxBytes);
      if (raw.byteLength > maxBytes) throw new RangeError('share link expands beyond the limit');
      return new TextDecoder('utf-8', { fatal: true }).decode(raw);
    },
  };
}
