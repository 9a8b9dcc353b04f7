/**
 * What we know about this user beyond the error class: the client that failed and what
 * their config says. Causes in the content declare how each fact moves them up or down.
 * A closed list, so a misspelt fact in a class file is a compile error.
 */
export const rankingFacts = [
  /** The failing client is the openclaw CLI. */
  'client-cli',
  /** The failing client is the Control UI in a browser. */
  'client-control-ui',
  /** The failing client is a node host, an app, a probe or a third-party wrapper. */
  'client-other',
  /** Config has both gateway.auth.token and gateway.remote.token, and they differ. */
  'remote-token-differs',
  /** Config has both gateway.auth.token and gateway.remote.token, and they are equal. */
  'remote-token-matches',
  /** Config has gateway.auth.token but no gateway.remote.token. */
  'remote-token-absent',
  /** Config has no literal gateway.auth.token (the gateway generates or reads one elsewhere). */
  'auth-token-absent',
  /** gateway.auth.token is a ${VAR} or a SecretRef: its value comes from the environment. */
  'auth-token-from-environment',
  /** gateway.mode is "remote". */
  'gateway-mode-remote',
  /**
   * gateway.bind is "lan", "tailnet", "auto" or "custom" (not the default "loopback"): clients may
   * reach the gateway through a non-loopback address, which is never auto-approved for pairing.
   */
  'gateway-bind-non-loopback',
  /** The config resolves to password mode (gateway.auth.mode "password", or a password without a mode). */
  'auth-mode-password',
  /** The config's auth mode cannot produce the pasted error: it is not the config the gateway runs with, or a flag overrides it. */
  'config-contradicts-error',
  /** A token sits under a key OpenClaw does not read (gateway.token, a top-level token, auth.token without gateway). */
  'token-under-wrong-key',
  /** gateway.remote.* is set while gateway.mode is local (or unset). */
  'remote-config-while-local',
] as const;
export type RankingFact = (typeof rankingFacts)[number];
