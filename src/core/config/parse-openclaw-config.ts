/**
 * openclaw.json is JSON5 (OpenClaw parses it with JSON5: comments, trailing commas and unquoted
 * keys are normal). The json5 library is loaded only when a config is pasted, so it stays out of
 * the doctor's first load.
 */

export interface ConfigSyntaxError {
  /** 1-based line of the problem in the pasted config. */
  readonly line: number;
  /** 1-based column. */
  readonly column: number;
  /** What is wrong and what to do, in plain words. */
  readonly message: string;
}

export type ParsedConfig =
  { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly error: ConfigSyntaxError };

interface Json5Module {
  parse(text: string): unknown;
}

async function loadJson5(): Promise<Json5Module> {
  const module = (await import('json5')) as { default?: Json5Module } & Partial<Json5Module>;
  if (module.default) return module.default;
  if (module.parse) return { parse: module.parse };
  throw new Error('json5 did not load');
}

/** A real openclaw.json is a few KB; anything this big is something else pasted by mistake. */
export const maxConfigLength = 2 * 1024 * 1024;

export async function parseOpenclawConfig(text: string): Promise<ParsedConfig> {
  if (text.length > maxConfigLength) {
    return {
      ok: false,
      error: {
        line: 1,
        column: 1,
        message: `This is ${(text.length / (1024 * 1024)).toFixed(1)} MB, far more than an openclaw.json (a few KB): paste only ~/.openclaw/openclaw.json.`,
      },
    };
  }
  const json5 = await loadJson5();
  try {
    return { ok: true, value: json5.parse(text) };
  } catch (error) {
    // json5 recurses per nesting level: thousands of levels overflow the stack.
    if (error instanceof RangeError) {
      return {
        ok: false,
        error: {
          line: 1,
          column: 1,
          message:
            'The config is nested too deeply to read (thousands of levels of braces or brackets): an openclaw.json is only a few levels deep.',
        },
      };
    }
    return { ok: false, error: describeSyntaxError(error, text) };
  }
}

function describeSyntaxError(error: unknown, text: string): ConfigSyntaxError {
  const raw = error instanceof Error ? error.message : String(error);
  const position = /at (\d+):(\d+)/.exec(raw);
  const line = position ? Number(position[1]) : 1;
  const column = position ? Number(position[2]) : 1;
  // json5 says "JSON5: invalid character 'x' at 3:7"; keep its what, add our where and what to do.
  const what = raw.replace(/^JSON5:\s*/, '').replace(/\s*at \d+:\d+$/, '');
  const hint = text.trim() === '' ? 'The config is empty.' : `${capitalize(what)}.`;
  return {
    line,
    column,
    message: `${hint} Check line ${line}, column ${column}: a missing comma, quote or closing brace is the usual cause.`,
  };
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
