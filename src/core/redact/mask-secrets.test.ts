import { describe, expect, it } from 'vitest';
import { findUnsafeRegexConstruct } from '../classify/compile-signature.ts';
import { maskSecrets, maskToken, redactSecrets, redactionPatterns } from './mask-secrets.ts';

const hex48 = '3f9a1c0b7e2d4a6f8b0c1d2e3f4a5b6c7d8e9f0a1b2c3d4e';
const hex64 = 'a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f90';

/** Each case: a line as a user would paste it, and the secret that must disappear. */
const cases: readonly (readonly [kind: string, line: string, secret: string])[] = [
  ['48-hex generated gateway token', `Generated token ${hex48} saved`, hex48],
  ['64-hex docker-setup token', `OPENCLAW token is ${hex64}`, hex64],
  ['short custom token in env line', 'OPENCLAW_GATEWAY_TOKEN=my-own-secret-1', 'my-own-secret-1'],
  ['env line with quotes', 'export OPENCLAW_GATEWAY_TOKEN="hunter2hunter2"', 'hunter2hunter2'],
  ['compose environment entry', '      OPENCLAW_GATEWAY_TOKEN: s3cr3tvalue', 's3cr3tvalue'],
  ['systemd Environment= line', 'Environment=OPENCLAW_GATEWAY_PASSWORD=correct-horse', 'correct-horse'],
  ['JSON "token"', '{"gateway":{"auth":{"mode":"token","token":"my-json-token"}}}', 'my-json-token'],
  ['JSON5 unquoted key', "remote: { token: 'json5-remote-token' }", 'json5-remote-token'],
  ['JSON "password"', '"password": "pa55word!"', 'pa55word!'],
  ['device-auth.json token', '{"tokens":{"operator":{"token":"devtok_abcdefgh","scopes":[]}}}', 'devtok_abcdefgh'],
  ['bearer header', 'Authorization: Bearer abc.def.ghi-jkl_mno', 'abc.def.ghi-jkl_mno'],
  ['basic header', 'Authorization: Basic dXNlcjpwYXNzd29yZA==', 'dXNlcjpwYXNzd29yZA=='],
  ['tokenized dashboard URL (#token=)', 'Dashboard URL: http://127.0.0.1:18789/#token=abcd1234efgh', 'abcd1234efgh'],
  ['tokenized dashboard URL (?token=)', 'open http://host:18789/?token=qwertyuiop&x=1', 'qwertyuiop'],
  ['CLI --token flag', 'openclaw devices list --token mytoken123', 'mytoken123'],
  ['CLI --password= flag', 'openclaw devices list --password=letmein99', 'letmein99'],
  ['credentials in a URL', 'wss://admin:supersecret@gw.example.com:18789', 'supersecret'],
  ['OpenAI key', 'Incorrect API key provided: sk-proj-AbCdEfGhIjKlMnOpQrSt123', 'sk-proj-AbCdEfGhIjKlMnOpQrSt123'],
  ['Anthropic key', 'key sk-ant-api03-AbCdEfGhIjKlMnOpQrStUv-wx', 'sk-ant-api03-AbCdEfGhIjKlMnOpQrStUv-wx'],
  ['OPENAI_API_KEY line', 'OPENAI_API_KEY=not-shaped-like-sk', 'not-shaped-like-sk'],
  ['GitHub token', 'ghp_AbCdEfGhIjKlMnOpQrStUvWxYz0123456789', 'ghp_AbCdEfGhIjKlMnOpQrStUvWxYz0123456789'],
  ['Google key', 'AIzaSyAbCdEfGhIjKlMnOpQrStUvWxYz0123456', 'AIzaSyAbCdEfGhIjKlMnOpQrStUvWxYz0123456'],
  [
    'Telegram bot token',
    'telegram: 123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw failed',
    'AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw',
  ],
  [
    'Discord bot token',
    'discord login MTA5ODc2NTQzMjEwOTg3NjU0Mw.GhIjKl.AbCdEfGhIjKlMnOpQrStUvWxYz0123456',
    'GhIjKl.AbCdEfGhIjKlMnOpQrStUvWxYz0123456',
  ],
  ['Linux home path', 'Config: /home/maria/.openclaw/openclaw.json', 'maria'],
  ['macOS home path', 'at /Users/maria.lopez/Library/LaunchAgents/ai.openclaw.gateway.plist', 'maria.lopez'],
  ['Windows home path', String.raw`at C:\Users\Maria\AppData\Roaming\npm\node_modules\openclaw`, 'Maria'],
  ['JSON-escaped Windows path', String.raw`"path":"C:\\Users\\maria\\.openclaw\\openclaw.json"`, 'maria'],
];

