import type { Catalogue } from '../../core/catalogue.ts';
import type { ErrorClass } from '../../core/error-class-schema.ts';
import { clientSignals } from '../client-signals.ts';
import { openclawCues } from '../paste-contexts.ts';
import { authModeAmbiguous } from './auth-mode-ambiguous.ts';
import { authRateLimited } from './auth-rate-limited.ts';
import { bindWithoutAuth } from './bind-without-auth.ts';
import { clientVersionMismatch } from './client-version-mismatch.ts';
import { controlUiConnectFailed } from './control-ui-connect-failed.ts';
import { controlUiCredentialsRejected } from './control-ui-credentials-rejected.ts';
import { deviceIdentityRequired } from './device-identity-required.ts';
import { deviceRemoved } from './device-removed.ts';
import { deviceSignatureInvalid } from './device-signature-invalid.ts';
import { deviceTokenMismatch } from './device-token-mismatch.ts';
import { deviceTokenRejected } from './device-token-rejected.ts';
import { deviceTokenScopeMismatch } from './device-token-scope-mismatch.ts';
import { gatewayAuthChanged } from './gateway-auth-changed.ts';
import { gatewayModeUnset } from './gateway-mode-unset.ts';
import { gatewayPasswordMismatch } from './gateway-password-mismatch.ts';
import { gatewayPasswordMissing } from './gateway-password-missing.ts';
import { gatewayPasswordNotConfigured } from './gateway-password-not-configured.ts';
import { gatewayRestarting } from './gateway-restarting.ts';
import { gatewaySuspended } from './gateway-suspended.ts';
import { gatewayTokenMismatch } from './gateway-token-mismatch.ts';
import { gatewayTokenMissing } from './gateway-token-missing.ts';
import { gatewayTokenNotConfigured } from './gateway-token-not-configured.ts';
import { gatewayUnreachable } from './gateway-unreachable.ts';
import { handshakeTimeout } from './handshake-timeout.ts';
import { hooksTokenReusesGatewayToken } from './hooks-token-reuses-gateway-token.ts';
import { insecureWsBlocked } from './insecure-ws-blocked.ts';
import { originNotAllowed } from './origin-not-allowed.ts';
import { pairingRejected } from './pairing-rejected.ts';
import { pairingRequired } from './pairing-required.ts';
import { placeholderToken } from './placeholder-token.ts';
import { protocolMismatch } from './protocol-mismatch.ts';
import { redactionSentinelCredential } from './redaction-sentinel-credential.ts';
import { remoteUrlMissing } from './remote-url-missing.ts';
import { runtimeTokenGenerated } from './runtime-token-generated.ts';
import { secretrefUnavailable } from './secretref-unavailable.ts';
import { serviceTokenDrift } from './service-token-drift.ts';
import { setupCodeInvalid } from './setup-code-invalid.ts';
import { staleInstallAfterUpgrade } from './stale-install-after-upgrade.ts';
import { tailscaleAuthFailed } from './tailscale-auth-failed.ts';
import { tlsFingerprintMismatch } from './tls-fingerprint-mismatch.ts';
import { trustedProxyRejected } from './trusted-proxy-rejected.ts';
import { unauthorizedWithoutReason } from './unauthorized-without-reason.ts';
import { urlOverrideNeedsCredentials } from './url-override-needs-credentials.ts';
import { verifiedIdentityRequired } from './verified-identity-required.ts';

/*
 * Every error class, one line each, sorted by id (the tidy suite checks it).
 * Do NOT remove or rename an entry: /fix/<id> links in the wild depend on it.
 */
export const errorClasses: readonly ErrorClass[] = [
  authModeAmbiguous,
  authRateLimited,
  bindWithoutAuth,
  clientVersionMismatch,
  controlUiConnectFailed,
  controlUiCredentialsRejected,
  deviceIdentityRequired,
  deviceRemoved,
  deviceSignatureInvalid,
  deviceTokenMismatch,
  deviceTokenRejected,
  deviceTokenScopeMismatch,
  gatewayAuthChanged,
  gatewayModeUnset,
  gatewayPasswordMismatch,
  gatewayPasswordMissing,
  gatewayPasswordNotConfigured,
  gatewayRestarting,
  gatewaySuspended,
  gatewayTokenMismatch,
  gatewayTokenMissing,
  gatewayTokenNotConfigured,
  gatewayUnreachable,
  handshakeTimeout,
  hooksTokenReusesGatewayToken,
  insecureWsBlocked,
  originNotAllowed,
  pairingRejected,
  pairingRequired,
  placeholderToken,
  protocolMismatch,
  redactionSentinelCredential,
  remoteUrlMissing,
  runtimeTokenGenerated,
  secretrefUnavailable,
  serviceTokenDrift,
  setupCodeInvalid,
  staleInstallAfterUpgrade,
  tailscaleAuthFailed,
  tlsFingerprintMismatch,
  trustedProxyRejected,
  unauthorizedWithoutReason,
  urlOverrideNeedsCredentials,
  verifiedIdentityRequired,
];

/** The catalogue the page's matcher reads: every class with its own signatures. */
export const catalogue: Catalogue = { errorClasses, clientSignals, nearestCues: openclawCues };

/** Lookup by id, for routes and links. */
export const errorClassById: ReadonlyMap<string, ErrorClass> = new Map(
  errorClasses.map((errorClass) => [errorClass.id, errorClass]),
);
