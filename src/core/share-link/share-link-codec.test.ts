import { describe, expect, it } from 'vitest';
import {
  decodeShareFragment,
  encodeShareFragment,
  fromBase64Url,
  maxShareFragmentChars,
  toBase64Url,
  type ShareCompression,
} from './share-link-codec.ts';

// The codec takes its packing from the caller (the core has no TextEncoder): here two bytes per
// UTF-16 code unit, uncompressed. The browser's deflate is tested in src/ui/share-compression.test.ts.
function bytesOf(text: string): Uint8Array {
  const bytes = new Uint8Array(text.length * 2);
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    bytes[index * 2] = code >> 8;
    bytes[index * 2 + 1] = code & 0xff;
  }
  return bytes;
}
const plain: ShareCompression = {
  method: 'u',
  pack: (text) => Promise.resolve(bytesOf(text)),
  unpack: (bytes, _method, maxChars) => {
    if (bytes.byteLength > maxChars * 2) return Promise.reject(new RangeError('too big'));
    let text = '';
    for (let index = 0; index + 1 < bytes.length; index += 2) {
      text += String.fromCharCode(((bytes[index] ?? 0) << 8) | (bytes[index + 1] ?? 0));
    }
    return Promise.resolve(text);
  },
};

const paste =
  'gateway closed (1008): unauthorized: gateway token mismatch (set gateway.remote.token to match gateway.auth.token)\nConfig: /home/maria/.openclaw/openclaw.json\nOPENCLAW_GATEWAY_TOKEN=3f9a1c0b7e2d4a6f8b0c1d2e3f4a5b6c7d8e9f0a1b2c3d4e';

async function encode(text: string): Promise<string> {
  const result = await encodeShareFragment({ paste: text, platform: 'docker-compose' }, plain);
  if (!result.ok) throw new Error(result.error.message);
  return result.fragment;
}

describe('share link codec', () => {
  it('round-trips a paste and its platform, redacted', async () => {
    const fragment = await encode(paste);
    const decoded = await decodeShareFragment(fragment, plain);
    expect(decoded.ok).toBe(true);
    if (!decoded.ok) return;
    expect(decoded.payload.platform).toBe('docker-compose');
    expect(decoded.payload.paste).toContain('unauthorized: gateway token mismatch');
    expect(decoded.payload.paste).toContain('/home/[user]/.openclaw');
    expect(decoded.payload.paste).not.toContain('maria');
    expect(decoded.payload.paste).not.toContain('3f9a1c0b7e2d');
    expect(fragment).not.toContain('maria');
  });

  it('round-trips non-ASCII text', async () => {
    const text = 'unauthorized: gateway token missing 此网关需要身份验证。 🦞 OpenClaw 2026.2.15';
    const decoded = await decodeShareFragment(await encode(text), plain);
    expect(decoded.ok && decoded.payload.paste).toBe(text);
  });

  it('says "incomplete" for a link cut anywhere', async () => {
    const fragment = await encode(paste);
    for (const cut of [3, fragment.indexOf('.') + 1, Math.floor(fragment.length / 2), fragment.length - 3]) {
      const decoded = await decodeShareFragment(fragment.slice(0, cut), plain);
      expect(decoded.ok ? 'ok' : decoded.error.problem, `cut at ${cut}`).toBe('truncated');
    }
    const decoded = await decodeShareFragment(fragment.slice(0, fragment.length - 3), plain);
    expect(!decoded.ok && decoded.error.message).toContain('incomplete');
  });

  it('says "changed" for a link with an edited character', async () => {
    const fragment = await encode(paste);
    const middle = fragment.indexOf('.') + 10;
    const swapped = fragment[middle] === 'A' ? 'B' : 'A';
    const tampered = `${fragment.slice(0, middle)}${swapped}${fragment.slice(middle + 1)}`;
    const decoded = await decodeShareFragment(tampered, plain);
    expect(decoded.ok ? 'ok' : decoded.error.problem).toBe('tampered');
    expect(!decoded.ok && decoded.error.message).toContain('changed after it was made');
  });

  it('rejects a link whose payload is not a shared diagnosis', async () => {
    const body = toBase64Url(bytesOf(JSON.stringify({ v: 1, paste: 42 })));
    const fnv = (text: string): string => {
      let hash = 0x811c9dc5;
      for (const character of text) hash = Math.imul(hash ^ character.charCodeAt(0), 0x01000193) >>> 0;
      return hash.toString(36).padStart(6, '0');
    };
    const decoded = await decodeShareFragment(`1u${body.length.toString(36)}.${body}.${fnv(body)}`, plain);
    expect(decoded.ok ? 'ok' : decoded.error.problem).toBe('malformed');
    const future = toBase64Url(bytesOf(JSON.stringify({ v: 2, paste: 'x' })));
    const decodedFuture = await decodeShareFragment(`1u${future.length.toString(36)}.${future}.${fnv(future)}`, plain);
    expect(decodedFuture.ok ? 'ok' : decodedFuture.error.problem).toBe('unsupported-version');
    expect((await decodeShareFragment('2u1.A.000000', plain)).ok).toBe(false);
    expect(await decodeShareFragment('hello world', plain)).toMatchObject({
      ok: false,
      error: { problem: 'malformed' },
    });
  });

  it('refuses to build or open an oversized link', async () => {
    const huge = Array.from({ length: 4000 }, (_, index) => `line ${index} unauthorized: gateway token mismatch`).join(
      '\n',
    );
    const built = await encodeShareFragment({ paste: huge }, plain);
    expect(built.ok).toBe(false);
    expect(!built.ok && built.error.problem).toBe('oversized');
    const opened = await decodeShareFragment(`1u1.${'A'.repeat(maxShareFragmentChars)}.000000`, plain);
    expect(opened.ok ? 'ok' : opened.error.problem).toBe('oversized');
  });

  it('says when this browser cannot decompress a compressed link', async () => {
    const decoded = await decodeShareFragment('1d4.AAAA.000000', plain);
    expect(decoded.ok ? 'ok' : decoded.error.problem).toMatch(/tampered|unsupported-compression/);
  });
});

describe('base64url', () => {
  it('round-trips every byte value and length', () => {
    for (let length = 0; length < 20; length += 1) {
      const bytes = Uint8Array.from({ length: length * 13 }, (_, index) => (index * 37 + length) & 0xff);
      const text = toBase64Url(bytes);
      expect(text).toMatch(/^[A-Za-z0-9_-]*$/);
      expect([...(fromBase64Url(text) ?? [])]).toEqual([...bytes]);
    }
    expect(fromBase64Url('ab+c')).toBeNull();
  });
});
