import type { Catalogue, ClientSignal } from '../catalogue.ts';
import type { ClientKind } from '../clients.ts';
import type { Certainty, ErrorClass, Signature } from '../error-class-schema.ts';
import { normalizePaste, spanToOriginal, type NormalizedPaste } from './normalize-paste.ts';
import { buildNearestIndex, findNearestKnown, type NearestIndex } from './nearest-known.ts';
import { PhraseScanner } from './phrase-scanner.ts';

/** A half-open range [start, end) of UTF-16 code units in the text exactly as pasted. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

export interface Finding {
  /** The error class id, e.g. `gateway-token-mismatch`. */
  readonly id: string;
  /** 0–1: 1 for OpenClaw's exact reason string or detail code, lower for looser matches. */
  readonly confidence: number;
  /**
   * The best kind of evidence found: an exact reason string, a strong short form, or a weak
   * fragment. `nearest`: nothing matched, and this is the closest known error (`closestKnown`),
   * not a match; it is then the only finding.
   */
  readonly certainty: Certainty | 'nearest';
  /** Which client failed, read from the bracketed hint or the wrapper; null when the text does not say. */
  readonly client: ClientKind | null;
  /** Where the client was read from. */
  readonly clientSpan: Span | null;
  /** Every place this class matched, in order (at most `maxSpansPerFinding`). */
  readonly spans: readonly Span[];
  /** How many places matched in all (may exceed `spans.length` in a huge log). */
  readonly occurrences: number;
  /** For `certainty: "nearest"`: the known message the paste is closest to. */
  readonly closestKnown?: string;
}

export interface Diagnosis {
  /** Most likely first; empty when nothing was recognised. */
  readonly findings: readonly Finding[];
  /**
   * Set when the top finding is not an exact match and another class is close:
   * the runner-up and why it is probably not that one.
   */
  readonly runnerUp: { readonly id: string; readonly why: string } | null;
}

const defaultWeight: Record<Certainty, number> = { exact: 1, strong: 0.8, weak: 0.4 };
const certaintyOrder: Record<Certainty, number> = { exact: 3, strong: 2, weak: 1 };

/** A huge log can repeat one error thousands of times; the UI needs only the first ones. */
export const maxSpansPerFinding = 200;
/** How far (in characters) a hint or wrapper may stand from the reason it belongs to. */
const attachmentWindow = 240;

interface SignatureRef {
  readonly classIndex: number;
  readonly signature: Signature;
}

interface CompiledCatalogue {
  readonly classes: readonly ErrorClass[];
  /** Every `unless`/`onlyWith` phrase of every signature, in one scanner; entry i is `contextPhrases[i]`. */
  readonly contextScanner: PhraseScanner;
  readonly contextPhrases: readonly string[];
  /** Every signature of every class, in one scanner; entry i is `signatures[i]`. */
  readonly signatureScanner: PhraseScanner;
  readonly signatures: readonly SignatureRef[];
  readonly clientScanner: PhraseScanner;
  readonly clientSignals: readonly ClientSignal[];
  /** Built on first need (a paste nothing matched). */
  nearestIndex: NearestIndex | null;
}

const compiledCatalogues = new WeakMap<Catalogue, CompiledCatalogue>();

function compileCatalogue(catalogue: Catalogue): CompiledCatalogue {
  const cached = compiledCatalogues.get(catalogue);
  if (cached) return cached;
  const signatures: SignatureRef[] = catalogue.errorClasses.flatMap((errorClass, classIndex) =>
    errorClass.signatures.map((signature) => ({ classIndex, signature })),
  );
  // One scanner over all phrases: the paste is read once; a phrase several classes share is one
  // hit for each of them.
  const contextPhrases = [
    ...new Set(signatures.flatMap(({ signature }) => [...(signature.unless ?? []), ...(signature.onlyWith ?? [])])),
  ];
  const compiled: CompiledCatalogue = {
    classes: catalogue.errorClasses,
    contextScanner: new PhraseScanner(contextPhrases.map((phrase) => ({ phrase, wholeWord: true }))),
    contextPhrases,
    signatureScanner: new PhraseScanner(signatures.map(({ signature }) => signature)),
    signatures,
    clientScanner: new PhraseScanner(catalogue.clientSignals),
    clientSignals: catalogue.clientSignals,
    nearestIndex: null,
  };
  compiledCatalogues.set(catalogue, compiled);
  return compiled;
}

interface Hit {
  readonly classIndex: number;
  readonly start: number;
  readonly end: number;
  readonly certainty: Certainty;
  readonly weight: number;
  readonly hint: boolean;
}

interface ClientHit {
  readonly signal: ClientSignal;
  readonly start: number;
  readonly end: number;
}

/** The context phrases present in the paste (read once, only when a hit has conditions). */
function contextIn(paste: NormalizedPaste, compiled: CompiledCatalogue): Set<string> {
  const present = new Set<string>();
  for (const hit of compiled.contextScanner.scan(paste)) {
    for (const entry of hit.entries) present.add(compiled.contextPhrases[entry] ?? '');
  }
  return present;
}

