/*
 * The one redaction module: every path that displays, shares or exports pasted text calls it
 * (the diagnosis excerpt, share links, the GitHub issue report, the CLI). Secrets never appear in
 * full anywhere the app shows or shares text.
 *
 * Every pattern is linear-time: each value run is a single character class that cannot overlap the
 * text around it, and identifier prefixes start at a word boundary (so a 10 MB run of letters is
 * scanned once, not once per position).
 */

/** A token is shown as its first two and last two characters and its length: enough to compare by eye. */
export function maskToken(token: string): string {
  const length = token.length;
  if (length <= 8) return `•••• (${length} chars)`;
  return `${token.slice(0, 2)}…${token.slice(-2)} (${length} chars)`;
}

export const redactedMarker = '[redacted]';
export const redactedUser = '[user]';

/** What kind of secret a redaction removed, for the preview ("2 tokens, 1 user name"). */
export type RedactionKind = 'token' | 'password' | 'api-key' | 'bot-token' | 'user-name';

export const redactionKindLabels: Record<RedactionKind, string> = {
  token: 'token',
  password: 'password',
  'api-key': 'API key',
  'bot-token': 'bot token',
  'user-name': 'user name',
};

interface KeyedRule {
  /** Group 1 is the key (kept), group 2 the value (replaced). */
  readonly pattern: RegExp;
  readonly kind: RedactionKind | ((key: string) => RedactionKind);
}

const passwordOrToken = (key: string): RedactionKind => (/pass/i.test(key) ? 'password' : 'token');

