import * as z from 'zod/mini';
import { platforms, type Platform } from '../platforms.ts';
import { maskSecrets } from '../redact/mask-secrets.ts';

/*
 * "Share this diagnosis": the pasted text travels in the URL fragment only (browsers never send
 * the fragment to a server), redacted, compressed, and framed so that a truncated or altered link
 * is recognised instead of showing half a paste:
 *
 *   <version><method><declared length, base 36>.<payload, base64url>.<checksum, base 36>
 *   e.g. 1d2hs.q1YqS8wpTVWyUqooLVayUqpVAgA.1x0kq3
 *
 * The codec is pure: compression (and UTF-8) come from the caller, the browser's native
 * CompressionStream or plain UTF-8 where there is none.
 */

/** How the payload bytes were packed: `d` deflate-raw, `u` plain UTF-8 (no CompressionStream). */
export type ShareMethod = 'd' | 'u';

/** What the platform provides: text ↔ bytes, compressed when it can. */
export interface ShareCompression {
  /** The method `pack` uses. */
  readonly method: ShareMethod;
  pack(text: string): Promise<Uint8Array>;
  /** Unpacks bytes packed with `method`; rejects when the bytes are corrupt or exceed `maxChars`. */
  unpack(bytes: Uint8Array, method: ShareMethod, maxChars: number): Promise<string>;
}

/** A shared diagnosis: the redacted paste and, optionally, the platform its helper should see. */
export interface SharePayload {
  readonly paste: string;
  readonly platform?: Platform | undefined;
  /** True when only the lines around the matches were shared (the paste was too long). */
  readonly excerpt?: boolean | undefined;
}

const sharePayloadSchema = z.object({
  v: z.literal(1),
  paste: z.string().check(z.minLength(1)),
  platform: z.optional(z.enum(platforms)),
  excerpt: z.optional(z.boolean()),
});

const formatVersion = '1';
/** Longest fragment we build or accept: beyond this, chat apps and forms cut links anyway. */
export const maxShareFragmentChars = 16_000;
/** Longest paste a link may unpack to: a small link cannot expand into a huge one (zip bomb). */
export const maxSharedPasteChars = 200_000;

export type ShareLinkProblem =
  'truncated' | 'tampered' | 'oversized' | 'unsupported-version' | 'unsupported-compression' | 'malformed';

export interface ShareLinkError {
  readonly problem: ShareLinkProblem;
  /** What is wrong and what to do, for the person who opened the link. */
  readonly message: string;
}

/**
 * `16000` → `16,000`. Not toLocaleString: the first Intl call loads ICU's locale data, which cost
 * the CLI a third of its start-up (this module's messages are built when it loads).
 */
function thousands(value: number): string {
  const digits = String(value);
  let out = '';
  for (let index = 0; index < digits.length; index += 1) {
    if (index > 0 && (digits.length - index) % 3 === 0) out += ',';
    out += digits.charAt(index);
  }
  return out;
}

const askAgain = 'Ask the person who sent it to copy the whole link again, or paste the error itself into the doctor.';

const problemMessages: Record<ShareLinkProblem, string> = {
  truncated: `This share link is incomplete: its end was cut off (chat apps and e-mail sometimes shorten long links). ${askAgain}`,
  tampered: `This share link was changed after it was made: its checksum does not match its content, so it is not shown. ${askAgain}`,
  oversized: `This share link is too long to open safely (over ${thousands(maxShareFragmentChars)} characters, or a paste of more than ${thousands(maxSharedPasteChars)} characters). ${askAgain}`,
  'unsupported-version': `This share link was made by a different version of Error Doctor and cannot be read here. ${askAgain}`,
  'unsupported-compression':
    'This share link is compressed, and this browser cannot decompress it (it has no CompressionStream). Open it in a current browser, or ask for the error text itself.',
  malformed: `This is not a valid share link: the part after #share= is damaged. ${askAgain}`,
};

export function shareLinkError(problem: ShareLinkProblem): ShareLinkError {
  return { problem, message: problemMessages[problem] };
}

export type EncodeResult =
  | { readonly ok: true; readonly fragment: string; readonly redactedPaste: string }
  | { readonly ok: false; readonly error: ShareLinkError; readonly length: number };

