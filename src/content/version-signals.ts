import type { VersionSignal } from '../core/versions/infer-version.ts';
import releasesOfWordings from './openclaw-releases/version-signal-releases.json' with { type: 'json' };

/*
 * Wordings that only some OpenClaw releases print: seeing one bounds the version. Only the phrase
 * and what it is are written here; the releases come from the release data
 * (`npm run openclaw:releases` writes openclaw-releases/version-signal-releases.json from the first
 * and last release that prints each phrase). A wording every release prints bounds nothing and is
 * left out. Keep each phrase specific, and the list in the order the wordings appeared.
 */
export interface VersionWording {
  readonly phrase: string;
  /** What the wording is, for the evidence line: "The Control UI hint …". */
  readonly what: string;
}

export const versionWordings: readonly VersionWording[] = [
  { phrase: 'disconnected (4008)', what: 'The Control UI close code 4008' },
  {
    phrase: 'open a tokenized dashboard URL or paste token in Control UI settings',
    what: 'The Control UI hint "open a tokenized dashboard URL…"',
  },
  { phrase: 'tailscale identity check failed', what: '"tailscale identity check failed"' },
  { phrase: 'origin not allowed (open the Control UI from the gateway host', what: 'The origin check' },
  {
    phrase: 'open the dashboard URL and paste the token in Control UI settings',
    what: 'The Control UI hint "open the dashboard URL and paste the token…"',
  },
  { phrase: 'device token mismatch', what: '"device token mismatch"' },
  { phrase: 'too many failed authentication attempts', what: 'The auth rate limiter' },
  { phrase: 'uses plaintext ws:// to a non-loopback address', what: 'The plaintext ws:// block' },
  {
    phrase: 'control ui requires device identity (use HTTPS or localhost secure context)',
    what: '"control ui requires device identity"',
  },
  {
    phrase: 'control ui requires HTTPS or localhost (secure context)',
    what: 'The older wording "control ui requires HTTPS or localhost"',
  },
  { phrase: 'device token rejected (pair/repair this device', what: '"device token rejected"' },
  { phrase: 'recommendedNextStep', what: 'The recommendedNextStep error detail' },
  {
    phrase: 'GatewayClientRequestError',
    what: 'The CLI request error name GatewayClientRequestError (the client’s version)',
  },
  { phrase: 'bootstrap token invalid or expired', what: 'Setup-code bootstrap tokens' },
  { phrase: 'device removed', what: 'The "device removed" close' },
  { phrase: 'gateway auth changed', what: 'The "gateway auth changed" close' },
  {
    phrase: 'Approve this exact request with: openclaw devices approve',
    what: 'The preview-only `devices approve` without an id',
  },
  { phrase: "use this gateway's gateway.auth.token or pair the device", what: 'This local-CLI hint' },
  { phrase: "use this gateway's gateway.auth.password", what: 'This local-CLI hint' },
  {
    phrase: 'paste in Control UI settings or openclaw doctor --generate-gateway-token; restart',
    what: 'This Control UI hint',
  },
  { phrase: 'setup code invalid, expired, revoked, or already used', what: 'This setup-code message' },
  { phrase: 'device token scope mismatch', what: '"device token scope mismatch"' },
  { phrase: 'pairing required: device is', what: 'Pairing close reasons that spell out the reason' },
  { phrase: 'guidance=', what: 'The guidance= field of the gateway log' },
  { phrase: 'connect unavailable during gateway', what: '"connect unavailable during gateway restart"' },
  { phrase: 'gateway credential is a redaction sentinel', what: 'The redaction-sentinel rejection' },
  { phrase: 'This Gateway expects its token', what: 'The Control UI login card "This Gateway expects its token"' },
];

const bounds: Readonly<Record<string, { since: string; last?: string; before?: string }>> = releasesOfWordings.bounds;

function describe(what: string, range: { since: string; last?: string; before?: string }): string {
  return range.before
    ? `${what} is printed by OpenClaw ${range.since} to ${range.last ?? range.since}, not by ${range.before} or later.`
    : `${what} is printed by OpenClaw since ${range.since}.`;
}

export const versionSignals: readonly VersionSignal[] = versionWordings.flatMap(({ phrase, what }) => {
  const range = bounds[phrase];
  // Printed by every release read: it bounds nothing.
  if (!range || (range.since === releasesOfWordings.oldest && range.before === undefined)) return [];
  const versions = range.before ? { since: range.since, before: range.before } : { since: range.since };
  return [{ phrase, versions, says: describe(what, range) }];
});
