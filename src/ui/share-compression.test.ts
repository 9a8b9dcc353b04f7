import { describe, expect, it } from 'vitest';
import { decodeShareFragment, encodeShareFragment } from '../core/share-link/share-link-codec.ts';
import { browserShareCompression } from './share-compression.ts';

// Node has the same CompressionStream as browsers, so the deflate path is tested here.
describe('browser share compression', () => {
  const compression = browserShareCompression();
  const paste = Array.from(
    { length: 20 },
    (_, index) =>
      `2026-02-18T09:14:${String(index).padStart(2, '0')}Z [gateway] gateway closed (1008): unauthorized: gateway token mismatch (set gateway.remote.token to match gateway.auth.token)`,
  ).join('\n');

  it('deflates, so a repetitive paste makes a short link, and round-trips', async () => {
    expect(compression.method).toBe('d');
    const built = await encodeShareFragment({ paste }, compression);
    expect(built.ok).toBe(true);
    if (!built.ok) return;
    expect(built.fragment.length).toBeLessThan(paste.length / 4);
    const opened = await decodeShareFragment(built.fragment, compression);
    expect(opened.ok && opened.payload.paste).toBe(paste);
  });

  it('stops unpacking a small link that expands past the limit', async () => {
    const bomb = await compression.pack('a'.repeat(1_000_000));
    await expect(compression.unpack(bomb, 'd', 10_000)).rejects.toBeInstanceOf(RangeError);
  });
});