/** Whether a signature's conditions hold: nothing in the paste contradicts it, and what it needs is there. */
function conditionsHold(signature: Signature, context: () => Set<string>): boolean {
  const { unless, onlyWith } = signature;
  if (unless && unless.some((phrase) => context().has(phrase))) return false;
  if (onlyWith && !onlyWith.some((phrase) => context().has(phrase))) return false;
  return true;
}

/** The hits, and whether a signature matched but its context set it aside (a look-alike). */
function collectHits(paste: NormalizedPaste, compiled: CompiledCatalogue): { hits: Hit[]; setAside: boolean } {
  const hits: Hit[] = [];
  let setAside = false;
  let present: Set<string> | null = null;
  const context = (): Set<string> => (present ??= contextIn(paste, compiled));
  for (const hit of compiled.signatureScanner.scan(paste)) {
    for (const entry of hit.entries) {
      const ref = compiled.signatures[entry];
      if (!ref) continue;
      if ((ref.signature.unless || ref.signature.onlyWith) && !conditionsHold(ref.signature, context)) {
        setAside = true;
        continue;
      }
      hits.push({
        classIndex: ref.classIndex,
        start: hit.start,
        end: hit.end,
        certainty: ref.signature.certainty,
        weight: ref.signature.weight ?? defaultWeight[ref.signature.certainty],
        hint: ref.signature.hint ?? false,
      });
    }
  }
  return { hits, setAside };
}

function collectClientHits(paste: NormalizedPaste, compiled: CompiledCatalogue): ClientHit[] {
  const hits: ClientHit[] = [];
  for (const hit of compiled.clientScanner.scan(paste)) {
    const signal = compiled.clientSignals[hit.entries[0] ?? -1];
    if (signal) hits.push({ signal, start: hit.start, end: hit.end });
  }
  return hits;
}

/**
 * A hint never decides the class: when a reason string stands just before it, the hint only
 * tells the client. It counts as evidence on its own only when it was pasted alone.
 */
function dropAttachedHints(hits: readonly Hit[]): Hit[] {
  const kept: Hit[] = [];
  let lastReasonEnd = -Infinity;
  for (const hit of hits) {
    if (!hit.hint) {
      lastReasonEnd = Math.max(lastReasonEnd, hit.end);
      kept.push(hit);
    } else if (hit.start - lastReasonEnd > attachmentWindow) {
      kept.push(hit);
    }
  }
  return kept;
}

/** Finds the client for a reason span: a hint right after it wins over a wrapper before it. */
function findClient(span: Span, clientHits: readonly ClientHit[], text: string): ClientHit | null {
  let wrapper: ClientHit | null = null;
  for (const hit of clientHits) {
    if (hit.signal.position === 'hint' && hit.start >= span.start && hit.start - span.end <= attachmentWindow) {
      return hit;
    }
    if (
      hit.signal.position === 'wrapper' &&
      hit.end <= span.start + 1 &&
      span.start - hit.end <= attachmentWindow &&
      !text.slice(hit.end, span.start).includes('\n')
    ) {
      wrapper = hit;
    }
  }
  return wrapper;
}

interface ClassAccumulator {
  classIndex: number;
  weight: number;
  certainty: Certainty;
  spans: { start: number; end: number }[];
  occurrences: number;
  /** Where the last occurrence starts (spans stop at `maxSpansPerFinding`; this does not). */
  lastStart: number;
}

/**
 * Classifies pasted text (one error line or a whole log) against a catalogue of error classes.
 * Pure: no DOM, no I/O; linear in the length of the paste.
 */
export function classifyError(paste: string, catalogue: Catalogue): Diagnosis {
  return classifyNormalized(normalizePaste(paste), catalogue);
}

