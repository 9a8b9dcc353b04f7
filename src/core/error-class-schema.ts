import * as z from 'zod/mini';
import { platforms } from './platforms.ts';
import { rankingFacts } from './ranking-facts.ts';

/*
 * The shape of one error class: detection (signatures) and the fix guide in one object.
 * This schema is the authoring reference: every field says what it is for.
 * The tidy suite (src/content/error-classes/error-classes.test.ts) parses every class with it.
 */

const kebabCase = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** How sure a matched signature makes us. */
export const certainties = ['exact', 'strong', 'weak'] as const;
export type Certainty = (typeof certainties)[number];

export const signatureSchema = z.object({
  /**
   * A literal phrase as OpenClaw prints it. Matched case-insensitively; any run of whitespace
   * (including a line break or a JSON-escaped `\n`) matches any other. Never a regular expression:
   * the core compiles it to a linear-time pattern.
   */
  phrase: z.string().check(z.minLength(3)),
  /**
   * `exact`: the gateway's own reason string or detail code; it decides the class.
   * `strong`: an unambiguous shorter form (a UI label, a log field).
   * `weak`: a fragment shared with other classes; it only suggests.
   */
  certainty: z.enum(certainties),
  /**
   * Optional score (0–1) to order weak signatures that several classes share; defaults to
   * 1 / 0.8 / 0.4 for exact / strong / weak.
   */
  weight: z.optional(z.number().check(z.gt(0), z.lte(1))),
  /**
   * True for the bracketed client hint, e.g. `(set gateway.remote.token to match gateway.auth.token)`.
   * A hint never decides the class: it only counts when no reason string stands right before it
   * (the hint was pasted alone or wrapped far from its reason).
   */
  hint: z.optional(z.boolean()),
  /** Whole-word match: the phrase may not be glued to letters, digits or `_` on either side. */
  wholeWord: z.optional(z.boolean()),
  /**
   * The phrase must end its line (a few closing quotes, brackets or spaces may follow): for a
   * wrapper that is a prefix of a reason, e.g. a bare `gateway closed (1008): unauthorized`
   * must not match `gateway closed (1008): unauthorized: gateway token mismatch`.
   */
  atLineEnd: z.optional(z.boolean()),
  /**
   * For a phrase OpenClaw itself never prints (a wrapper's, a platform's or a user's wording): the
   * sample that shows it in the wild, `samples/<class>/<file>.txt`. The tidy suite checks every
   * other phrase against the strings read from the published releases.
   */
  inTheWild: z.optional(z.string().check(z.regex(/^samples\/[a-z0-9-]+\/[^/]+\.txt$/))),
  /**
   * For a loose phrase that other software prints too: it does not count when any of these
   * phrases (whole words, anywhere in the paste) says the paste is about something else. E.g. a
   * bare `pairing required` is gateway device pairing unless the paste names a chat channel or a
   * pairing code (chat DM pairing).
   */
  unless: z.optional(z.array(z.string().check(z.minLength(2)))),
  /**
   * For a phrase any program prints (`[Errno 111] Connection refused`): it counts only when one of
   * these phrases (whole words, anywhere in the paste) ties the paste to the gateway.
   */
  onlyWith: z.optional(z.array(z.string().check(z.minLength(2)))),
  /** Why this phrase, when it is not obvious (kept for authors; not shown). */
  note: z.optional(z.string()),
});
export type Signature = z.infer<typeof signatureSchema>;

/** A command with one variant per platform, or one text that is the same everywhere. */
export const platformCommandSchema = z.union([
  z.object({ all: z.string().check(z.minLength(1)) }),
  z.object({
    'linux-macos': z.string().check(z.minLength(1)),
    'windows-powershell': z.string().check(z.minLength(1)),
    'docker-compose': z.string().check(z.minLength(1)),
  }),
]);
export type PlatformCommand = z.infer<typeof platformCommandSchema>;

export const fixStepSchema = z.object({
  /** What to do, as an imperative sentence ("Print the token the gateway enforces"). */
  title: z.string().check(z.minLength(3)),
  /** One or two sentences on why, or what to look for. Plain text. */
  detail: z.optional(z.string()),
  /** The command(s) to copy. Every `openclaw …` command must exist (checked by the tidy suite). */
  command: z.optional(platformCommandSchema),
  /**
   * The OpenClaw versions this step applies to, as date versions (`2026.2.22`): `since` inclusive,
   * `before` exclusive. Omit for every version. Example: `openclaw gateway auth-token --show` is
   * newer than 2026.4.12; `openclaw config get gateway.auth.token` is redacted since 2026.2.22.
   */
  versions: z.optional(
    z.object({
      since: z.optional(z.string().check(z.regex(/^\d{4}\.\d{1,2}\.\d{1,2}$/))),
      before: z.optional(z.string().check(z.regex(/^\d{4}\.\d{1,2}\.\d{1,2}$/))),
    }),
  ),
});
export type FixStep = z.infer<typeof fixStepSchema>;

