import type { FindingRule } from '../config-finding.ts';
import { authModeContradictsError } from './auth-mode-contradicts-error.ts';
import { authTokenMissing } from './auth-token-missing.ts';
import { bindWithoutAuth } from './bind-without-auth.ts';
import { controlUiWithoutAllowedOrigins } from './control-ui-without-allowed-origins.ts';
import { dangerousFlags } from './dangerous-flags.ts';
import { hooksTokenReusesGatewayToken } from './hooks-token-reuses-gateway-token.ts';
import { misplacedKey } from './misplaced-key.ts';
import { placeholderToken } from './placeholder-token.ts';
import { remoteSetWhileLocal } from './remote-set-while-local.ts';
import { remoteTokenDiffers } from './remote-token-differs.ts';
import { remoteUrlMissing } from './remote-url-missing.ts';
import { secretFromElsewhere } from './secret-from-elsewhere.ts';
import { tokenAndPasswordWithoutMode } from './token-and-password-without-mode.ts';
import { tokenTooShort } from './token-too-short.ts';
import { unusableToken } from './unusable-token.ts';
import { wrongType } from './wrong-type.ts';

/** Every config finding, in the order they are listed when severities tie. One module each. */
export const findingRules: readonly FindingRule[] = [
  wrongType,
  misplacedKey,
  authModeContradictsError,
  tokenAndPasswordWithoutMode,
  placeholderToken,
  hooksTokenReusesGatewayToken,
  unusableToken,
  remoteTokenDiffers,
  remoteSetWhileLocal,
  remoteUrlMissing,
  authTokenMissing,
  secretFromElsewhere,
  bindWithoutAuth,
  controlUiWithoutAllowedOrigins,
  dangerousFlags,
  tokenTooShort,
];
