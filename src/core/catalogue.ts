import type { ClientKind } from './clients.ts';
import type { ErrorClass } from './error-class-schema.ts';

/**
 * A phrase that tells which client failed: the bracketed hint the gateway chose for it, or the
 * wrapper the client prints around the reason ("disconnected (1008):" is the Control UI's).
 */
export interface ClientSignal {
  readonly phrase: string;
  readonly client: ClientKind;
  /** `hint` follows the reason; `wrapper` precedes it on the same line. Hints win. */
  readonly position: 'hint' | 'wrapper';
}

/** Everything the matcher needs. The core never imports a catalogue: it is always passed in. */
export interface Catalogue {
  readonly errorClasses: readonly ErrorClass[];
  readonly clientSignals: readonly ClientSignal[];
  /**
   * Words (lower-case) that make a paste look like an OpenClaw problem: only such a paste gets a
   * nearest-known answer when no signature matches. None: no nearest-known answers.
   */
  readonly nearestCues?: readonly string[];
}
