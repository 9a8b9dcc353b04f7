import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import {
  dockerGatewayToken,
  generatedGatewayToken,
  leakedPieces,
  pasteWithSecrets,
  plantedSecrets,
} from '../core/redact/planted-secrets.fixture.ts';
import { decodeShareFragment, fromBase64Url } from '../core/share-link/share-link-codec.ts';
import { readShareFragment } from '../ui/paths.ts';
import { main } from './error-doctor.ts';
import { nodeShareCompression } from './site-links.ts';

async function run(args: string[]): Promise<string> {
  let output = '';
  await main(args, {
    stdout: { write: (text: string) => (output += text) },
    stderr: { write: (text: string) => (output += text) },
    stdin: (async function* () {
      await Promise.resolve();
      yield pasteWithSecrets;
    })(),
  });
  return output;
}

describe('error-doctor never prints a planted secret', () => {
  const directory = mkdtempSync(path.join(tmpdir(), 'error-doctor-secrets-'));
  const log = path.join(directory, 'gateway.log');
  writeFileSync(log, pasteWithSecrets);
  const config = path.join(directory, 'openclaw.json');
  writeFileSync(
    config,
    `{ gateway: { mode: "remote", auth: { token: "${generatedGatewayToken}" }, remote: { token: "${dockerGatewayToken}" } } }`,
  );

  for (const args of [
    ['classify', log],
    ['classify', '--json', log],
    ['classify', '--config', config, log],
    ['classify', '--json', '--config', config, '-'],
    ['check-config', '--json', '--error', log, config],
  ]) {
    it(`in: error-doctor ${args.join(' ').replaceAll(directory, '…')}`, async () => {
      const output = await run(args);
      expect(output).toContain('gateway-token-mismatch');
      for (const planted of plantedSecrets) expect(leakedPieces(output, planted.secret), planted.kind).toEqual([]);
    });
  }

  it('nor in the link that opens the doctor on the same diagnosis (the paste it carries is redacted)', async () => {
    const output = await run(['classify', '--json', log]);
    const { shareLink } = JSON.parse(output) as { shareLink: string };
    const fragment = readShareFragment(new URL(shareLink).hash);
    expect(fragment).not.toBeNull();
    const decoded = await decodeShareFragment(fragment ?? '', nodeShareCompression);
    expect(decoded.ok).toBe(true);
    // The bytes in the link themselves, not the decoder's output (the decoder masks again).
    const carried = inflateRawSync(fromBase64Url(fragment?.split('.')[1] ?? '') ?? new Uint8Array()).toString('utf8');
    expect(carried).toContain('gateway token mismatch');
    for (const planted of plantedSecrets) expect(leakedPieces(carried, planted.secret), planted.kind).toEqual([]);
  });
});
