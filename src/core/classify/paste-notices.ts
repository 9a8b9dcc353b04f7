/**
 * What is odd about a paste, in plain words: binary data, broken characters, a giant line, a huge
 * log. The paste is still diagnosed; these say why the result may look thin and what to do.
 * Linear in the paste; single-character lookarounds only.
 */

export interface PasteNotice {
  readonly kind: 'large' | 'binary' | 'lone-surrogate' | 'long-line' | 'many-lines';
  readonly message: string;
}

const sampleLength = 64 * 1024;
// C0 controls other than tab, line breaks and ESC (terminal colours), plus DEL and U+FFFD.
// eslint-disable-next-line no-control-regex -- counting control bytes is the point
const binaryCharacters = /[\x00-\x08\x0b\x0c\x0e-\x1a\x1c-\x1f\x7f\ufffd]/g;
const loneSurrogate = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
export const largePasteLength = 1024 * 1024;
const longLineLength = 1024 * 1024;
const manyLines = 200_000;

export function formatSize(length: number): string {
  if (length < 1024) return `${length} characters`;
  if (length < 1024 * 1024) return `${(length / 1024).toFixed(0)} KB`;
  return `${(length / (1024 * 1024)).toFixed(1)} MB`;
}

function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let index = text.indexOf('\n'); index !== -1 && index < offset; index = text.indexOf('\n', index + 1)) {
    line += 1;
    lineStart = index + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

export function describePaste(paste: string): PasteNotice[] {
  const notices: PasteNotice[] = [];
  if (paste.length >= largePasteLength) {
    notices.push({
      kind: 'large',
      message: `Large paste (${formatSize(paste.length)}): it is diagnosed in the background, and only the lines around each match are shown.`,
    });
  }

  const sample = paste.slice(0, sampleLength);
  const binary = sample.match(binaryCharacters)?.length ?? 0;
  if (sample.length > 0 && binary / sample.length > 0.05) {
    notices.push({
      kind: 'binary',
      message: `This looks like binary data, not text (${Math.round((100 * binary) / sample.length)}% control characters): copy the text the command printed, or open the log in a text editor and paste from there.`,
    });
  }

  const surrogate = loneSurrogate.exec(paste);
  if (surrogate) {
    const { line, column } = lineAndColumn(paste, surrogate.index);
    notices.push({
      kind: 'lone-surrogate',
      message: `Your paste has a broken character (invalid UTF-16) at line ${line}, column ${column}. It is kept as it is; if the error text looks garbled, copy it again from the terminal.`,
    });
  }

  let lines = 1;
  let longest = 0;
  let lineStart = 0;
  for (let index = paste.indexOf('\n'); index !== -1; index = paste.indexOf('\n', index + 1)) {
    lines += 1;
    longest = Math.max(longest, index - lineStart);
    lineStart = index + 1;
  }
  longest = Math.max(longest, paste.length - lineStart);
  if (longest >= longLineLength) {
    notices.push({
      kind: 'long-line',
      message: `One line is ${formatSize(longest)} long: matches in it are shown cut to the text around them.`,
    });
  }
  if (lines >= manyLines) {
    notices.push({
      kind: 'many-lines',
      message: `${lines.toLocaleString('en')} lines: only the lines around each match are shown.`,
    });
  }
  return notices;
}
