import { describe, expect, it } from 'vitest';
import { normalizePaste } from '../classify/normalize-paste.ts';
import { inferVersion, type VersionSignal } from './infer-version.ts';

const signals: readonly VersionSignal[] = [
  { phrase: 'old hint wording', versions: { since: '2026.1.24', before: '2026.2.6' }, says: 'old hint' },
  { phrase: 'new hint wording', versions: { since: '2026.2.6' }, says: 'new hint' },
  { phrase: 'RequestError', versions: { since: '2026.3.11' }, says: 'named error' },
];

function read(paste: string) {
  return inferVersion(normalizePaste(paste), signals);
}

describe('inferVersion', () => {
  it('takes the exact version from a banner, with its span', () => {
    const paste = 'x\n🦞 OpenClaw 2026.2.15 (3fe22ea) — I run on caffeine\nunauthorized: …';
    const reading = read(paste);
    expect(reading.exact).toBe('2026.2.15');
    expect(reading.bounds).toBeNull();
    const [evidence] = reading.evidence;
    expect(evidence?.kind).toBe('banner');
    expect(paste.slice(evidence?.span.start, evidence?.span.end)).toBe('OpenClaw 2026.2.15');
  });

  it('reads the client version from a gateway log line', () => {
    const paste = '[ws] unauthorized conn=1 client=openclaw-control-ui webchat v2026.3.2 role=operator reason=x';
    const reading = read(paste);
    expect(reading.exact).toBe('2026.3.2');
    expect(reading.evidence[0]?.kind).toBe('client-field');
  });

  it('gives a range from wording when no version is named, intersecting every clue', () => {
    const reading = read('new hint wording\nGateway RequestError: boom');
    expect(reading.exact).toBeNull();
    expect(reading.bounds).toEqual({ since: '2026.3.11', before: undefined });
    expect(reading.evidence.map((item) => item.says)).toEqual(['new hint', 'named error']);
    expect(reading.mixed).toBe(false);
  });

  it('notices wordings from releases that cannot coexist', () => {
    const reading = read('old hint wording … later … new hint wording');
    expect(reading.mixed).toBe(true);
  });

  it('lists every version named and picks the latest as the current one', () => {
    const paste = '🦞 OpenClaw 2026.2.9 (aaa)\n$ npm i -g openclaw\n🦞 OpenClaw 2026.2.15 (bbb)\n';
    const reading = read(paste);
    expect(reading.named).toEqual(['2026.2.9', '2026.2.15']);
    expect(reading.exact).toBe('2026.2.15');
  });

  it('reads "updated to 2026.x" as the version the user runs', () => {
    const paste = 'after updating to 2026.2.15 the dashboard fails';
    const reading = read(paste);
    expect(reading.exact).toBe('2026.2.15');
    expect(reading.evidence[0]?.kind).toBe('user-note');
    expect(paste.slice(reading.evidence[0]?.span.start, reading.evidence[0]?.span.end)).toBe('updating to 2026.2.15');
  });

  it('knows nothing from text without clues', () => {
    expect(read('unauthorized: something')).toEqual({
      exact: null,
      bounds: null,
      named: [],
      mixed: false,
      evidence: [],
    });
  });
});
