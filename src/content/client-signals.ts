import type { ClientSignal } from '../core/catalogue.ts';

/*
 * How to tell which client failed. The gateway picks the bracketed hint from the client kind
 * (SOURCE-FACTS §1.3), and each client prints its own wrapper around the reason (§1.7).
 * A hint right after the reason wins over a wrapper before it.
 * Note: `(provide gateway auth token)` is also what `openclaw status` and onboarding probes get,
 * so it means "not the CLI proper and not the Control UI", never "a node".
 */
export const clientSignals: readonly ClientSignal[] = [
  { phrase: 'set gateway.remote.token to match gateway.auth.token', client: 'cli', position: 'hint' },
  { phrase: 'set gateway.remote.password to match gateway.auth.password', client: 'cli', position: 'hint' },
  { phrase: "use this gateway's gateway.auth.token or pair the device", client: 'cli', position: 'hint' },
  { phrase: "use this gateway's gateway.auth.password", client: 'cli', position: 'hint' },
  {
    phrase: 'open the dashboard URL and paste the token in Control UI settings',
    client: 'control-ui',
    position: 'hint',
  },
  {
    phrase: 'open a tokenized dashboard URL or paste token in Control UI settings',
    client: 'control-ui',
    position: 'hint',
  },
  {
    phrase: 'paste in Control UI settings or openclaw doctor --generate-gateway-token; restart',
    client: 'control-ui',
    position: 'hint',
  },
  { phrase: 'enter the password in Control UI settings', client: 'control-ui', position: 'hint' },
  { phrase: 'provide gateway auth token', client: 'other-client', position: 'hint' },
  { phrase: 'provide gateway auth password', client: 'other-client', position: 'hint' },
  // Reasons that only one client prints: the text itself names the client.
  {
    phrase: 'This gateway has token auth enabled, but no gateway.auth.token is configured on the host',
    client: 'macos-app',
    position: 'hint',
  },
  { phrase: 'Setup code expired or already used', client: 'macos-app', position: 'hint' },
  { phrase: 'gateway rejected this node', client: 'node', position: 'hint' },
  { phrase: 'it rejected the proxy identity or forwarding information', client: 'control-ui', position: 'hint' },
  { phrase: 'A Gateway token cannot replace proxy authentication', client: 'control-ui', position: 'hint' },
  {
    phrase: 'Check gateway.auth.token or OPENCLAW_GATEWAY_TOKEN on the gateway host',
    client: 'macos-app',
    position: 'hint',
  },
  { phrase: 'disconnected (', client: 'control-ui', position: 'wrapper' },
  { phrase: 'node host gateway', client: 'node', position: 'wrapper' },
  { phrase: 'gateway connect failed:', client: 'cli', position: 'wrapper' },
  { phrase: 'gateway closed (', client: 'cli', position: 'wrapper' },
  { phrase: 'GatewayClientRequestError:', client: 'cli', position: 'wrapper' },
  { phrase: 'Gateway: not detected (', client: 'probe', position: 'wrapper' },
  // The CLI prints the dialled target under its error (callGateway, SOURCE-FACTS §1.7); it tells the
  // client for reasons that come without a wrapper, such as "Error: gateway tls fingerprint mismatch".
  { phrase: 'Gateway target:', client: 'cli', position: 'hint' },
];
