import type { FindingRule } from '../config-finding.ts';

/** A key we read holds the wrong kind of value (a number as a string, an unknown mode…). */
export const wrongType: FindingRule = {
  id: 'wrong-type',
  check({ problems }) {
    return problems.map((problem) => ({
      id: 'wrong-type',
      severity: 'error' as const,
      path: problem.path,
      message: `${problem.path} should be ${problem.expected}. OpenClaw rejects the config (or ignores the value) until it is.`,
      fix: `Change ${problem.path} to ${problem.expected}.`,
      commands: ['openclaw doctor'],
      facts: [],
    }));
  },
};