/** Builds the fragment value for a paste. The paste is redacted here, whatever the caller did. */
export async function encodeShareFragment(payload: SharePayload, compression: ShareCompression): Promise<EncodeResult> {
  const redactedPaste = maskSecrets(payload.paste);
  const json = JSON.stringify({
    v: 1,
    paste: redactedPaste,
    ...(payload.platform ? { platform: payload.platform } : {}),
    ...(payload.excerpt ? { excerpt: true } : {}),
  });
  const body = toBase64Url(await compression.pack(json));
  const fragment = `${formatVersion}${compression.method}${body.length.toString(36)}.${body}.${checksum(body)}`;
  if (fragment.length > maxShareFragmentChars) {
    return { ok: false, error: shareLinkError('oversized'), length: fragment.length };
  }
  return { ok: true, fragment, redactedPaste };
}

export type DecodeResult =
  { readonly ok: true; readonly payload: SharePayload } | { readonly ok: false; readonly error: ShareLinkError };

const framePattern = /^(\d)([a-z])([0-9a-z]{1,6})\.([A-Za-z0-9_-]*)(?:\.([0-9a-z]*))?$/;

/** Reads a fragment value back: validated frame, checksum, size, then the payload with zod. */
export async function decodeShareFragment(fragment: string, compression: ShareCompression): Promise<DecodeResult> {
  const fail = (problem: ShareLinkProblem): DecodeResult => ({ ok: false, error: shareLinkError(problem) });
  if (fragment.length > maxShareFragmentChars) return fail('oversized');
  const frame = framePattern.exec(fragment);
  if (!frame) {
    // A link cut inside the header is still a truncated link.
    return fail(/^\d[a-z]?[0-9a-z]*$/.test(fragment) ? 'truncated' : 'malformed');
  }
  const [, version = '', method = '', declared = '', body = '', check] = frame;
  if (version !== formatVersion) return fail('unsupported-version');
  if (method !== 'd' && method !== 'u') return fail('malformed');
  const declaredLength = Number.parseInt(declared, 36);
  if (body.length < declaredLength || check === undefined || check.length < checksumLength) return fail('truncated');
  if (body.length > declaredLength || check !== checksum(body)) return fail('tampered');

  const bytes = fromBase64Url(body);
  if (!bytes) return fail('malformed');
  if (method === 'd' && compression.method !== 'd') return fail('unsupported-compression');
  let json: string;
  try {
    json = await compression.unpack(bytes, method, maxSharedPasteChars * 2);
  } catch (error) {
    return fail(error instanceof RangeError ? 'oversized' : 'tampered');
  }
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return fail('tampered');
  }
  const parsed = sharePayloadSchema.safeParse(value);
  if (!parsed.success) {
    const version = (value as { v?: unknown } | null)?.v;
    return fail(typeof version === 'number' && version !== 1 ? 'unsupported-version' : 'malformed');
  }
  if (parsed.data.paste.length > maxSharedPasteChars) return fail('oversized');
  return {
    ok: true,
    payload: {
      // Redact again: a hand-made link must not smuggle a secret onto the screen either.
      paste: maskSecrets(parsed.data.paste),
      platform: parsed.data.platform,
      excerpt: parsed.data.excerpt,
    },
  };
}

const checksumLength = 6;

/** FNV-1a (32-bit) of the payload characters, base 36, fixed width: catches any edited character. */
function checksum(text: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36).padStart(checksumLength, '0');
}

const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** base64url without padding (no btoa: the core runs without DOM globals). */
export function toBase64Url(bytes: Uint8Array): string {
  let out = '';
  for (let index = 0; index < bytes.length; index += 3) {
    const a = bytes[index] ?? 0;
    const b = bytes[index + 1];
    const c = bytes[index + 2];
    const triple = (a << 16) | ((b ?? 0) << 8) | (c ?? 0);
    out += alphabet[(triple >> 18) & 63] ?? '';
    out += alphabet[(triple >> 12) & 63] ?? '';
    if (b !== undefined) out += alphabet[(triple >> 6) & 63] ?? '';
    if (c !== undefined) out += alphabet[triple & 63] ?? '';
  }
  return out;
}

/** Decodes base64url; null when a character is not in the alphabet or the length is impossible. */
export function fromBase64Url(text: string): Uint8Array | null {
  if (text.length % 4 === 1) return null;
  const bytes = new Uint8Array(Math.floor((text.length * 3) / 4));
  let byteIndex = 0;
  let buffer = 0;
  let bits = 0;
  for (const character of text) {
    const value = alphabet.indexOf(character);
    if (value < 0) return null;
    buffer = ((buffer << 6) | value) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes[byteIndex] = (buffer >> bits) & 0xff;
      byteIndex += 1;
    }
  }
  return bytes.subarray(0, byteIndex);
}
