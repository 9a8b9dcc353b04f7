import JSON5 from 'json5';
import { describe, expect, it } from 'vitest';
import { parseOpenclawConfig, parseWith } from './parse-openclaw-config.ts';

function errorFor(text: string) {
  const parsed = parseWith(JSON5, text);
  if (parsed.ok) throw new Error('expected a syntax error');
  return parsed.error;
}

describe('reading openclaw.json', () => {
  it('accepts JSON5 as users have it: comments, trailing commas, unquoted keys', async () => {
    const parsed = await parseOpenclawConfig(
      '// my config\n{\n  gateway: { auth: { token: "abc", }, }, /* done */\n}\n',
    );
    expect(parsed).toEqual({ ok: true, value: { gateway: { auth: { token: 'abc' } } } });
  });

  it('says what is wrong in words a user understands, with the line and a caret', () => {
    const cases = {
      empty: '   \n',
      'not an object': '["gateway"]',
      'smart quotes': '{\n  gateway: { auth: { token: “abc” } }\n}',
      'a .env file': '# gateway\nOPENCLAW_GATEWAY_TOKEN=abc\nOPENCLAW_GATEWAY_PORT=18789\n',
      'a docker-compose.yml': 'services:\n  openclaw-gateway:\n    image: openclaw:local\n',
      'a systemd unit': '[Service]\nEnvironment=OPENCLAW_GATEWAY_TOKEN=abc\n',
      'a fragment without outer braces': 'gateway: {\n  auth: { mode: "token" },\n},\n',
      'two configs pasted together': '{ gateway: { mode: "local" } }\n{ gateway: { mode: "remote" } }\n',
      YAML: 'gateway:\n  auth:\n    mode: token\n',
      'a missing comma': '{\n  gateway: {\n    mode: "local"\n    port: 18789,\n  },\n}',
      'a missing closing brace': '{\n  gateway: {\n    mode: "local",\n',
      'two commas': '{ gateway: { mode: "local",, } }',
    };
    const described = Object.fromEntries(Object.entries(cases).map(([name, text]) => [name, errorFor(text)]));
    expect(described).toMatchInlineSnapshot(`
      {
        "YAML": {
          "column": 1,
          "excerpt": "gateway:
      ^",
          "line": 1,
          "message": "This looks like YAML (key: value lines), not openclaw.json. OpenClaw reads JSON5: sections go in braces, as in { gateway: { auth: { mode: "token" } } }.",
        },
        "a .env file": {
          "column": 1,
          "excerpt": "OPENCLAW_GATEWAY_TOKEN=abc
      ^",
          "line": 2,
          "message": "This looks like a .env file (NAME=value lines), not openclaw.json, which is one object in braces, { … }. To check an OPENCLAW_GATEWAY_TOKEN line, paste it under "Compare tokens across machines" below.",
        },
        "a docker-compose.yml": {
          "column": 1,
          "excerpt": "services:
      ^",
          "line": 1,
          "message": "This looks like a docker-compose.yml, not openclaw.json. The gateway container reads its config from the folder mounted at /home/node/.openclaw (OPENCLAW_CONFIG_DIR on the host): paste the openclaw.json from that folder here. To check the OPENCLAW_GATEWAY_TOKEN in the compose file, paste it under "Compare tokens across machines" below.",
        },
        "a fragment without outer braces": {
          "column": 1,
          "excerpt": "gateway: {
      ^",
          "line": 1,
          "message": "This is a piece of a config without its outer braces. openclaw.json is one object: wrap what you pasted in { and }, or paste the whole file.",
        },
        "a missing closing brace": {
          "column": 1,
          "excerpt": "
      ^",
          "line": 4,
          "message": "The config ends before it is complete, after line 3: a closing } or ] is missing, or a quote is never closed.",
        },
        "a missing comma": {
          "column": 5,
          "excerpt": "    port: 18789,
          ^",
          "line": 4,
          "message": "Unexpected "p" at line 4, column 5: a comma is probably missing at the end of line 3.",
        },
        "a systemd unit": {
          "column": 1,
          "excerpt": "[Service]
      ^",
          "line": 1,
          "message": "This looks like a systemd unit file, not openclaw.json. To check the token in its Environment= line, paste it under "Compare tokens across machines" below.",
        },
        "empty": {
          "column": 1,
          "excerpt": "   
      ^",
          "line": 1,
          "message": "The config is empty. Paste the contents of ~/.openclaw/openclaw.json.",
        },
        "not an object": {
          "column": 1,
          "excerpt": "["gateway"]
      ^",
          "line": 1,
          "message": "This is valid JSON5 but not a config: openclaw.json is one object in braces, { … }.",
        },
        "smart quotes": {
          "column": 29,
          "excerpt": "  gateway: { auth: { token: “abc” } }
                                  ^",
          "line": 2,
          "message": "Line 2 has curly quotes (“ ” or ‘ ’), which word processors, notes and chat apps put in place of straight quotes. JSON5 only accepts straight quotes: replace them with " or '.",
        },
        "two commas": {
          "column": 28,
          "excerpt": "{ gateway: { mode: "local",, } }
                                 ^",
          "line": 1,
          "message": "Unexpected comma at line 1, column 28: two commas in a row, or a comma where a value should be.",
        },
        "two configs pasted together": {
          "column": 1,
          "excerpt": "{ gateway: { mode: "remote" } }
      ^",
          "line": 2,
          "message": "Two configs are pasted one after the other: the first ends on line 1 and a second { starts on line 2. Paste one openclaw.json here; to compare the gateway's and the client's tokens, use "Compare tokens across machines" below.",
        },
      }
    `);
  });

  it('never shows a token from the line it points at', () => {
    const error = errorFor('{\n  gateway: { auth: { token: "0123456789abcdef0123456789abcdef" } port: 1 }\n}');
    expect(error.line).toBe(2);
    expect(error.excerpt).not.toContain('0123456789abcdef');
    expect(error.excerpt.split('\n')[1]).toMatch(/^ +\^$/);
  });
});

describe('a paste far larger than any config', () => {
  it('is refused with a clear message instead of freezing the page', async () => {
    const parsed = await parseOpenclawConfig(`{ big: "${'x'.repeat(1_000_001)}" }`);
    expect(parsed.ok || parsed.error.message).toBe(
      'This is 1.0 million characters; an openclaw.json is a few thousand. Paste only the config file (~/.openclaw/openclaw.json).',
    );
  });
});