export const causeAdjustmentSchema = z.object({
  /** A fact about this user (client, config) that makes this cause more or less likely. */
  when: z.enum(rankingFacts),
  /** Added to the cause's likelihood when the fact holds (negative to demote). */
  change: z.number(),
  /** Shown to the user: why this cause moved ("your gateway.remote.token differs from gateway.auth.token"). */
  because: z.string().check(z.minLength(5)),
});

export const causeSchema = z.object({
  /** Kebab-case statement of the cause: `stale-token-in-service-environment`. */
  id: z.string().check(z.regex(kebabCase)),
  /** The cause in one line, as the user would recognise it. */
  title: z.string().check(z.minLength(5)),
  /** Why this produces the error. */
  explanation: z.string().check(z.minLength(10)),
  /** Base likelihood, 0–100, from what caused this error for real users (ROOT-CAUSES.md). */
  likelihood: z.number().check(z.gte(0), z.lte(100)),
  /** Facts that move this cause up or down for this user. */
  adjustments: z.optional(z.array(causeAdjustmentSchema)),
  /** The fix for this cause, in order. */
  steps: z.array(fixStepSchema).check(z.minLength(1)),
});
export type Cause = z.infer<typeof causeSchema>;

export const errorClassSchema = z.object({
  /** Stable kebab-case id = file name = `/fix/<id>` = `samples/<id>/`. Never rename or delete one. */
  id: z.string().check(z.regex(kebabCase)),
  /** Short name for headings: "Gateway token mismatch". */
  title: z.string().check(z.minLength(3)),
  /** One sentence in plain words: what happened. Shown as the diagnosis. */
  summary: z.string().check(z.minLength(10)),
  /** The teaching explanation (like `rustc --explain`): paragraphs, plain text. */
  explanation: z.array(z.string().check(z.minLength(10))).check(z.minLength(1)),
  /**
   * `reason` (default): the text names the failure. `wrapper`: the text only says the connection
   * failed (`disconnected (4008): connect failed`, a 1006 closure, a UI card with no key string);
   * such a finding ranks below any reason in the same paste, and `canBe` says what it may hide.
   */
  kind: z.optional(z.enum(['reason', 'wrapper'])),
  /** For wrappers: the classes it can hide, most likely first, and what to paste to tell them apart. */
  canBe: z.optional(
    z.array(
      z.object({
        id: z.string().check(z.regex(kebabCase)),
        why: z.string().check(z.minLength(5)),
      }),
    ),
  ),
  /**
   * Classes whose errors lead to this one, so this one explains them: a lockout
   * (`auth-rate-limited`) is caused by the mismatches before it. When both are in a paste, this
   * class ranks above them.
   */
  outranks: z.optional(z.array(z.string().check(z.regex(kebabCase)))),
  /** What OpenClaw prints for this class. At least one signature must be `exact`. */
  signatures: z.array(signatureSchema).check(z.minLength(1)),
  /** Real-shaped error lines: each must classify to this class first (tidy suite). */
  examples: z.array(z.string().check(z.minLength(3))).check(z.minLength(1)),
  /** Look-alike lines that must NOT classify to this class (tidy suite). */
  nearMisses: z.array(z.string().check(z.minLength(3))).check(z.minLength(1)),
  /**
   * For look-alike classes: why this is not that one. Shown when the other class is the runner-up
   * ("this is the shared gateway token, not the per-device token").
   */
  notToBeConfusedWith: z.optional(z.record(z.string(), z.string())),
  /** Ranked causes, each with its fix steps. */
  causes: z.array(causeSchema).check(z.minLength(1)),
  /** How to verify it worked: the command to run and the good output to expect. */
  verify: z.object({
    command: z.optional(platformCommandSchema),
    expect: z.string().check(z.minLength(5)),
  }),
  /** What to paste when the text matched nothing or was ambiguous. */
  pasteInstead: z.optional(z.string()),
});
export type ErrorClass = z.infer<typeof errorClassSchema>;
export type ErrorClassInput = z.input<typeof errorClassSchema>;

/**
 * Identity helper for content files: gives autocompletion and type errors while writing a class.
 * Validation with the schema happens in the tidy suite, so zod stays out of the doctor's bundle.
 */
export function defineErrorClass<const T extends ErrorClass>(errorClass: T): T {
  return errorClass;
}

export { platforms };