/** `classifyError` for a paste already normalized (the expert reading normalizes once for all readers). */
export function classifyNormalized(normalized: NormalizedPaste, catalogue: Catalogue): Diagnosis {
  const compiled = compileCatalogue(catalogue);
  const text = normalized.text;
  const collected = collectHits(normalized, compiled);
  const hits = dropAttachedHints(collected.hits);
  if (hits.length === 0) {
    // A paste a look-alike rule set aside (chat DM pairing, a database refusing) was judged: it is
    // not re-diagnosed by similarity.
    return collected.setAside ? { findings: [], runnerUp: null } : diagnoseNearest(normalized, catalogue);
  }
  const clientHits = collectClientHits(normalized, compiled);

  const byClass = new Map<number, ClassAccumulator>();
  for (const hit of hits) {
    let entry = byClass.get(hit.classIndex);
    if (!entry) {
      entry = { classIndex: hit.classIndex, weight: 0, certainty: 'weak', spans: [], occurrences: 0, lastStart: 0 };
      byClass.set(hit.classIndex, entry);
    }
    entry.weight = Math.max(entry.weight, hit.weight);
    if (certaintyOrder[hit.certainty] > certaintyOrder[entry.certainty]) entry.certainty = hit.certainty;
    const previous = entry.spans[entry.spans.length - 1];
    // Two signatures of one class on the same words ("unauthorized: gateway token mismatch" and
    // "gateway token mismatch") are one occurrence: merge overlapping spans.
    if (previous && hit.start <= previous.end) {
      previous.end = Math.max(previous.end, hit.end);
    } else {
      entry.occurrences += 1;
      entry.lastStart = hit.start;
      if (entry.spans.length < maxSpansPerFinding) entry.spans.push({ start: hit.start, end: hit.end });
    }
  }

  const findings: Finding[] = orderByImportance([...byClass.values()], compiled.classes).map((entry) => {
    let clientHit: ClientHit | null = null;
    for (const span of entry.spans) {
      clientHit = findClient(span, clientHits, text);
      if (clientHit) break;
    }
    return {
      id: compiled.classes[entry.classIndex]?.id ?? '',
      confidence: Math.round(entry.weight * 100) / 100,
      certainty: entry.certainty,
      client: clientHit?.signal.client ?? null,
      clientSpan: clientHit ? spanToOriginal(normalized, clientHit.start, clientHit.end) : null,
      spans: entry.spans.map((span) => spanToOriginal(normalized, span.start, span.end)),
      occurrences: entry.occurrences,
    };
  });

  return { findings, runnerUp: findRunnerUp(findings, compiled.classes) };
}

/** How sure a nearest-known answer is at most: always below any match. */
const nearestConfidence = 0.3;

/**
 * The answer when no signature matched: the nearest known error as the only finding (certainty
 * `nearest`), when the paste looks like an OpenClaw problem and a line of it is close to a known
 * message; otherwise nothing.
 */
export function diagnoseNearest(normalized: NormalizedPaste, catalogue: Catalogue): Diagnosis {
  const cues = catalogue.nearestCues ?? [];
  if (cues.length === 0) return { findings: [], runnerUp: null };
  const compiled = compileCatalogue(catalogue);
  compiled.nearestIndex ??= buildNearestIndex(compiled.classes);
  const nearest = findNearestKnown(normalized.text, compiled.nearestIndex, cues);
  const errorClass = nearest ? compiled.classes[nearest.classIndex] : undefined;
  if (!nearest || !errorClass) return { findings: [], runnerUp: null };
  const span = spanToOriginal(normalized, nearest.start, nearest.end);
  return {
    findings: [
      {
        id: errorClass.id,
        confidence: Math.round(nearestConfidence * nearest.coverage * 100) / 100,
        certainty: 'nearest',
        client: null,
        clientSpan: null,
        spans: [span],
        occurrences: 1,
        closestKnown: nearest.message,
      },
    ],
    runnerUp: null,
  };
}

/**
 * The order findings are listed in, most important first (README "Several errors in one paste"):
 * 1. a reason above a wrapper (a wrapper only says that something failed);
 * 2. exact above strong above weak evidence, then the heavier signature;
 * 3. the latest error first: the end of a log is what the user faces now;
 * 4. then the one seen more often, then the one seen first.
 * Last, a class that explains others (`outranks`: a lockout explains the mismatches that burnt
 * the attempts) moves up to just above the first of them.
 */
function orderByImportance(entries: ClassAccumulator[], classes: readonly ErrorClass[]): ClassAccumulator[] {
  const wrapperRank = (entry: ClassAccumulator): number => (classes[entry.classIndex]?.kind === 'wrapper' ? 1 : 0);
  const ordered = entries.sort(
    (a, b) =>
      wrapperRank(a) - wrapperRank(b) ||
      certaintyOrder[b.certainty] - certaintyOrder[a.certainty] ||
      b.weight - a.weight ||
      b.lastStart - a.lastStart ||
      b.occurrences - a.occurrences ||
      (a.spans[0]?.start ?? 0) - (b.spans[0]?.start ?? 0),
  );
  for (let index = 1; index < ordered.length; index += 1) {
    const entry = ordered[index];
    const explained = entry ? classes[entry.classIndex]?.outranks : undefined;
    if (!entry || !explained || wrapperRank(entry) === 1) continue;
    const target = ordered.findIndex(
      (other, position) => position < index && explained.includes(classes[other.classIndex]?.id ?? ''),
    );
    if (target >= 0) {
      ordered.splice(index, 1);
      ordered.splice(target, 0, entry);
    }
  }
  return ordered;
}

function findRunnerUp(findings: readonly Finding[], classes: readonly ErrorClass[]): Diagnosis['runnerUp'] {
  const [top, second] = findings;
  if (!top || !second || top.certainty === 'exact' || top.certainty === 'nearest') return null;
  const topClass = classes.find((errorClass) => errorClass.id === top.id);
  const why =
    topClass?.notToBeConfusedWith?.[second.id] ??
    `The text fits ${top.id} better, but it is not conclusive: paste the full error line to be sure.`;
  return { id: second.id, why };
}
