/**
 * Secrets never appear in full anywhere the app shows or shares text. A token is shown as its
 * first two and last two characters and its length, enough to compare two tokens by eye.
 */
export function maskToken(token: string): string {
  const length = token.length;
  if (length <= 8) return `•••• (${length} chars)`;
  return `${token.slice(0, 2)}…${token.slice(-2)} (${length} chars)`;
}

// Values that follow a token-like key: `"token": "…"`, `token=…`, `OPENCLAW_GATEWAY_TOKEN=…`,
// `#token=…`, `Bearer …`. Each value run is a single character class, so matching is linear.
const secretAssignments: readonly RegExp[] = [
  /((?:OPENCLAW|CLAWDBOT|MOLTBOT)_GATEWAY_(?:TOKEN|PASSWORD)\s*[=:]\s*["']?)([^\s"'`]{4,})/g,
  /([#?&](?:token|password)=)([^\s&#"'`<>]{4,})/gi,
  /(["']?\b(?:token|password|deviceToken|authToken|apiKey|api_key|secret)["']?\s*[:=]\s*["'])([^"'\n]{4,})/gi,
  /(\b(?:--token|--password)[ =]["']?)([^\s"'`]{4,})/g,
  /(\bBearer\s+)([A-Za-z0-9._~+/=-]{8,})/g,
  /(\bAuthorization:\s*(?:Basic\s+)?)([A-Za-z0-9._~+/=-]{12,})/gi,
];

// Secrets recognisable by shape alone: provider keys, bot tokens, long hex gateway tokens.
const secretShapes: readonly RegExp[] = [
  /\bsk-(?:ant-|proj-)?[A-Za-z0-9_-]{16,}/g,
  /\b(?:ghp|gho|ghs|github_pat)_[A-Za-z0-9_]{20,}/g,
  /\bxox[abposr]-[A-Za-z0-9-]{10,}/g,
  /\bAIza[0-9A-Za-z_-]{30,}/g,
  /\b\d{8,10}:[A-Za-z0-9_-]{35}\b/g,
  /\b[0-9a-f]{32,128}\b/gi,
];

/** Masks every secret we can recognise in free text (pastes, configs, reports). Idempotent. */
export function maskSecrets(text: string): string {
  let masked = text;
  for (const pattern of secretAssignments) {
    masked = masked.replace(pattern, (_match, key: string, value: string) =>
      isAlreadyMasked(value) || isPlaceholder(value) ? `${key}${value}` : `${key}${redactedMarker}`,
    );
  }
  for (const pattern of secretShapes) {
    masked = masked.replace(pattern, redactedMarker);
  }
  return masked;
}

export const redactedMarker = '[redacted]';

function isAlreadyMasked(value: string): boolean {
  return value.startsWith(redactedMarker) || value.startsWith('__OPENCLAW_REDACTED__');
}

// `${OPENCLAW_GATEWAY_TOKEN}` and `<token>` say where a value comes from, not what it is.
function isPlaceholder(value: string): boolean {
  return /^(?:\$\{[A-Z_][A-Z0-9_]*\}|<[a-z-]+>)$/.test(value);
}
