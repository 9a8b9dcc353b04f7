/**
 * The table format every finding's test uses: a pasted config (JSON5 text) and the findings a
 * user should see, by id, key path, line and the start of the message.
 */
import { checkParsedConfig } from '../analyze-config-text.ts';
import type { FindingRule } from '../config-finding.ts';

export interface FindingRow {
  readonly id: string;
  readonly path: string;
  readonly line: number | null;
  readonly message: string;
}

/** Runs one rule on a config json5 has parsed; returns what a user sees of each finding. */
export function findingsOf(
  rule: FindingRule,
  parse: (text: string) => unknown,
  text: string,
  errorClassId: string | null = null,
): FindingRow[] {
  return checkParsedConfig(parse(text), text, errorClassId, [rule]).findings.map(({ id, path, line, message }) => ({
    id,
    path,
    line,
    message,
  }));
}

/** A row as a table test expects it: the message is usually matched by `expect.stringContaining`. */
export type ExpectedRow = Omit<FindingRow, 'message'> & { readonly message: unknown };