// Values that follow a secret-looking key. Order matters: the most specific first.
const keyedRules: readonly KeyedRule[] = [
  // OPENCLAW_GATEWAY_TOKEN=…, TELEGRAM_BOT_TOKEN: …, OPENAI_API_KEY=… (shell, .env, compose, systemd)
  {
    pattern:
      /(\b[A-Z][A-Z0-9_]*(?:TOKEN|PASSWORD|PASSWD|SECRET|API_KEY|APIKEY|PRIVATE_KEY|ACCESS_KEY)\s*[=:]\s*["']?)([^\s"'`]{4,})/g,
    kind: (key) => (/API_?KEY|ACCESS_KEY|PRIVATE_KEY/.test(key) ? 'api-key' : passwordOrToken(key)),
  },
  // Dashboard links: #token=…, ?token=…, &password=…
  { pattern: /([#?&](?:token|password)=)([^\s&#"'`<>]{4,})/gi, kind: passwordOrToken },
  // JSON / JSON5 / YAML with quotes: "token": "…", deviceToken: '…', "apiKey": "…"
  {
    pattern:
      /(["']?\b[A-Za-z_]*(?:token|password|passwd|secret|apiKey|api_key|accessKey|privateKey)["']?\s*[:=]\s*["'])([^"'\n]{4,})/gi,
    kind: (key) => (/api_?key|accessKey|privateKey/i.test(key) ? 'api-key' : passwordOrToken(key)),
  },
  // CLI flags: --token abc, --password=abc
  // Unquoted `token=…` / `token: …` in logs, .env and YAML (a `${VAR}`, a quoted or masked value is
  // left to the rules above).
  {
    pattern: /(\b(?:token|password|secret|botToken|apiKey|api_key)\s*[:=][ \t]*)(?![$"'`[])([^\s"'`,;{}()[\]<>]{6,})/gi,
    kind: passwordOrToken,
  },
  { pattern: /(\B--(?:token|password)[ =]["']?)([^\s"'`]{4,})/g, kind: passwordOrToken },
  // HTTP headers
  { pattern: /(\bBearer\s+)([A-Za-z0-9._~+/=-]{8,})/g, kind: 'token' },
  { pattern: /(\bAuthorization:\s*(?:Basic\s+)?)([A-Za-z0-9._~+/=-]{12,})/gi, kind: 'token' },
  // Credentials inside a URL: wss://user:secret@host
  { pattern: /(\b[a-z][a-z0-9+.-]{0,31}:\/\/[^\s/:@]+:)([^\s/@]{3,})(?=@)/gi, kind: 'password' },
];

interface ShapeRule {
  readonly pattern: RegExp;
  readonly kind: RedactionKind;
}

// Secrets recognisable by shape alone.
const shapeRules: readonly ShapeRule[] = [
  // Model-provider and platform keys: OpenAI/Anthropic/OpenRouter sk-…, GitHub, Slack, Google, Groq, xAI, Hugging Face, AWS.
  { pattern: /\bsk-[A-Za-z0-9_-]{16,}/g, kind: 'api-key' },
  { pattern: /\b(?:ghp|gho|ghs|ghu|github_pat)_[A-Za-z0-9_]{20,}/g, kind: 'api-key' },
  { pattern: /\bxox[abposr]-[A-Za-z0-9-]{10,}/g, kind: 'api-key' },
  { pattern: /\bAIza[0-9A-Za-z_-]{30,}/g, kind: 'api-key' },
  { pattern: /\b(?:gsk|hf|xai)[_-][A-Za-z0-9]{20,}/g, kind: 'api-key' },
  { pattern: /\bAKIA[0-9A-Z]{16}\b/g, kind: 'api-key' },
  // Telegram bot token: 123456789:AA… ; Discord bot token: three dot-separated base64url parts.
  { pattern: /\b\d{6,12}:[A-Za-z0-9_-]{30,}/g, kind: 'bot-token' },
  { pattern: /\b[MNO][A-Za-z0-9_-]{23,27}\.[A-Za-z0-9_-]{6,7}\.[A-Za-z0-9_-]{27,40}\b/g, kind: 'bot-token' },
  // Gateway tokens: 48 hex (generated at startup), 64 hex (docker-setup.sh), or any long hex run.
  { pattern: /\b[0-9a-f]{24,}\b/gi, kind: 'token' },
];

// User names in home paths: /home/maria, /Users/maria, C:\Users\maria (also JSON-escaped \\), /mnt/c/Users/maria.
const homePath = /(\/home\/|\/Users\/|\b[A-Za-z]:\\{1,2}Users\\{1,2})([^/\\\s"'`:;,()<>|]+)/g;

/** Every pattern, for the static linear-time check in the tests. */
export const redactionPatterns: readonly RegExp[] = [
  ...keyedRules.map((rule) => rule.pattern),
  ...shapeRules.map((rule) => rule.pattern),
  homePath,
];

/** Text after redaction, and what was removed (for the preview). */
export interface Redaction {
  readonly text: string;
  readonly counts: Readonly<Partial<Record<RedactionKind, number>>>;
}

/** Masks every secret we can recognise in free text (pastes, configs, reports) and counts them. Idempotent. */
export function redactSecrets(text: string): Redaction {
  const counts: Partial<Record<RedactionKind, number>> = {};
  const count = (kind: RedactionKind): void => {
    counts[kind] = (counts[kind] ?? 0) + 1;
  };
  let masked = text;
  for (const rule of keyedRules) {
    masked = masked.replace(rule.pattern, (match: string, key: string, value: string) => {
      if (isAlreadyMasked(value) || isPlaceholder(value)) return match;
      count(typeof rule.kind === 'function' ? rule.kind(key) : rule.kind);
      return `${key}${redactedMarker}`;
    });
  }
  for (const rule of shapeRules) {
    masked = masked.replace(rule.pattern, () => {
      count(rule.kind);
      return redactedMarker;
    });
  }
  masked = masked.replace(homePath, (match: string, prefix: string, name: string) => {
    if (name === redactedUser) return match;
    count('user-name');
    return `${prefix}${redactedUser}`;
  });
  return { text: masked, counts };
}

/** Masks every secret we can recognise in free text. Idempotent: masking twice changes nothing. */
export function maskSecrets(text: string): string {
  return redactSecrets(text).text;
}

function isAlreadyMasked(value: string): boolean {
  return value.startsWith(redactedMarker) || value.startsWith('__OPENCLAW_REDACTED__') || value.startsWith('••••');
}

// `${OPENCLAW_GATEWAY_TOKEN}` and `<token>` say where a value comes from, not what it is.
function isPlaceholder(value: string): boolean {
  return /^(?:\$\{[A-Z_][A-Z0-9_]*\}|<[a-z-]+>)$/.test(value);
}
