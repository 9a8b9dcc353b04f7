import { describe, expect, it } from 'vitest';
import { compareTokens, fingerprint, type Sha256Digest, type TokenSource } from './compare-tokens.ts';

// Node's Web Crypto, the same API the browser passes in.
const subtle = (globalThis as unknown as { crypto: { subtle: Sha256Digest } }).crypto.subtle;
const token = '3f5c8a0e9b7d4c2a1f6e8d0b3a5c7e9f1a2b3c4d5e6f7a8b';
const other = '0000000000000000000000000000000000000000aaaaaaaa';

async function compare(...texts: string[]) {
  const sources: TokenSource[] = texts.map((text, index) => ({ label: `source ${index + 1}`, text }));
  return compareTokens(subtle, sources);
}

describe('comparing tokens across machines', () => {
  it('fingerprints with SHA-256, first 8 hex characters', async () => {
    // SHA-256("abc") = ba7816bf…
    expect(await fingerprint(subtle, 'abc')).toBe('ba7816bf');
  });

  it('finds the token in a gateway config, a client config, an env line, a compose file and a systemd line', async () => {
    const result = await compare(
      `{\n  gateway: {\n    auth: { mode: "token", token: "${token}" },\n  },\n}`,
      `{ gateway: { mode: "remote", remote: { url: "wss://gw:18789", token: "${token}" } } }`,
      `export OPENCLAW_GATEWAY_TOKEN="${token}"`,
      `services:\n  openclaw-gateway:\n    environment:\n      OPENCLAW_GATEWAY_TOKEN: ${token}\n`,
      `[Service]\nEnvironment="OPENCLAW_GATEWAY_TOKEN=${token}"\n`,
      `${token}\n`,
    );
    expect(result.sightings.map(({ source, where, length }) => [source, where, length])).toEqual([
      ['source 1', 'gateway.auth.token, line 3', 48],
      ['source 2', 'gateway.remote.token, line 1', 48],
      ['source 3', 'OPENCLAW_GATEWAY_TOKEN, line 1', 48],
      ['source 4', 'OPENCLAW_GATEWAY_TOKEN, line 4', 48],
      ['source 5', 'OPENCLAW_GATEWAY_TOKEN, line 2', 48],
      ['source 6', 'pasted token', 48],
    ]);
    expect(new Set(result.sightings.map((sighting) => sighting.fingerprint)).size).toBe(1);
    expect(result.verdict).toBe('match');
  });

  it.each([
    ['quotes inside the value', `{ gateway: { auth: { token: "'${token}'" } } }`, 'surrounding-quotes'],
    ['a trailing space', `OPENCLAW_GATEWAY_TOKEN=${token} `, 'surrounding-whitespace'],
    ['a trailing newline', `{ gateway: { auth: { token: "${token}\\n" } } }`, 'trailing-newline'],
    ['a Windows line ending', `OPENCLAW_GATEWAY_TOKEN=${token}\r\nOTHER=1`, 'windows-line-ending'],
  ])('catches %s as a near miss', async (_name, flawed, flaw) => {
    const result = await compare(`{ gateway: { auth: { token: "${token}" } } }`, flawed);
    expect(result.pairs).toEqual([{ first: 0, second: 1, relation: 'equal-apart-from-flaws' }]);
    expect(result.sightings[1]?.flaws).toContain(flaw);
    expect(result.verdict).toBe('near-miss');
  });

  it('tells a different token of the same length from a plainly different one', async () => {
    const result = await compare(`OPENCLAW_GATEWAY_TOKEN=${token}`, `OPENCLAW_GATEWAY_TOKEN=${other}`, 'short-token');
    expect(result.pairs.map((pair) => pair.relation)).toEqual(['different-same-length', 'different', 'different']);
    expect(result.verdict).toBe('mismatch');
  });

  it('reports ${VAR} and SecretRefs as not comparable, and sources with no token', async () => {
    const result = await compare(
      '{ gateway: { auth: { token: "${OPENCLAW_GATEWAY_TOKEN}" }, remote: { token: { source: "env", id: "T" } } } }',
      'services:\n  openclaw-cli:\n    environment:\n      OPENCLAW_GATEWAY_TOKEN: ${OPENCLAW_GATEWAY_TOKEN:-}\n',
      'nothing to see here',
    );
    expect(result.references.map((reference) => reference.from)).toEqual([
      'the environment variable OPENCLAW_GATEWAY_TOKEN',
      'a SecretRef (env: T)',
      'the variable OPENCLAW_GATEWAY_TOKEN in the shell or the .env file next to the compose file',
    ]);
    expect(result.empty).toEqual(['source 3']);
    expect(result.verdict).toBe('nothing-to-compare');
  });

  it('never returns a token value', async () => {
    const result = await compare(
      `OPENCLAW_GATEWAY_TOKEN=${token}`,
      `--token ${other}`,
      `http://127.0.0.1:18789/#token=${token}`,
    );
    expect(result.sightings).toHaveLength(3);
    const json = JSON.stringify(result);
    expect(json).not.toContain(token.slice(0, 12));
    expect(json).not.toContain(other.slice(-12));
  });
});

describe('comparing a huge paste', () => {
  it('compares only the first tokens found and says how many were left out', async () => {
    const result = await compare(`OPENCLAW_GATEWAY_TOKEN=${token}\n`.repeat(1000));
    expect(result.sightings).toHaveLength(24);
    expect(result.skipped).toBe(976);
  });
});

describe('comparing with a config nested 100 000 levels deep', () => {
  it('treats it as a source with no readable config and still compares the others', async () => {
    const result = await compare(
      `{ gateway: { auth: { token: "${token}" } }, x: ${'['.repeat(100_000)}${']'.repeat(100_000)} }`,
      `OPENCLAW_GATEWAY_TOKEN=${token}`,
      `--token ${token}`,
    );
    expect(result.empty).toEqual(['source 1']);
    expect(result.sightings).toHaveLength(2);
    expect(result.verdict).toBe('match');
  });
});
