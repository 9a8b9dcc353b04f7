import { describe, expect, it } from 'vitest';
import { checkOpenclawInvocation, openclawInvocations } from './check-openclaw-command.ts';
import { assessOpenclawCommands, looksLikeOpenclawCommand } from './openclaw-command-advice.ts';

const checked = [
  'openclaw gateway token rotate',
  'openclaw devices token',
  'openclaw token',
  'openclaw gateway auth-token --show',
  'openclaw config get gateway.auth.token',
  'openclaw config set gateway.auth.token abc',
  'openclaw dashboard --no-open',
  'openclaw devices rotate --device d --role operator',
  'openclaw devices approve --latest',
  'openclaw devices approve',
  'openclaw devices clear --yes',
  'openclaw doctor --generate-gateway-token',
  'openclaw gateway run --token abc',
  'openclaw gateway run --auth token',
];

describe('openclaw command advice', () => {
  it('only ever suggests commands that exist, with flags they have', () => {
    for (const version of [null, '2026.2.1', '2026.4.12', '2026.9.1']) {
      for (const assessment of assessOpenclawCommands(checked.join('\n'), version)) {
        for (const step of assessment.instead) {
          const [words] = openclawInvocations(step.command);
          expect(words && checkOpenclawInvocation(words), `${assessment.command} → ${step.command}`).toBeNull();
        }
      }
    }
  });

  it('has a risk or a suggestion for every command users get wrong', () => {
    for (const assessment of assessOpenclawCommands(checked.join('\n'), null)) {
      expect(assessment.risks.length + assessment.instead.length, assessment.command).toBeGreaterThan(0);
    }
  });

  it('reads the secret-printing of config get by release: in clear before 2026.2.22, redacted since', () => {
    const [before] = assessOpenclawCommands('openclaw config get gateway.auth.token', '2026.2.21');
    const [since] = assessOpenclawCommands('openclaw config get gateway.auth.token', '2026.2.22');
    expect(before?.risks.map((risk) => risk.kind)).toEqual(['prints-secret']);
    expect(since?.risks.map((risk) => risk.kind)).toEqual(['does-not-do-that']);
    // auth-token --show is suggested only where it exists.
    expect(since?.instead).toEqual([]);
    expect(assessOpenclawCommands('openclaw config get gateway.auth.token', '2026.5.1')[0]?.instead[0]?.command).toBe(
      'openclaw gateway auth-token --show',
    );
  });

  it.each([
    ['openclaw devices list', true],
    ['$ openclaw gateway token rotate', true],
    ['  node openclaw.mjs devices list\n', true],
    ['disconnected (1008): unauthorized: gateway token mismatch', false],
    ['🦞 OpenClaw 2026.4.12 (8f8492d)\n$ openclaw gateway auth-token --show', true],
    ['🦞 OpenClaw 2026.2.15 (3fe22ea)\ngateway connect failed', false],
    ['$ openclaw devices list\ngateway closed (1008): unauthorized: gateway token mismatch', false],
    ['openclaw', false],
  ])('tells a command (%j) from an error paste', (paste, expected) => {
    expect(looksLikeOpenclawCommand(paste)).toBe(expected);
  });
});
