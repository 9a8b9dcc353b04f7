import type { Catalogue } from '../../core/catalogue.ts';
import type { ErrorClass } from '../../core/error-class-schema.ts';
import { clientSignals } from '../client-signals.ts';
import { authModeAmbiguous } from './auth-mode-ambiguous.ts';
import { bindWithoutAuth } from './bind-without-auth.ts';
import { deviceRemoved } from './device-removed.ts';
import { deviceTokenMismatch } from './device-token-mismatch.ts';
import { deviceTokenRejected } from './device-token-rejected.ts';
import { deviceTokenScopeMismatch } from './device-token-scope-mismatch.ts';
import { gatewayAuthChanged } from './gateway-auth-changed.ts';
import { gatewayModeUnset } from './gateway-mode-unset.ts';
import { gatewayPasswordMismatch } from './gateway-password-mismatch.ts';
import { gatewayPasswordMissing } from './gateway-password-missing.ts';
import { gatewayPasswordNotConfigured } from './gateway-password-not-configured.ts';
import { gatewayTokenMismatch } from './gateway-token-mismatch.ts';
import { gatewayTokenMissing } from './gateway-token-missing.ts';
import { gatewayTokenNotConfigured } from './gateway-token-not-configured.ts';
import { hooksTokenReusesGatewayToken } from './hooks-token-reuses-gateway-token.ts';
import { placeholderToken } from './placeholder-token.ts';
import { runtimeTokenGenerated } from './runtime-token-generated.ts';
import { serviceTokenDrift } from './service-token-drift.ts';
import { setupCodeInvalid } from './setup-code-invalid.ts';
import { tailscaleAuthFailed } from './tailscale-auth-failed.ts';
import { trustedProxyRejected } from './trusted-proxy-rejected.ts';

/*
 * Every error class, one line each, sorted by id (the tidy suite checks it).
 * Do NOT remove or rename an entry: /fix/<id> links in the wild depend on it.
 */
export const errorClasses: readonly ErrorClass[] = [
  authModeAmbiguous,
  bindWithoutAuth,
  deviceRemoved,
  deviceTokenMismatch,
  deviceTokenRejected,
  deviceTokenScopeMismatch,
  gatewayAuthChanged,
  gatewayModeUnset,
  gatewayPasswordMismatch,
  gatewayPasswordMissing,
  gatewayPasswordNotConfigured,
  gatewayTokenMismatch,
  gatewayTokenMissing,
  gatewayTokenNotConfigured,
  hooksTokenReusesGatewayToken,
  placeholderToken,
  runtimeTokenGenerated,
  serviceTokenDrift,
  setupCodeInvalid,
  tailscaleAuthFailed,
  trustedProxyRejected,
];

export const catalogue: Catalogue = { errorClasses, clientSignals };

/** Lookup by id, for routes and links. */
export const errorClassById: ReadonlyMap<string, ErrorClass> = new Map(
  errorClasses.map((errorClass) => [errorClass.id, errorClass]),
);
