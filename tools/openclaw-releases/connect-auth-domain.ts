/*
 * What "a connect or auth string" is, for the release reader: a message, detail code or reason code
 * in a module on the connection path (server handshake and auth, the gateway client, credentials,
 * pairing approval, the node host, the TUI, the CLI's gateway calls and probes). The Control UI's
 * login cards are read separately, per locale. Connect/auth wording is only used to decide which
 * files are worth parsing. Module paths come from the bundler's region
 * comments (`src/gateway/server/ws-connection/auth-messages.ts`) or, in releases that shipped one
 * file per module, from the file path (`dist/gateway/server/ws-connection/message-handler.js`).
 */

const domainModules: readonly RegExp[] = [
  /gateway\/server\/ws-connection\//,
  /gateway\/server\/(connection|ws-connection|ws-[\w-]+|close[\w-]*)\b/,
  /gateway-protocol\/src\/connect-error/,
  /gateway\/protocol\/connect-error/,
  /gateway-client\/src\//,
  /gateway\/client\b/,
  /gateway\/(call|credentials|credentials-secret-inputs|transport-error|probe|probe-auth|known-weak-gateway-secrets|auth|auth-rate-limit|device-auth|origin-check|ws-origin-policy|connect-auth)\b/,
  /node-host\/(runner|client|gateway)/,
  /tui\/gateway-chat/,
  /cli\/daemon-cli\/(gateway-token-drift|restart-health-probe|probe)\b/,
  /infra\/device-pairing-approval/,
];

/** Wordings about connecting and authenticating; case-insensitive. */
const connectAuthWording =
  /unauthori[sz]ed|pairing required|pending approval|gateway (token|password|auth|secret|closed|connect|not reachable|unreachable|restart)|device (token|identity|auth|signature|pairing)|origin not allowed|secure context|tls fingerprint|handshake|too many failed auth|trusted[- ]proxy|secretref|secret ref|redaction sentinel|control ui requires|setup code|bootstrap token|(scope|role) upgrade|closed before connect|disconnected \(\d{4}\)|connect failed/i;

/** `AUTH_TOKEN_MISMATCH`, `DEVICE_AUTH_INVALID`: detail codes the gateway sends in `details.code`. */
const detailCode = /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/;
/** `token_mismatch`, `not-paired`: reason codes in log fields and JSON. */
const reasonCode = /^[a-z][a-z0-9]*(?:[_-][a-z0-9]+)+$/;

export type StringKind = 'message' | 'code' | 'reason';

export function isDomainModule(module: string): boolean {
  return domainModules.some((pattern) => pattern.test(module));
}

export function hasConnectAuthWording(text: string): boolean {
  return connectAuthWording.test(text);
}

/** Does a bundle file carry a region of a domain module (`//#region src/gateway/call.ts`)? */
export function mentionsDomainModule(source: string): boolean {
  for (const match of source.matchAll(/^\/\/#region (\S+)/gm)) if (isDomainModule(match[1] ?? '')) return true;
  return false;
}

/** A sentence a user could see (several words, not code), as opposed to an identifier. */
export function isMessageLike(text: string): boolean {
  if (text.length < 8 || text.length > 600) return false;
  const words = text.match(/[A-Za-z\u00C0-\uFFFF]{2,}/g) ?? [];
  if (words.length < 2 || !/\s/.test(text)) return false;
  if (/=>|function\s*\(|\bconst |\breturn |^\s*[<{[]|\{\s*\n|;\s*$/.test(text)) return false;
  return true;
}

/** The kind of a connect/auth string, or null when the string is not one. */
export function classifyReleaseString(text: string, module: string): StringKind | null {
  // Wording alone (a settings label, a wizard prompt, a translated hint) is not a message the
  // connection path emits: such strings ground signatures (phrase sightings) but are not covered.
  if (!isDomainModule(module)) return null;
  if (isMessageLike(text)) return 'message';
  if (detailCode.test(text) && text.length <= 60) return 'code';
  if (reasonCode.test(text) && text.length <= 60) return 'reason';
  return null;
}

/** A `gateway.*` config key as it is written in the release (`gateway.controlUi.allowedOrigins`). */
export const gatewayConfigKey = /^gateway(?:\.(?:[a-z][A-Za-z0-9]*|\*))+$/;
