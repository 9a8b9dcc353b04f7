import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { maskSecrets } from './mask-secrets.ts';
import { leakedPieces, pasteWithSecrets, plantedSecrets } from './planted-secrets.fixture.ts';

describe('maskSecrets on every kind of planted secret', () => {
  for (const planted of plantedSecrets) {
    it(`masks a ${planted.kind}`, () => {
      const masked = maskSecrets(planted.line);
      expect(leakedPieces(masked, planted.secret), masked).toEqual([]);
      expect(masked).toContain('[redacted]');
    });
  }

  it('masks all of them in one paste and keeps the error readable', () => {
    const masked = maskSecrets(pasteWithSecrets);
    for (const planted of plantedSecrets) expect(leakedPieces(masked, planted.secret), planted.kind).toEqual([]);
    expect(masked).toContain('unauthorized: gateway token mismatch (set gateway.remote.token to match');
  });
});

describe('maskSecrets properties', () => {
  const text = fc.oneof(
    fc.string({ maxLength: 300 }),
    fc.string({ unit: 'binary', maxLength: 300 }),
    fc
      .array(fc.oneof(fc.constantFrom(...plantedSecrets.map((planted) => planted.line)), fc.string()), {
        maxLength: 8,
      })
      .map((parts) => parts.join('\n')),
  );

  it('never throws and is idempotent: masking masked text changes nothing', () => {
    fc.assert(
      fc.property(text, (value) => {
        const once = maskSecrets(value);
        expect(maskSecrets(once)).toBe(once);
      }),
      { numRuns: 500 },
    );
  });

  it('masks a planted secret whatever text stands around it on other lines', () => {
    fc.assert(
      fc.property(fc.string(), fc.constantFrom(...plantedSecrets), fc.string(), (before, planted, after) => {
        const masked = maskSecrets(`${before}\n${planted.line}\n${after}`);
        expect(leakedPieces(masked, planted.secret)).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });

  it('stays linear on adversarial input (a 1 MB run of key-like text finishes)', () => {
    for (const unit of ['token=', 'Bearer ', 'sk-', '"token": "', 'a', '#token=x', '0']) {
      const value = unit.repeat(Math.ceil(1_000_000 / unit.length));
      expect(typeof maskSecrets(value)).toBe('string');
    }
  });
});
