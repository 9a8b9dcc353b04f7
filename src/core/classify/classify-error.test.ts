import { describe, expect, it } from 'vitest';
import type { Catalogue } from '../catalogue.ts';
import type { ErrorClass } from '../error-class-schema.ts';
import { classifyError } from './classify-error.ts';

// A tiny inline catalogue pins down matcher behaviour independently of the real content.
function errorClass(id: string, signatures: ErrorClass['signatures'], extra: Partial<ErrorClass> = {}): ErrorClass {
  return {
    id,
    title: id,
    summary: 'summary for tests',
    explanation: ['explanation for tests'],
    signatures,
    examples: ['x'.repeat(3)],
    nearMisses: ['y'.repeat(3)],
    causes: [
      { id: 'cause', title: 'a cause', explanation: 'an explanation', likelihood: 50, steps: [{ title: 'do it' }] },
    ],
    verify: { expect: 'it works' },
    ...extra,
  };
}

const catalogue: Catalogue = {
  errorClasses: [
    errorClass(
      'alpha-mismatch',
      [
        { phrase: 'unauthorized: alpha mismatch', certainty: 'exact' },
        { phrase: 'ALPHA_MISMATCH', certainty: 'exact', wholeWord: true },
        { phrase: 'set alpha to match', certainty: 'weak', weight: 0.45, hint: true },
        { phrase: 'mismatch', certainty: 'weak', weight: 0.3, wholeWord: true },
      ],
      { notToBeConfusedWith: { 'beta-mismatch': 'alpha is not beta' } },
    ),
    errorClass('beta-mismatch', [
      { phrase: 'unauthorized: beta mismatch', certainty: 'exact' },
      { phrase: 'set alpha to match', certainty: 'weak', weight: 0.35, hint: true },
      { phrase: 'mismatch', certainty: 'weak', weight: 0.25, wholeWord: true },
    ]),
  ],
  clientSignals: [
    { phrase: 'set alpha to match', client: 'cli', position: 'hint' },
    { phrase: 'disconnected (', client: 'control-ui', position: 'wrapper' },
  ],
};

function textOf(paste: string, span: { start: number; end: number } | undefined): string {
  return span ? paste.slice(span.start, span.end) : '';
}

