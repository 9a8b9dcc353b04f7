import type { VersionSignal } from '../core/versions/infer-version.ts';

/*
 * Wordings that exist only in some OpenClaw releases (SOURCE-FACTS §1.3 history table, §1.4,
 * §1.6, §1.7). "After 2026.4.12" (newer source, first release unknown) is written as since
 * 2026.4.13. Keep each phrase specific: a phrase shared by releases with different hints bounds
 * nothing. Sorted by the release that introduced it.
 */
export const versionSignals: readonly VersionSignal[] = [
  {
    phrase: 'disconnected (4008)',
    versions: { since: '2026.1.14' },
    says: 'The Control UI closes with 4008 since 2026.1.14 (1008 before).',
  },
  {
    phrase: 'open a tokenized dashboard URL or paste token in Control UI settings',
    versions: { since: '2026.1.24', before: '2026.2.6' },
    says: 'This Control UI hint was used from 2026.1.24 until 2026.2.6, when it was reworded.',
  },
  {
    phrase: 'tailscale identity check failed',
    versions: { since: '2026.1.26' },
    says: '"tailscale identity check failed" exists since 2026.1.26.',
  },
  {
    phrase: 'origin not allowed (open the Control UI from the gateway host',
    versions: { since: '2026.2.3' },
    says: 'The origin check exists since 2026.2.3.',
  },
  {
    phrase: 'open the dashboard URL and paste the token in Control UI settings',
    versions: { since: '2026.2.6' },
    says: 'This Control UI hint replaced "open a tokenized dashboard URL…" in 2026.2.6.',
  },
  {
    phrase: 'device token mismatch',
    versions: { since: '2026.2.14' },
    says: '"device token mismatch" exists since 2026.2.14 (before, a stale device token read "gateway token mismatch").',
  },
  {
    phrase: 'too many failed authentication attempts',
    versions: { since: '2026.2.14' },
    says: 'The auth rate limiter exists since 2026.2.14.',
  },
  {
    phrase: 'uses plaintext ws:// to a non-loopback address',
    versions: { since: '2026.2.19' },
    says: 'The plaintext ws:// block exists since 2026.2.19.',
  },
  {
    phrase: 'control ui requires device identity (use HTTPS or localhost secure context)',
    versions: { since: '2026.2.21' },
    says: 'This wording exists since 2026.2.21.',
  },
  {
    phrase: 'control ui requires HTTPS or localhost (secure context)',
    versions: { since: '2026.1.21', before: '2026.2.21' },
    says: 'This older wording was replaced in 2026.2.21.',
  },
  {
    phrase: 'device token rejected (pair/repair this device',
    versions: { since: '2026.2.22' },
    says: '"device token rejected" exists since 2026.2.22.',
  },
  {
    phrase: '"recommendedNextStep"',
    versions: { since: '2026.3.11' },
    says: 'recommendedNextStep is in the error details since 2026.3.11.',
  },
  {
    phrase: 'GatewayClientRequestError',
    versions: { since: '2026.3.11' },
    says: 'The CLI names its request error GatewayClientRequestError since 2026.3.11 (the client’s version).',
  },
  {
    phrase: 'gateway connect failed: Error: unauthorized',
    versions: { before: '2026.3.11' },
    says: 'The CLI printed "Error: unauthorized…" before 2026.3.11 (the client’s version).',
  },
  {
    phrase: 'bootstrap token invalid or expired',
    versions: { since: '2026.3.12' },
    says: 'Setup codes carry bootstrap tokens since 2026.3.12.',
  },
  {
    phrase: '(4001): device removed',
    versions: { since: '2026.3.27' },
    says: 'The "device removed" close (4001) exists since about 2026.3.27.',
  },
  {
    phrase: '(4001): gateway auth changed',
    versions: { since: '2026.4.7' },
    says: 'The "gateway auth changed" close (4001) exists since 2026.4.7.',
  },
  {
    phrase: 'Approve this exact request with: openclaw devices approve',
    versions: { since: '2026.4.10' },
    says: '`devices approve` without an id only previews since 2026.4.10.',
  },
  {
    phrase: "use this gateway's gateway.auth.token or pair the device",
    versions: { since: '2026.4.13' },
    says: 'This local-CLI hint is newer than 2026.4.12.',
  },
  {
    phrase: "use this gateway's gateway.auth.password",
    versions: { since: '2026.4.13' },
    says: 'This local-CLI hint is newer than 2026.4.12.',
  },
  {
    phrase: 'paste in Control UI settings or openclaw doctor --generate-gateway-token; restart',
    versions: { since: '2026.4.13' },
    says: 'This Control UI hint is newer than 2026.4.12.',
  },
  {
    phrase: 'setup code invalid, expired, revoked, or already used',
    versions: { since: '2026.4.13' },
    says: 'This setup-code message is newer than 2026.4.12.',
  },
  {
    phrase: 'device token scope mismatch',
    versions: { since: '2026.4.13' },
    says: '"device token scope mismatch" is newer than 2026.4.12.',
  },
  {
    phrase: 'pairing required: device is',
    versions: { since: '2026.4.13' },
    says: 'Pairing close reasons with the reason spelled out are newer than 2026.4.12.',
  },
  {
    phrase: 'guidance=unauthorized',
    versions: { since: '2026.4.13' },
    says: 'The guidance= field of the gateway log is newer than 2026.4.12.',
  },
];
