import { describe, expect, it } from 'vitest';
import { catalogue } from './error-classes/index.ts';
import { classifyError } from '../core/classify/classify-error.ts';
import { classifyAllChunks } from '../core/classify/classify-in-chunks.ts';
import { termsOf } from '../core/classify/nearest-known.ts';

describe('the nearest known error', () => {
  it('names the closest class, honestly, when no signature matches an OpenClaw-looking paste', () => {
    const paste = 'openclaw devices: device signature is invalid';
    const { findings, runnerUp } = classifyError(paste, catalogue);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ id: 'device-signature-invalid', certainty: 'nearest' });
    expect(findings[0]?.confidence).toBeLessThanOrEqual(0.3);
    expect(findings[0]?.closestKnown).toBe('device signature invalid');
    expect(runnerUp).toBeNull();
  });

  it('points at the line it read, in the paste exactly as pasted', () => {
    const paste = '\u001b[2m12:01:02\u001b[0m starting\n  Gateway handshake timed out  \nbye';
    const span = classifyError(paste, catalogue).findings[0]?.spans[0];
    expect(span && paste.slice(span.start, span.end)).toBe('Gateway handshake timed out');
  });

  it('gives nothing for a paste that is not about OpenClaw, or that a look-alike rule set aside', () => {
    expect(classifyError('bluetoothd: Device removed: 4C:87:5D:11:22:33', catalogue).findings).toEqual([]);
    expect(classifyError('[telegram] pairing required, code 7QK2MX', catalogue).findings).toEqual([]);
    expect(classifyError('gateway closed (1008): repeated unauthorized calls', catalogue).findings).toEqual([]);
    expect(classifyError('openclaw: hello world', catalogue).findings).toEqual([]);
  });

  it('never outranks a match: a paste with a signature gets no nearest answer', () => {
    const { findings } = classifyError('disconnected (1008): pairing required', catalogue);
    expect(findings.map((finding) => finding.certainty)).not.toContain('nearest');
  });

  it('gives the same answer for a huge paste read in chunks', () => {
    const paste = `${'ordinary log line without anything\n'.repeat(200)}openclaw devices: device signature is invalid\n`;
    expect(classifyAllChunks(paste, catalogue, { chunkSize: 1024 })).toEqual(classifyError(paste, catalogue));
  });

  it('reads words and codes: identifiers split, numbers other than close codes dropped, CJK as pairs', () => {
    expect(termsOf('GatewayHandshake_timeout 127.0.0.1:18789 (1008) 网关断开')).toEqual([
      'gateway',
      'handshake',
      'timeout',
      '1008',
      '网关',
      '关断',
      '断开',
      'gateway handshake',
      'handshake timeout',
      'timeout 1008',
      '1008 网关',
      '网关 关断',
      '关断 断开',
    ]);
  });
});