describe('classifyError', () => {
  it('finds an exact reason and returns its span in the original text', () => {
    const paste = 'prefix\ndisconnected (1008): unauthorized: alpha mismatch (set alpha to match)\n';
    const { findings } = classifyError(paste, catalogue);
    expect(findings.map((finding) => finding.id)).toEqual(['alpha-mismatch']);
    expect(findings[0]?.certainty).toBe('exact');
    expect(findings[0]?.confidence).toBe(1);
    expect(textOf(paste, findings[0]?.spans[0])).toBe('unauthorized: alpha mismatch');
  });

  it('reads the client from the hint after the reason, not from the wrapper before it', () => {
    const paste = 'disconnected (1008): unauthorized: alpha mismatch (set alpha to match)';
    const [finding] = classifyError(paste, catalogue).findings;
    expect(finding?.client).toBe('cli');
    expect(textOf(paste, finding?.clientSpan ?? undefined)).toBe('set alpha to match');
  });

  it('falls back to the wrapper on the same line for the client', () => {
    const paste = 'disconnected (1008): unauthorized: alpha mismatch';
    expect(classifyError(paste, catalogue).findings[0]?.client).toBe('control-ui');
  });

  it('does not let a hint decide the class when a reason stands before it', () => {
    const paste = 'unauthorized: beta mismatch (set alpha to match)';
    const { findings } = classifyError(paste, catalogue);
    expect(findings.map((finding) => finding.id)).toEqual(['beta-mismatch']);
  });

  it('uses a hint pasted alone as a loose guess with a runner-up and why', () => {
    const diagnosis = classifyError('(set alpha to match)', catalogue);
    expect(diagnosis.findings.map((finding) => finding.id)).toEqual(['alpha-mismatch', 'beta-mismatch']);
    expect(diagnosis.findings[0]?.certainty).toBe('weak');
    expect(diagnosis.runnerUp).toEqual({ id: 'beta-mismatch', why: 'alpha is not beta' });
  });

  it('gives no runner-up when the top finding is exact', () => {
    expect(classifyError('unauthorized: alpha mismatch and mismatch', catalogue).runnerUp).toBeNull();
  });

  it('maps spans through ANSI colour codes back to the original offsets', () => {
    const paste = '\x1b[31mERROR\x1b[0m unauthorized: \x1b[1malpha\x1b[22m mismatch\x1b[0m';
    const [finding] = classifyError(paste, catalogue).findings;
    expect(finding?.id).toBe('alpha-mismatch');
    expect(textOf(paste, finding?.spans[0])).toBe('unauthorized: \x1b[1malpha\x1b[22m mismatch');
  });

  it('maps every span exactly through a colour code around every word and runs of whitespace, in a long paste', () => {
    // Hundreds of repeats: the stripped text is built in blocks of thousands of characters and
    // the offset map has an entry per code, so a span far into the paste must still land exactly.
    // "│" and "é" make the paste non-ASCII, which folds it piece by piece instead of as bytes.
    for (const tail of [' ', ' │ é ']) {
      const reason = 'unauthorized:\x1b[0m \n\n  \\n\t \x1b[1malpha\x1b[22m\x1b[0m   \\t\r\n mismatch';
      const unit = `[31m${reason}\x1b[0m${tail}[0m\x1b[36mnoise\x1b[39m\n`;
      const paste = unit.repeat(300);
      const [finding] = classifyError(paste, catalogue).findings;
      expect(finding?.id).toBe('alpha-mismatch');
      expect(finding?.occurrences).toBe(300);
      expect(finding?.spans).toHaveLength(200);
      finding?.spans.forEach((span, index) => {
        expect(span.start).toBe(index * unit.length + '[31m'.length);
        expect(textOf(paste, span)).toBe(reason);
      });
    }
  });

  it('matches across a line break, CRLF and a JSON-escaped newline', () => {
    for (const paste of [
      'unauthorized: alpha\nmismatch',
      'unauthorized:\r\n alpha mismatch',
      '"unauthorized: alpha\\nmismatch"',
    ]) {
      expect(classifyError(paste, catalogue).findings[0]?.id).toBe('alpha-mismatch');
    }
  });

  it('matches case-insensitively and respects whole-word signatures', () => {
    expect(classifyError('UNAUTHORIZED: ALPHA MISMATCH', catalogue).findings[0]?.id).toBe('alpha-mismatch');
    expect(classifyError('code=ALPHA_MISMATCH', catalogue).findings[0]?.certainty).toBe('exact');
    // Another code: not ALPHA_MISMATCH, only the word "mismatch" in it.
    expect(classifyError('code=XALPHA_MISMATCH_2', catalogue).findings.map((finding) => finding.certainty)).toEqual([
      'weak',
      'weak',
    ]);
  });

  it('reads identifiers, glued and full-width forms as the words of a phrase', () => {
    for (const paste of [
      'reason=unauthorized:alpha_mismatch',
      'Unauthorized: AlphaMismatch (rejected)',
      'unauthorized: alpha-mismatch',
      'UNAUTHORIZED ： ALPHA MISMATCH，请问',
      '报unauthorized:alpha mismatch。',
    ]) {
      const top = classifyError(paste, catalogue).findings[0];
      expect(top?.id, paste).toBe('alpha-mismatch');
      expect(top?.certainty, paste).toBe('exact');
    }
  });

  it('keeps a detail code apart from the plain words it spells', () => {
    const top = classifyError('alpha mismatch', catalogue).findings[0];
    expect(top?.certainty).toBe('weak');
  });

  it('lists every class found in a paste with all its spans', () => {
    const paste = 'unauthorized: alpha mismatch\nlater\nunauthorized: beta mismatch\nunauthorized: alpha mismatch';
    const { findings } = classifyError(paste, catalogue);
    expect(findings.map((finding) => [finding.id, finding.occurrences])).toEqual([
      ['alpha-mismatch', 2],
      ['beta-mismatch', 1],
    ]);
    expect(findings[0]?.spans.map((span) => textOf(paste, span))).toEqual([
      'unauthorized: alpha mismatch',
      'unauthorized: alpha mismatch',
    ]);
  });

  it('counts a loose phrase only when nothing in the paste contradicts it, and only with what it needs', () => {
    const loose: Catalogue = {
      errorClasses: [
        errorClass('pairing', [
          { phrase: 'pairing required: device is not approved', certainty: 'exact' },
          { phrase: 'pairing required', certainty: 'strong', wholeWord: true, unless: ['telegram', 'pairing code'] },
        ]),
        errorClass('refused', [
          { phrase: '[Errno 111] Connection refused', certainty: 'strong', onlyWith: ['gateway', '18789'] },
        ]),
      ],
      clientSignals: [],
    };
    const top = (paste: string): string | undefined => classifyError(paste, loose).findings[0]?.id;
    expect(top('gateway connect: pairing required')).toBe('pairing');
    expect(top('[telegram] pairing required, send the code')).toBeUndefined();
    expect(top('pairing required.\nYour Pairing Code: X7K2')).toBeUndefined();
    // An exact form has no condition: it decides even beside a chat log.
    expect(top('[telegram] started\npairing required: device is not approved yet')).toBe('pairing');
    expect(top('ws://127.0.0.1:18789\nConnectionRefusedError: [Errno 111] Connection refused')).toBe('refused');
    expect(top('port 5432 failed\nConnectionRefusedError: [Errno 111] Connection refused')).toBeUndefined();
  });

  it('returns no findings for text that matches nothing', () => {
    expect(classifyError('401 Incorrect API key provided', catalogue)).toEqual({ findings: [], runnerUp: null });
  });
});

