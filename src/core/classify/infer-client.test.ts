import { describe, expect, it } from 'vitest';
import type { Finding } from './classify-error.ts';
import { inferClient, type ClientEvidenceSignal } from './infer-client.ts';
import { normalizePaste } from './normalize-paste.ts';

const signals: readonly ClientEvidenceSignal[] = [
  { phrase: 'Check the token on the gateway host', client: 'macos-app', says: 'the macOS wording' },
  { phrase: 'ClawX', client: 'third-party', name: 'ClawX', wholeWord: true, says: 'names ClawX' },
];

function finding(client: Finding['client'], clientSpan: Finding['clientSpan'] = null): Finding {
  return {
    id: 'x',
    confidence: 1,
    certainty: 'exact',
    client,
    clientSpan,
    spans: [{ start: 0, end: 1 }],
    occurrences: 1,
  };
}

function read(paste: string, findings: Finding[] = [finding(null)]) {
  return inferClient(normalizePaste(paste), findings, signals);
}

describe('inferClient', () => {
  it('keeps the specific client the top finding names, with its span', () => {
    const reading = read('… (hint) …', [finding('cli', { start: 2, end: 8 })]);
    expect(reading?.client).toBe('cli');
    expect(reading?.decidedBy.span).toEqual({ start: 2, end: 8 });
  });

  it('reads client and mode from a gateway log line', () => {
    const paste = '[ws] unauthorized conn=1 client=openclaw-control-ui webchat v2026.3.2 reason=token_mismatch';
    const reading = read(paste);
    expect(reading?.client).toBe('control-ui');
    expect(paste.slice(reading?.decidedBy.span.start, reading?.decidedBy.span.end)).toBe(
      'client=openclaw-control-ui webchat',
    );
    expect(read('[ws] unauthorized client=cli probe v2026.3.2 reason=token_mismatch')?.client).toBe('probe');
    expect(read('[ws] unauthorized client=node-host node v2026.3.2')?.client).toBe('node');
    expect(read('[ws] unauthorized client=openclaw-app ui v2026.3.2 platform=win32 reason=x')?.client).toBe(
      'windows-app',
    );
  });

  it('ignores the client of healthy connects in a log', () => {
    expect(read('[ws] connected conn=1 peer=127.0.0.1:4000 client=cli cli v2026.3.2')).toBeNull();
  });

  it('recognises an app by its own wording and a wrapper by its name', () => {
    expect(read('Gateway token mismatch. Check the token on the gateway host.')?.label).toBe('the macOS app');
    expect(read('ClawX: connect error', [finding('other-client', { start: 0, end: 5 })])?.label).toBe(
      'a third-party app or wrapper (ClawX)',
    );
    expect(read('clawxyz says hi')).toBeNull();
  });

  it('lets a specific clue refine "another client", but not override a specific hint', () => {
    const paste = 'ClawX log: unauthorized … (provide gateway auth token)';
    expect(read(paste, [finding('other-client', { start: 26, end: 53 })])?.client).toBe('third-party');
    expect(read(paste, [finding('cli', { start: 26, end: 53 })])?.client).toBe('cli');
  });
});
