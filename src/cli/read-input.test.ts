import { describe, expect, it } from 'vitest';
import { runCli, tempFile } from './cli-test-harness.ts';
import { decodeInput, maxInputBytes } from './read-input.ts';

const errorLine =
  'disconnected (1008): unauthorized: gateway token mismatch (set gateway.remote.token to match gateway.auth.token)\r\n';

function utf16(text: string, endian: 'le' | 'be'): Buffer {
  const body = Buffer.from(text, 'utf16le');
  if (endian === 'be') body.swap16();
  return Buffer.concat([Buffer.from(endian === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]), body]);
}

describe('error-doctor reads what the user saved, however it was saved', () => {
  it.each([
    ['UTF-16LE with a BOM (PowerShell: openclaw … > error.log)', utf16(errorLine, 'le')],
    ['UTF-16BE with a BOM', utf16(errorLine, 'be')],
    ['UTF-8 with a BOM (Notepad)', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(errorLine)])],
  ])('%s: same diagnosis, spans into the decoded text', async (_, bytes) => {
    const { code, stdout } = await runCli(['classify', '--json', tempFile('error.log', bytes)]);
    expect(code).toBe(0);
    const result = JSON.parse(stdout) as {
      findings: { id: string; client: string; spans: { start: number; end: number }[] }[];
    };
    expect(result.findings[0]?.id).toBe('gateway-token-mismatch');
    expect(result.findings[0]?.client).toBe('cli');
    const span = result.findings[0]?.spans[0];
    expect(span && errorLine.slice(span.start, span.end)).toBe('unauthorized: gateway token mismatch');
  });

  it('decodes an odd trailing byte of UTF-16 away instead of failing', () => {
    const bytes = Buffer.concat([utf16('gateway token mismatch', 'le'), Buffer.from([0x41])]);
    expect(decodeInput(bytes)).toEqual({ text: 'gateway token mismatch', encoding: 'utf-16le' });
  });

  it('says "no input" for an empty standard input or an empty file, and exits 2', async () => {
    const fromStdin = await runCli(['classify'], '');
    expect(fromStdin.code).toBe(2);
    expect(fromStdin.stderr).toContain('no input');
    expect(fromStdin.stdout).toBe('');
    const fromFile = await runCli(['classify', '--json', tempFile('empty.log', '  \n\n')]);
    expect(fromFile.code).toBe(2);
    expect(fromFile.stderr).toContain('no input (the file is empty)');
    expect(JSON.parse(fromFile.stdout)).toMatchObject({ findings: [], error: 'no input (the file is empty)' });
  });

  it('says a standard input over the limit is too large instead of reading it all', async () => {
    const { code, stderr } = await runCli(['classify'], 'x'.repeat(maxInputBytes + 1));
    expect(code).toBe(2);
    expect(stderr).toContain('too large (over 100 MB)');
  });

  it('says a directory is not a file', async () => {
    const { code, stderr } = await runCli(['classify', tempFile('x', 'x').replace(/x$/, '')]);
    expect(code).toBe(2);
    expect(stderr).toContain('is a directory');
  });
});
