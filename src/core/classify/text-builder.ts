/**
 * Builds a long string from many pieces of other strings. A paste with a colour code around
 * every word leaves a million pieces of a few characters; joining a million slices costs far
 * more than their characters (each slice is a string of its own). Short pieces are copied here
 * as character codes into a block that becomes one string every few thousand characters; long
 * pieces stay slices, so a log with a few escapes is not copied character by character.
 */
const blockSize = 8192;
/** From this length a slice is cheaper than copying its characters one by one. */
const longPiece = 64;

export class TextBuilder {
  private readonly parts: string[] = [];
  // A plain array of small integers: `String.fromCharCode.apply` reads it several times faster
  // than a typed array.
  private readonly block: number[] = Array.from({ length: blockSize }, () => 0);
  private filled = 0;
  /** The length of the text built so far. */
  length = 0;

  /** Appends `source.slice(start, end)`. */
  appendSlice(source: string, start: number, end: number): void {
    if (end <= start) return;
    this.length += end - start;
    if (end - start >= longPiece) {
      this.flush();
      this.parts.push(source.slice(start, end));
      return;
    }
    for (let index = start; index < end; index += 1) {
      if (this.filled === blockSize) this.flush();
      this.block[this.filled] = source.charCodeAt(index);
      this.filled += 1;
    }
  }

  /** Appends one UTF-16 code unit. */
  appendCode(code: number): void {
    if (this.filled === blockSize) this.flush();
    this.block[this.filled] = code;
    this.filled += 1;
    this.length += 1;
  }

  toString(): string {
    this.flush();
    return this.parts.join('');
  }

  private flush(): void {
    if (this.filled === 0) return;
    const codes = this.filled === blockSize ? this.block : this.block.slice(0, this.filled);
    this.parts.push(String.fromCharCode.apply(null, codes));
    this.filled = 0;
  }
}
