import type { Signature } from '../core/error-class-schema.ts';
import loginCardTexts from './openclaw-releases/login-card-texts.json' with { type: 'json' };

/*
 * The Control UI's login-failure cards (`login.failure.<card>.<text>`), in every locale OpenClaw
 * ships, are what most users of the dashboard look at. Their texts come from the release data
 * (openclaw-releases/login-card-texts.json, every release and locale); this file only says which
 * error class each card text means. A card OpenClaw adds shows up in the tidy suite until it is
 * listed here.
 */
export type LoginCardMeaning =
  | {
      readonly classId: string;
      readonly certainty: 'strong' | 'weak';
      /**
       * False for a title too generic to stand alone ("Protocol mismatch" is also what sshd says):
       * it is recognised with the summary under it, never by itself.
       */
      readonly alone?: false;
    }
  | { readonly outOfScope: string };

export const loginCardMeanings: Readonly<Record<string, LoginCardMeaning>> = {
  'authFailed.summary': { classId: 'control-ui-credentials-rejected', certainty: 'strong' },
  'authFailed.title': { classId: 'control-ui-credentials-rejected', certainty: 'strong' },
  // The titles are shown for a missing and for a rejected secret alike: on their own they only say
  // the dashboard's credential did not work; the summary under them decides.
  'authRequired.passwordTitle': { classId: 'control-ui-credentials-rejected', certainty: 'weak' },
  'authRequired.summary': { classId: 'gateway-token-missing', certainty: 'strong' },
  'authRequired.title': { classId: 'control-ui-credentials-rejected', certainty: 'weak' },
  'insecure.summary': { classId: 'device-identity-required', certainty: 'strong' },
  'insecure.title': { classId: 'device-identity-required', certainty: 'strong' },
  'network.summary': { classId: 'gateway-unreachable', certainty: 'strong' },
  'network.title': { alone: false, classId: 'gateway-unreachable', certainty: 'strong' },
  'origin.summary': { classId: 'origin-not-allowed', certainty: 'strong' },
  'origin.title': { classId: 'origin-not-allowed', certainty: 'strong' },
  'pairing.metadataTitle': { classId: 'pairing-required', certainty: 'strong' },
  'pairing.roleTitle': { classId: 'pairing-required', certainty: 'strong' },
  'pairing.scopeTitle': { classId: 'pairing-required', certainty: 'strong' },
  'pairing.summary': { classId: 'pairing-required', certainty: 'strong' },
  'pairing.title': { classId: 'pairing-required', certainty: 'strong' },
  'pairing.upgradeSummary': { classId: 'pairing-required', certainty: 'strong' },
  'profileUnavailable.title': {
    outOfScope:
      'A pending state, not a connect failure: the gateway could not reach its identity provider, and the card itself says to retry shortly.',
  },
  'protocol.summary': { classId: 'protocol-mismatch', certainty: 'strong' },
  'protocol.title': { alone: false, classId: 'protocol-mismatch', certainty: 'strong' },
  'rateLimited.summary': { classId: 'auth-rate-limited', certainty: 'strong' },
  'rateLimited.title': { alone: false, classId: 'auth-rate-limited', certainty: 'strong' },
  'trustedProxy.summary': { classId: 'trusted-proxy-rejected', certainty: 'strong' },
  'trustedProxy.title': { alone: false, classId: 'trusted-proxy-rejected', certainty: 'strong' },
  'verifiedUserRequired.summary': { classId: 'verified-identity-required', certainty: 'strong' },
  'verifiedUserRequired.title': { classId: 'verified-identity-required', certainty: 'strong' },
};

export const loginCards: Readonly<Record<string, readonly string[]>> = loginCardTexts.cards;

/**
 * The phrase a card text is recognised by: the text itself, or, when it carries a placeholder
 * (`{host} rejected the supplied Gateway secret…`), its longest literal piece.
 */
export function loginCardPhrase(text: string): string | null {
  const pieces = text
    .split(/\{[^{}]*\}/)
    .map((piece) => piece.replace(/^[\s\p{P}]+|[\s\p{P}]+$/gu, ''))
    .filter((piece) => piece.length >= 3);
  const longest = pieces.reduce((a, b) => (b.length > a.length ? b : a), '');
  return longest.length >= 3 ? longest : null;
}

/** The signatures every class gets from the login cards, by class id. */
export function loginCardSignatures(): Map<string, Signature[]> {
  const byClass = new Map<string, Signature[]>();
  for (const [key, texts] of Object.entries(loginCards)) {
    const meaning = loginCardMeanings[key];
    if (!meaning || 'outOfScope' in meaning || meaning.alone === false) continue;
    const list = byClass.get(meaning.classId) ?? [];
    const seen = new Set(list.map((signature) => signature.phrase.toLowerCase()));
    for (const text of texts) {
      const phrase = loginCardPhrase(text);
      if (!phrase || seen.has(phrase.toLowerCase())) continue;
      seen.add(phrase.toLowerCase());
      list.push({
        phrase,
        certainty: meaning.certainty,
        note: `Control UI login card ${key}.`,
      });
    }
    byClass.set(meaning.classId, list);
  }
  return byClass;
}
