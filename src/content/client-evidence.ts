import type { ClientEvidenceSignal } from '../core/classify/infer-client.ts';

/*
 * Clues to the failing client beyond the gateway's bracketed hint (which client-signals.ts
 * reads): the apps' own wording (SOURCE-FACTS §1.7), the CLI's and probes' wrappers, and the
 * names of third-party wrappers that users hit this with (ROOT-CAUSES.md §3).
 */
export const clientEvidenceSignals: readonly ClientEvidenceSignal[] = [
  {
    phrase: 'Check gateway.auth.token or OPENCLAW_GATEWAY_TOKEN on the gateway host',
    client: 'macos-app',
    says: 'This sentence is the macOS app’s remote-gateway check.',
  },
  {
    phrase: 'This gateway requires an auth token from the gateway host',
    client: 'macos-app',
    says: 'This sentence is the macOS app’s remote-gateway check.',
  },
  {
    phrase: 'This gateway has token auth enabled, but no gateway.auth.token is configured on the host',
    client: 'macos-app',
    says: 'This sentence is the macOS app’s remote-gateway check.',
  },
  {
    phrase: 'Setup code expired or already used. Scan a fresh setup code, then try again',
    client: 'macos-app',
    says: 'This sentence is the macOS app’s remote-gateway check.',
  },
  {
    phrase: 'run /pair approve, then check the connection again',
    client: 'macos-app',
    says: 'This sentence is the macOS app’s remote-gateway check.',
  },
  {
    phrase: 'disconnected (4008)',
    client: 'control-ui',
    says: 'Only the Control UI in a browser closes with 4008 "connect failed".',
  },
  {
    phrase: 'code=4008 reason=connect failed',
    client: 'control-ui',
    says: 'Only the Control UI in a browser closes with 4008 "connect failed".',
  },
  {
    phrase: 'Re-copy a tokenized URL with',
    client: 'control-ui',
    says: 'This is the Control UI’s "Auth failed" hint.',
  },
  {
    phrase: 'The provided credentials were rejected',
    client: 'control-ui',
    says: 'This is the Control UI’s login card.',
  },
  {
    phrase: 'The supplied credential was rejected',
    client: 'control-ui',
    says: 'This is the Control UI’s login card.',
  },
  {
    phrase: 'node host gateway',
    client: 'node',
    says: '"node host gateway …" is how a node host (openclaw node run) reports it.',
  },
  {
    phrase: 'GatewayClientRequestError',
    client: 'cli',
    says: 'GatewayClientRequestError is the openclaw CLI’s error.',
  },
  { phrase: 'RPC probe: failed', client: 'probe', says: '"RPC probe" is the status probe of openclaw gateway status.' },
  {
    phrase: 'Gateway: not detected (',
    client: 'probe',
    says: 'The onboarding health check prints "Gateway: not detected".',
  },
  {
    phrase: 'ClawX',
    client: 'third-party',
    name: 'ClawX',
    wholeWord: true,
    says: 'The paste names ClawX, a third-party wrapper.',
  },
  {
    phrase: 'Cherry Studio',
    client: 'third-party',
    name: 'Cherry Studio',
    says: 'The paste names Cherry Studio, a third-party client.',
  },
  {
    phrase: 'OpenClaw-Admin',
    client: 'third-party',
    name: 'OpenClaw-Admin',
    wholeWord: true,
    says: 'The paste names OpenClaw-Admin, a third-party panel.',
  },
  {
    phrase: 'mission-control',
    client: 'third-party',
    name: 'mission-control',
    wholeWord: true,
    says: 'The paste names mission-control, a third-party dashboard.',
  },
];
