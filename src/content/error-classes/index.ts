import type { Catalogue } from '../../core/catalogue.ts';
import type { ErrorClass } from '../../core/error-class-schema.ts';
import { clientSignals } from '../client-signals.ts';
import { clientVersionMismatch } from './client-version-mismatch.ts';
import { deviceIdentityRequired } from './device-identity-required.ts';
import { deviceSignatureInvalid } from './device-signature-invalid.ts';
import { deviceTokenMismatch } from './device-token-mismatch.ts';
import { gatewayRestarting } from './gateway-restarting.ts';
import { gatewayStartBlocked } from './gateway-start-blocked.ts';
import { gatewayTokenMismatch } from './gateway-token-mismatch.ts';
import { gatewayTokenMissing } from './gateway-token-missing.ts';
import { gatewayUnreachable } from './gateway-unreachable.ts';
import { handshakeTimeout } from './handshake-timeout.ts';
import { insecureWsBlocked } from './insecure-ws-blocked.ts';
import { originNotAllowed } from './origin-not-allowed.ts';
import { pairingRejected } from './pairing-rejected.ts';
import { pairingRequired } from './pairing-required.ts';
import { protocolMismatch } from './protocol-mismatch.ts';
import { remoteUrlMissing } from './remote-url-missing.ts';
import { secretrefUnavailable } from './secretref-unavailable.ts';
import { tlsFingerprintMismatch } from './tls-fingerprint-mismatch.ts';
import { urlOverrideNeedsCredentials } from './url-override-needs-credentials.ts';

/*
 * Every error class, one line each, sorted by id (the tidy suite checks it).
 * Do NOT remove or rename an entry: /fix/<id> links in the wild depend on it.
 */
export const errorClasses: readonly ErrorClass[] = [
  clientVersionMismatch,
  deviceIdentityRequired,
  deviceSignatureInvalid,
  deviceTokenMismatch,
  gatewayRestarting,
  gatewayStartBlocked,
  gatewayTokenMismatch,
  gatewayTokenMissing,
  gatewayUnreachable,
  handshakeTimeout,
  insecureWsBlocked,
  originNotAllowed,
  pairingRejected,
  pairingRequired,
  protocolMismatch,
  remoteUrlMissing,
  secretrefUnavailable,
  tlsFingerprintMismatch,
  urlOverrideNeedsCredentials,
];

export const catalogue: Catalogue = { errorClasses, clientSignals };

/** Lookup by id, for routes and links. */
export const errorClassById: ReadonlyMap<string, ErrorClass> = new Map(
  errorClasses.map((errorClass) => [errorClass.id, errorClass]),
);
