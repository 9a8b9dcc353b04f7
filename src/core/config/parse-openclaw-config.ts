/**
 * openclaw.json is JSON5 (OpenClaw parses it with JSON5: comments, trailing commas and unquoted
 * keys are normal). The json5 library is loaded only when a config is pasted, so it stays out of
 * the doctor's first load.
 */
import { deepestConfigNesting, findTooDeepBracket } from './config-nesting.ts';
import { describeSyntaxError, excerptAt, type ConfigSyntaxError } from './describe-syntax-error.ts';

export type { ConfigSyntaxError } from './describe-syntax-error.ts';

export type ParsedConfig =
  { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly error: ConfigSyntaxError };

export interface Json5Parser {
  parse(text: string): unknown;
}

async function loadJson5(): Promise<Json5Parser> {
  const module = (await import('json5')) as { default?: Json5Parser } & Partial<Json5Parser>;
  if (module.default) return module.default;
  if (module.parse) return { parse: module.parse };
  throw new Error('json5 did not load');
}

/** openclaw.json is a few kilobytes; anything this large is a log or a dump, and parsing it would freeze the page. */
export const largestConfig = 1_000_000;

export async function parseOpenclawConfig(text: string): Promise<ParsedConfig> {
  if (text.length > largestConfig) {
    return {
      ok: false,
      error: {
        line: 1,
        column: 1,
        message: `This is ${(text.length / 1_000_000).toFixed(1)} million characters; an openclaw.json is a few thousand. Paste only the config file (~/.openclaw/openclaw.json).`,
        excerpt: '',
      },
    };
  }
  const json5 = await loadJson5();
  return parseWith(json5, text);
}

/** Parses with an already loaded json5; the syntax hints re-parse variants of the text with it. */
export function parseWith(json5: Json5Parser, text: string): ParsedConfig {
  if (text.trim() === '') {
    return {
      ok: false,
      error: describeSyntaxError(json5, text, { line: 1, column: 1, reason: 'empty' }),
    };
  }
  // Before json5: what reads the parsed value grows with its depth (see config-nesting.ts).
  const tooDeep = findTooDeepBracket(text);
  if (tooDeep) {
    const { line, column, bracket } = tooDeep;
    return {
      ok: false,
      error: {
        line,
        column,
        message: `The config is nested more than ${deepestConfigNesting} levels deep: the ${bracket} at line ${line}, column ${column} opens level ${deepestConfigNesting + 1}. An openclaw.json is only a few levels deep (gateway.auth.token is 3), so this is not the config file, or a run of { or [ was pasted by mistake. Paste only ~/.openclaw/openclaw.json, or remove the extra brackets.`,
        excerpt: excerptAt(text, line, column),
      },
    };
  }
  try {
    const value = json5.parse(text);
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      return {
        ok: false,
        error: describeSyntaxError(json5, text, { line: 1, column: 1, reason: 'not-an-object' }),
      };
    }
    return { ok: true, value };
  } catch (error) {
    const position = error as { lineNumber?: unknown; columnNumber?: unknown; message?: unknown };
    const line = typeof position.lineNumber === 'number' ? position.lineNumber : 1;
    const column = typeof position.columnNumber === 'number' ? position.columnNumber : 1;
    const raw = typeof position.message === 'string' ? position.message : String(error);
    return { ok: false, error: describeSyntaxError(json5, text, { line, column, reason: raw }) };
  }
}
