/*
 * Connect/auth strings of the newest OpenClaw release that no error class recognises, on purpose.
 * The coverage suite (coverage.test.ts) requires every connect/auth string of the newest release to
 * be recognised by a class or matched by one rule here, and prints the coverage. Each rule says why.
 * Patterns are tested against the string as the release writes it (placeholders as `{name}`).
 */
export interface OutOfScopeRule {
  /** Matches the string's source module (`src/infra/device-pairing-store.ts`). */
  readonly module?: RegExp;
  /** Matches the string itself. */
  readonly text?: RegExp;
  /** Only strings of this kind (a message, a detail code, a reason code). */
  readonly kind?: 'message' | 'code' | 'reason';
  readonly reason: string;
}

export const outOfScope: readonly OutOfScopeRule[] = [
  {
    kind: 'reason',
    text: /./,
    reason:
      'An internal enum value (a handshake phase, an auth method, a rate-limit bucket, a close cause, a recovery hint): users meet it only inside a log line or an error whose message classifies. The auth failure reasons users paste on their own (token_mismatch, password_missing, trusted_proxy_…) are signatures of their classes and count as recognised.',
  },
  {
    kind: 'code',
    text: /^(AUTHENTICATED_PROFILE_UNAVAILABLE|AUTH_REQUIRED|CF_ACCESS_CLIENT_ID|CF_ACCESS_CLIENT_SECRET|OPENCLAW_GATEWAY_TOKEN|WS_ERR_UNSUPPORTED_MESSAGE_LENGTH)$/,
    reason:
      'Not a failure of its own: a generic "auth required" detail that always comes with a specific code, the profile-verification state (retry shortly), environment variable names, or a WebSocket library frame error.',
  },
  {
    text: /^(pairing required|protocol mismatch|scope mismatch|origin not allowed|connect failed|abnormal closure \(no close frame\)|Pairing request sent\.|unauthorized role:|repeated unauthorized calls)$/,
    reason:
      'A bare fragment that other software prints too (sshd, code-server, chat DM pairing, any WebSocket): it is recognised inside the wrapper OpenClaw prints around it ("gateway closed (1008): pairing required", "reason=origin not allowed"), never alone.',
  },
  {
    text: /^(bootstrap profile does not allow|invalid scope for requested roles|missing scope: )/,
    reason:
      'An approval-time refusal shown to the person approving (`openclaw devices approve`), not to the client that failed to connect.',
  },
  {
    text: /^(Fix:|Config:|Run `|open the dashboard URL|provide gateway auth|Start it with|Update or restart|Review |Rotate |Verify |Approve |Replace |Remove |Set |For the default|or |- |Possible causes|The request was already sent|Wait for|Break-glass|Reconnect |Open |Use )/,
    reason:
      'Remediation printed under a reason line ("Fix: …", "Run `openclaw …`"): the reason line above it is what the user pastes and what classifies; the guide gives the same remedy.',
  },
  {
    text: /^(Missing gateway auth \{credentialKind\}|closed before connect conn=|unauthorized conn=|protocol mismatch conn=|connect unavailable during gateway \{operation\}|gateway \{operation\} in progress|gateway client error: \{|gateway rejected websocket upgrade \(HTTP|gateway closed \(\{code\}|node host gateway closed \(\{code\}|node host gateway reconnect paused after close|gateway connect failed: \{|node host gateway connect failed: \{|connect failed: \{|node host gateway permanently rejected connection|error conn=|pairing required: \{reason\}$|client invalidated: \{reason\}$|worker protocol request rejected reason=\{)/,
    reason:
      'A wrapper template around a reason ("gateway closed ({code}): {reason}"): what fills the placeholders decides the class, and every reason it carries is covered on its own.',
  },
  {
    text: /^(security audit|security metric|security warning):|\b(connected|auto-approved|accepted|migrated) (conn|device|user|via|to)\b|^(node host gateway connected|webchat connected|authenticated user (connected|disconnected)|webchat disconnected|node-host: advertised|cleared stale device-auth token|gateway protocol upgraded|legacy node protocol accepted)/,
    reason: 'A log of a connection that succeeded or of a routine event (audit trail, metrics): nothing failed.',
  },
  {
    text: /(failed clearing|handler error|parse error|persistence failed|cleanup failed|refresh failed|probe failed for|sync failed|adoption failed|shutdown failed|readiness failed|prune failed|failed to record|failed to release|failed to clear|bookkeeping failed|confirmation failed|broadcast failed|restore after|snapshot failed|serialization failed|dispatch failed|request handler failed|stop timed out|drain timed out|resolution failed|catalog unavailable|failed to load ws message handler conn)/,
    reason:
      'An internal failure logged with its own underlying error after the connection itself was decided: the underlying error (disk, database, network) is what to diagnose, and it is not a connect/auth problem.',
  },
  {
    text: /^(invalid (request frame|connect params|handshake|worker handshake|role|chat\.abort params|sessions\.create params|agent runtime identity token)|parse\/handle error|preauth payload too large|too many pending handshake frames|invalid request frame: method must be|invalid browser copilot origin|gateway connect challenge timestamp invalid|connect challenge missing nonce|gateway connect challenge missing nonce|unsupported Gateway WebSocket receiver)/,
    reason:
      'A client that speaks the gateway protocol wrongly (a bug in a custom client or wrapper): to be reported to its author; no setting of the user’s fixes it. Version skew between official clients is the protocol-mismatch class.',
  },
  {
    module:
      /worker-connection|worker-admission|gateway-client\/src\/(pending-request|protocol-request)|node-lifecycle|model-catalog|connect-user-profile|connect-node-pairing-ssh/,
    reason:
      'Internal machinery (the gateway’s worker processes, request bookkeeping, profile acquisition, SSH-verified node pairing): its messages never reach a user as the reason a client could not connect.',
  },
  {
    text: /(^worker |edge auth headers|node-host \{path\}|browser copilot|agent runtime|GitHub|Tailscale avatar|voicewake|remote bin probe|Cloudflare Access|cloudflareAccess|node host gateway candidate|node host update supervisor|node host gateway endpoint persistence|event loop readiness|approval runtime auth field|local backend shared auth|Gateway profile|authenticated node pairing identity|node pairing changed during connect|node manifest changed|node capabilities changed|ingress attribution|Worker computer|browser identity route)/,
    reason:
      'A feature outside connecting and authenticating a client (browser copilot, agent runtime identity, GitHub profiles, Cloudflare Access service tokens for node hosts, multi-gateway candidates): no error class yet; left for a later round, named here so the coverage figure stays honest.',
  },
  {
    text: /^(connect timing|request timing|event listener|connect retry|tick timeout|gateway starting|gateway client not initialized|gateway message handler loading|waiting for operator action|exiting for supervisor restart|Checking gateway status\.\.\.|cli --url|connect timeout|request failed|gateway request failed|gateway rejected connection|probe failed|gateway probe failed|auth required|owner auth required|device required|pairing required:|The server is busy\. Please try again in a moment\.|gateway closing before request dispatch|gateway request aborted for \{method\}|gateway request timeout for \{method\}|gateway timeout after \{timeoutMs\}ms)/,
    reason:
      'A label, a state or a generic fallback with no reason of its own ("connect timing", "request failed", "auth required" as a probe summary): the line that carries the reason classifies.',
  },
  {
    text: /^(Control UI v\{|Gateway v\{|probe min v\{)/,
    reason: 'A piece of the client-version-mismatch message, which classifies as a whole.',
  },
  {
    text: /^(normal closure|no close reason|Error: gateway client stopped|gateway client stopped|gateway connection retired|gateway connection authority is unavailable|gateway transient pre-hello clean close|Opening handshake has timed out|request superseded or already resolved|Pairing request expired before approval commit|Unsupported device pairing forbidden reason|Pairing approval policy changed|automatic pairing policy changed|Legacy CLAWDBOT_\* and MOLTBOT_\*|Gateway destination changed|active gateway does not support required)/,
    reason:
      'A normal stop, an internal race or a capability notice that resolves on retry or update: the message itself says what to do, and it has not been reported as a connect failure.',
  },
  {
    text: /^(GatewayClient (device signature|public key) dependency is not configured|Invalid TLS fingerprint; expected|gateway tls fingerprint must be a SHA-256|gateway status RPC skipped|probe short-circuited|gateway TLS certificate unavailable|Loopback connection with non-local Host header|gateway rejected protocol v\d|gateway rejected required agent runtime)/,
    reason:
      'A programming or diagnostic notice of the CLI and probes (a malformed fingerprint value, a skipped probe, a protocol fallback that retries by itself): shown next to the real error, which classifies.',
  },
];
