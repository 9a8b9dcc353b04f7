import { asciiBytesSupported, fromAsciiBytes } from './ascii-bytes.ts';

/**
 * Builds a long string from many pieces of other strings. A paste with a colour code around
 * every word leaves a million pieces of a few characters; joining a million slices costs far
 * more than their characters (each slice is a string of its own). Short pieces are copied here
 * character by character into a block that becomes one string every few thousand characters;
 * long pieces stay slices, so a log with a few escapes is not copied character by character.
 *
 * A block of ASCII is kept as bytes and decoded at once (the fastest way to make a string);
 * from the first other character on, a block is kept as character codes instead. A short text
 * (one pasted line) is not worth a block: its pieces are simply joined.
 */
const blockSize = 8192;
/** From this length a slice is cheaper than copying its characters one by one. */
const longPiece = 64;
/** Below this expected length, pieces are joined as they are. */
const minBlockedLength = 4096;

export class TextBuilder {
  private readonly parts: string[] = [];
  private readonly blocked: boolean;
  private readonly bytes: Uint8Array | null;
  // A plain array of small integers: `String.fromCharCode.apply` reads it several times faster
  // than a typed array. Made on the first non-ASCII character.
  private codes: number[] | null = null;
  /** Whether the current block is in `codes` (it holds a non-ASCII character) rather than `bytes`. */
  private wide = !asciiBytesSupported;
  private filled = 0;
  /** The length of the text built so far. */
  length = 0;

  /** `expectedLength`: about how long the text will be. */
  constructor(expectedLength: number) {
    this.blocked = expectedLength >= minBlockedLength;
    this.bytes = this.blocked && asciiBytesSupported ? new Uint8Array(blockSize) : null;
  }

  /** Appends `source.slice(start, end)`. */
  appendSlice(source: string, start: number, end: number): void {
    if (end <= start) return;
    if (!this.blocked || end - start >= longPiece) {
      this.flush();
      this.parts.push(source.slice(start, end));
      this.length += end - start;
      return;
    }
    for (let index = start; index < end; index += 1) this.appendCode(source.charCodeAt(index));
  }

  /** Appends one UTF-16 code unit. */
  appendCode(code: number): void {
    if (!this.blocked) {
      this.parts.push(String.fromCharCode(code));
      this.length += 1;
      return;
    }
    if (this.filled === blockSize) this.flush();
    if (!this.wide && this.bytes) {
      if (code < 0x80) {
        this.bytes[this.filled] = code;
        this.filled += 1;
        this.length += 1;
        return;
      }
      // The ASCII so far becomes a string of its own; this block goes on as codes.
      this.flush();
      this.wide = true;
    }
    this.codes ??= new Array<number>(blockSize).fill(0);
    this.codes[this.filled] = code;
    this.filled += 1;
    this.length += 1;
  }

  toString(): string {
    this.flush();
    return this.parts.join('');
  }

  private flush(): void {
    if (this.filled > 0) {
      if (this.wide && this.codes) {
        const codes = this.filled === blockSize ? this.codes : this.codes.slice(0, this.filled);
        this.parts.push(String.fromCharCode.apply(null, codes));
      } else if (this.bytes) {
        this.parts.push(fromAsciiBytes(this.bytes.subarray(0, this.filled)));
      }
      this.filled = 0;
    }
    this.wide = !asciiBytesSupported;
  }
}