describe('classifyError: the order of several findings', () => {
  const ordered: Catalogue = {
    errorClasses: [
      errorClass('token-mismatch', [
        { phrase: 'unauthorized: token mismatch', certainty: 'exact' },
        { phrase: 'token mismatch', certainty: 'weak', weight: 0.35, wholeWord: true },
      ]),
      errorClass('pairing-needed', [{ phrase: 'pairing required', certainty: 'exact' }]),
      errorClass('locked-out', [{ phrase: 'unauthorized: too many failed attempts', certainty: 'exact' }], {
        outranks: ['token-mismatch'],
      }),
      errorClass('connect-failed', [{ phrase: 'disconnected (4008): connect failed', certainty: 'exact' }], {
        kind: 'wrapper',
        canBe: [{ id: 'token-mismatch', why: 'the usual reason' }],
      }),
      errorClass(
        'bare-unauthorized',
        [{ phrase: 'closed (1008): unauthorized', certainty: 'exact', atLineEnd: true }],
        {
          kind: 'wrapper',
        },
      ),
    ],
    clientSignals: [],
  };
  const ids = (paste: string): string[] => classifyError(paste, ordered).findings.map((finding) => finding.id);

  it('puts a reason above a wrapper, even when the wrapper comes later and more often', () => {
    const paste = 'pairing required\ndisconnected (4008): connect failed\ndisconnected (4008): connect failed\n';
    expect(ids(paste)).toEqual(['pairing-needed', 'connect-failed']);
  });

  it('puts exact evidence above a loose fragment', () => {
    expect(ids('pairing required\n… the token mismatch again …')).toEqual(['pairing-needed', 'token-mismatch']);
  });

  it('puts the latest of two exact reasons first', () => {
    expect(ids('unauthorized: token mismatch\npairing required\n')).toEqual(['pairing-needed', 'token-mismatch']);
    expect(ids('pairing required\nunauthorized: token mismatch\n')).toEqual(['token-mismatch', 'pairing-needed']);
  });

  it('puts a lockout above the mismatches that caused it, whatever the order in the paste', () => {
    const paste =
      'unauthorized: too many failed attempts\nunauthorized: token mismatch\nunauthorized: token mismatch\npairing required';
    expect(ids(paste)).toEqual(['pairing-needed', 'locked-out', 'token-mismatch']);
    const spans = classifyError(paste, ordered).findings[1]?.spans ?? [];
    expect(spans.map((span) => textOf(paste, span))).toEqual(['unauthorized: too many failed attempts']);
  });

  it('matches a bare wrapper only where the line ends, never as the prefix of a reason', () => {
    expect(ids('gateway closed (1008): unauthorized\nGateway target: ws://127.0.0.1:18789')).toEqual([
      'bare-unauthorized',
    ]);
    expect(ids('{"msg":"gateway closed (1008): unauthorized","level":"error"}')).toEqual(['bare-unauthorized']);
    expect(ids('gateway closed (1008): unauthorized: token mismatch (x)')).toEqual(['token-mismatch']);
  });
});
