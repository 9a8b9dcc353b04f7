import type { Catalogue } from '../core/catalogue.ts';
import { loginCardSignatures } from './control-ui-login-cards.ts';
import { catalogue, errorClasses } from './error-classes/index.ts';

/**
 * The catalogue plus the Control UI login cards of every locale OpenClaw ships (read from the
 * releases): what the coverage suite reads. Its own module, so that the page does not load it yet:
 * the cards' texts in 21 locales would take the doctor's first diagnosis over its 100 kB budget.
 */
export function catalogueWithLoginCards(): Catalogue {
  const cardSignatures = loginCardSignatures();
  return {
    ...catalogue,
    errorClasses: errorClasses.map((errorClass) => {
      const extra = cardSignatures.get(errorClass.id);
      return extra ? { ...errorClass, signatures: [...errorClass.signatures, ...extra] } : errorClass;
    }),
  };
}
