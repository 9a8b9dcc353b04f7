import { asciiBytesSupported, fromAsciiBytes } from './ascii-bytes.ts';

/**
 * Builds a long string from many pieces of other strings. A paste with a colour code around
 * every word leaves a million pieces of a few characters; joining a million slices costs far
 * more than their characters (each slice is a string of its own). Short pieces are copied here
 * character by character into a block that becomes one string every few thousand characters;
 * long pieces stay slices, so a log with a few escapes is not copied character by character.
 *
 * A block of ASCII is kept as bytes and decoded at once (the fastest way to make a string);
 * from the first other character on, a block is kept as character codes instead.
 */
const blockSize = 8192;
/** From this length a slice is cheaper than copying its characters one by one. */
const longPiece = 64;

export class TextBuilder {
  private readonly parts: string[] = [];
  private readonly bytes = new Uint8Array(blockSize);
  // A plain array of small integers: `String.fromCharCode.apply` reads it several times faster
  // than a typed array.
  private readonly codes: number[] = Array.from({ length: blockSize }, () => 0);
  /** Whether the current block is in `codes` (it holds a non-ASCII character) rather than `bytes`. */
  private wide = !asciiBytesSupported;
  private filled = 0;
  /** The length of the text built so far. */
  length = 0;

  /** Appends `source.slice(start, end)`. */
  appendSlice(source: string, start: number, end: number): void {
    if (end - start >= longPiece) {
      this.flush();
      this.parts.push(source.slice(start, end));
      this.length += end - start;
      return;
    }
    for (let index = start; index < end; index += 1) this.appendCode(source.charCodeAt(index));
  }

  /** Appends one UTF-16 code unit. */
  appendCode(code: number): void {
    if (this.filled === blockSize) this.flush();
    if (!this.wide) {
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
      if (this.wide) {
        const codes = this.filled === blockSize ? this.codes : this.codes.slice(0, this.filled);
        this.parts.push(String.fromCharCode.apply(null, codes));
      } else {
        this.parts.push(fromAsciiBytes(this.bytes.subarray(0, this.filled)));
      }
      this.filled = 0;
    }
    this.wide = !asciiBytesSupported;
  }
}
