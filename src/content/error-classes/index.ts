import type { Catalogue } from '../../core/catalogue.ts';
import type { ErrorClass } from '../../core/error-class-schema.ts';
import { clientSignals } from '../client-signals.ts';
import { clientVersionMismatch } from './client-version-mismatch.ts';
import { deviceIdentityRequired } from './device-identity-required.ts';
import { deviceSignatureInvalid } from './device-signature-invalid.ts';
import { deviceTokenMismatch } from './device-token-mismatch.ts';
import { gatewayTokenMismatch } from './gateway-token-mismatch.ts';
import { gatewayTokenMissing } from './gateway-token-missing.ts';
import { gatewayUnreachable } from './gateway-unreachable.ts';
import { originNotAllowed } from './origin-not-allowed.ts';
import { pairingRejected } from './pairing-rejected.ts';
import { pairingRequired } from './pairing-required.ts';
import { protocolMismatch } from './protocol-mismatch.ts';

/*
 * Every error class, one line each, sorted by id (the tidy suite checks it).
 * Do NOT remove or rename an entry: /fix/<id> links in the wild depend on it.
 */
export const errorClasses: readonly ErrorClass[] = [
  clientVersionMismatch,
  deviceIdentityRequired,
  deviceSignatureInvalid,
  deviceTokenMismatch,
  gatewayTokenMismatch,
  gatewayTokenMissing,
  gatewayUnreachable,
  originNotAllowed,
  pairingRejected,
  pairingRequired,
  protocolMismatch,
];

export const catalogue: Catalogue = { errorClasses, clientSignals };

/** Lookup by id, for routes and links. */
export const errorClassById: ReadonlyMap<string, ErrorClass> = new Map(
  errorClasses.map((errorClass) => [errorClass.id, errorClass]),
);
