/**
 * Secrets of every kind a user may paste, at their real lengths, each in the context it appears
 * in. Tests plant them in pastes, configs and logs and check that none comes out of any path
 * that shows, shares or exports text. `secret` is the part that must never appear.
 */
export interface PlantedSecret {
  readonly kind: string;
  readonly line: string;
  readonly secret: string;
}

// Deterministic "random" values: real lengths, realistic alphabets.
function characters(alphabet: string, length: number, seed: number): string {
  let value = '';
  let state = seed;
  for (let index = 0; index < length; index += 1) {
    state = (state * 1103515245 + 12345) % 2147483648;
    // The low bits of this generator cycle fast: use the high ones.
    value += alphabet.charAt(Math.floor(state / 65536) % alphabet.length);
  }
  return value;
}
const hex = '0123456789abcdef';
const base64url = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const alphanumeric = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** `openclaw doctor --generate-gateway-token`: 24 random bytes as hex. */
export const generatedGatewayToken = characters(hex, 48, 1);
/** The Docker setup script: `openssl rand -hex 32`. */
export const dockerGatewayToken = characters(hex, 64, 2);
const customToken = `My-Own.Token_${characters(alphanumeric, 20, 3)}`;
const urlToken = characters(base64url, 43, 4);
const password = `Correct-Horse-${characters(alphanumeric, 12, 5)}!`;

export const plantedSecrets: readonly PlantedSecret[] = [
  {
    kind: 'generated gateway token (48 hex) in JSON5',
    line: `    auth: { mode: "token", token: "${generatedGatewayToken}" },`,
    secret: generatedGatewayToken,
  },
  {
    kind: 'docker gateway token (64 hex) in .env',
    line: `OPENCLAW_GATEWAY_TOKEN=${dockerGatewayToken}`,
    secret: dockerGatewayToken,
  },
  {
    kind: 'OPENCLAW_GATEWAY_TOKEN= with a hand-made token',
    line: `export OPENCLAW_GATEWAY_TOKEN="${customToken}"`,
    secret: customToken,
  },
  {
    kind: 'gateway password in JSON',
    line: `  "password": "${password}",`,
    secret: password,
  },
  {
    kind: 'OPENCLAW_GATEWAY_PASSWORD= line',
    line: `OPENCLAW_GATEWAY_PASSWORD=${password}x`,
    secret: `${password}x`,
  },
  {
    kind: 'dashboard URL with #token=',
    line: `Dashboard: http://127.0.0.1:18789/#token=${urlToken}`,
    secret: urlToken,
  },
  {
    kind: 'URL with ?token=',
    line: `connecting to wss://gw.example.test:18789/?token=${urlToken}A&v=3`,
    secret: `${urlToken}A`,
  },
  {
    kind: 'JSON "token": "…" in a log line',
    line: `{"level":"debug","msg":"connect params","token":"${customToken}Z","role":"operator"}`,
    secret: `${customToken}Z`,
  },
  {
    kind: 'unquoted token= in a log line',
    line: `[gateway] auth check token=${customToken}Q mode=token`,
    secret: `${customToken}Q`,
  },
  {
    kind: 'YAML-style token: value',
    line: `  token: ${customToken}Y`,
    secret: `${customToken}Y`,
  },
  {
    kind: '--token flag',
    line: `openclaw gateway run --token ${customToken}F --port 18789`,
    secret: `${customToken}F`,
  },
  {
    kind: 'bearer header',
    line: `Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.${characters(base64url, 40, 6)}.${characters(base64url, 43, 7)}`,
    secret: characters(base64url, 40, 6),
  },
  {
    kind: 'Anthropic key',
    line: `ANTHROPIC_API_KEY=sk-ant-api03-${characters(base64url, 95, 8)}`,
    secret: characters(base64url, 95, 8),
  },
  {
    kind: 'OpenAI project key',
    line: `"apiKey": "sk-proj-${characters(base64url, 120, 9)}"`,
    secret: characters(base64url, 120, 9),
  },
  {
    kind: 'Google API key',
    line: `gemini key AIza${characters(base64url, 35, 10)} loaded`,
    secret: characters(base64url, 35, 10),
  },
  {
    kind: 'GitHub token',
    line: `GITHUB_TOKEN: ghp_${characters(alphanumeric, 36, 11)}`,
    secret: characters(alphanumeric, 36, 11),
  },
  {
    kind: 'Slack bot token',
    line: `slack botToken xoxb-123456789012-1234567890123-${characters(alphanumeric, 24, 12)}`,
    secret: characters(alphanumeric, 24, 12),
  },
  {
    kind: 'Telegram bot token',
    line: `telegram: { botToken: 7123456789:${characters(base64url, 35, 13)} }`,
    secret: characters(base64url, 35, 13),
  },
  {
    kind: 'Discord bot token',
    line: `discord token MTI3NzM0NTY3ODkwMTIzNDU2Nw.${characters(base64url, 6, 14)}.${characters(base64url, 38, 15)} rejected`,
    secret: characters(base64url, 38, 15),
  },
];

/** Every planted secret in one messy paste, around a real gateway error. */
export const pasteWithSecrets = [
  '2026-03-02T21:40:11.955Z [gateway] starting',
  ...plantedSecrets.map((planted) => planted.line),
  'gateway connect failed: Error: unauthorized: gateway token mismatch (set gateway.remote.token to match gateway.auth.token)',
  ...plantedSecrets.map((planted) => planted.line),
].join('\n');

/**
 * The parts of a secret that must not survive: any 10 characters in a row of it (a masked token
 * may keep its first and last two characters).
 */
export function leakedPieces(text: string, secret: string, window = 10): string[] {
  const leaks: string[] = [];
  for (let start = 0; start + window <= secret.length; start += 1) {
    const piece = secret.slice(start, start + window);
    if (text.includes(piece)) leaks.push(piece);
  }
  return leaks;
}