describe('maskSecrets', () => {
  it.for(cases)('removes a %s', ([, line, secret]) => {
    const masked = maskSecrets(line);
    expect(masked).not.toContain(secret);
    expect(masked).toMatch(/\[redacted\]|\[user\]/);
  });

  it('is idempotent on every case and on all of them together', () => {
    const all = cases.map(([, line]) => line).join('\n');
    for (const text of [...cases.map(([, line]) => line), all]) {
      const once = maskSecrets(text);
      expect(maskSecrets(once)).toBe(once);
    }
  });

  it('keeps the error text, key names and placeholders a helper needs', () => {
    const line =
      'gateway closed (1008): unauthorized: gateway token mismatch (set gateway.remote.token to match gateway.auth.token)';
    expect(maskSecrets(line)).toBe(line);
    expect(maskSecrets('token: "${OPENCLAW_GATEWAY_TOKEN}"')).toBe('token: "${OPENCLAW_GATEWAY_TOKEN}"');
    expect(maskSecrets('OPENCLAW_GATEWAY_TOKEN=abc123secret')).toBe('OPENCLAW_GATEWAY_TOKEN=[redacted]');
    expect(maskSecrets('Config: /home/maria/.openclaw/openclaw.json')).toBe(
      'Config: /home/[user]/.openclaw/openclaw.json',
    );
    expect(maskSecrets('[ws] unauthorized conn=4f1c auth=token device=yes reason=token_mismatch')).toBe(
      '[ws] unauthorized conn=4f1c auth=token device=yes reason=token_mismatch',
    );
    expect(maskSecrets('"authReason":"token_missing","code":"AUTH_TOKEN_MISSING"')).toBe(
      '"authReason":"token_missing","code":"AUTH_TOKEN_MISSING"',
    );
  });

  it('counts what it removed, by kind', () => {
    const { counts } = redactSecrets(
      `OPENCLAW_GATEWAY_TOKEN=${hex48}\n/home/maria/x\n"password": "abcdefg"\nsk-proj-AbCdEfGhIjKlMnOpQrSt123`,
    );
    expect(counts).toEqual({ token: 1, password: 1, 'api-key': 1, 'user-name': 1 });
    expect(redactSecrets('nothing secret here').counts).toEqual({});
  });

  it('uses only linear-time patterns', () => {
    for (const pattern of redactionPatterns) {
      expect(findUnsafeRegexConstruct(pattern.source), pattern.source).toBeNull();
    }
  });

  it('handles long adversarial runs and still masks what follows them', () => {
    const runs = ['a'.repeat(200_000), 'A_'.repeat(100_000), '/home/'.repeat(20_000), '-'.repeat(200_000)];
    for (const run of runs) {
      const masked = maskSecrets(`${run} OPENCLAW_GATEWAY_TOKEN=tailsecret`);
      expect(masked.endsWith('OPENCLAW_GATEWAY_TOKEN=[redacted]')).toBe(true);
    }
  });
});

describe('maskToken', () => {
  it('shows two characters at each end and the length', () => {
    expect(maskToken(hex48)).toBe('3f…4e (48 chars)');
    expect(maskToken('short')).toBe('•••• (5 chars)');
  });
});
