import { describe, expect, it } from 'vitest';
import { resolveErrorCode } from '../core/classify/resolve-error-code.ts';
import { catalogue } from './error-classes/index.ts';

// The codes a tool may put in /?code=… or give to error-doctor explain, against the real catalogue.
describe('resolveErrorCode', () => {
  it.each([
    ['AUTH_TOKEN_MISMATCH', 'gateway-token-mismatch'],
    ['auth_token_mismatch', 'gateway-token-mismatch'],
    ['token_mismatch', 'gateway-token-mismatch'],
    ['unauthorized: gateway token mismatch', 'gateway-token-mismatch'],
    ['AUTH_DEVICE_TOKEN_MISMATCH', 'device-token-mismatch'],
    ['AUTH_RATE_LIMITED', 'auth-rate-limited'],
    ['gateway-token-missing', 'gateway-token-missing'],
    ['  DEVICE_AUTH_SIGNATURE_EXPIRED ', 'device-signature-invalid'],
  ])('%s → %s', (code, id) => {
    expect(resolveErrorCode(code, catalogue)?.id).toBe(id);
  });

  it.each(['', 'NOT_A_CODE', 'hello world', 'gateway-token'])('names no class: %j', (code) => {
    expect(resolveErrorCode(code, catalogue)).toBeNull();
  });
});
