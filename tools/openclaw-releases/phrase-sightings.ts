/*
 * Where does each phrase the catalogue relies on appear? For every signature, client signal and
 * version signal, the first and last release whose strings print it (a template placeholder stands
 * for any text). This grounds the catalogue (tidy suite) and dates the version signals.
 */
import { phraseFitsTemplate } from '../../src/content/openclaw-releases/ground-phrase.ts';
import type { ReleaseFacts } from './extract-release.ts';
import type { Seen } from './release-data.ts';

const separator = '\n\u0000\n';

function normalize(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ').trim();
}

/** The words a template must share with the phrase to be worth the exact test. */
function anchorWords(phrase: string): string[] {
  const words = [...new Set(phrase.match(/[\p{L}\p{N}_]+/gu) ?? [])].filter((word) => word.length >= 4);
  return words.length > 0 ? words : [phrase];
}

/**
 * Is the phrase printed by this release? Substring first; then every template that shares a word
 * with it (a phrase can join a wrapper and a reason: `gateway closed (1008): pairing required`).
 */
function printedBy(blob: string, phrase: string): boolean {
  if (blob.includes(phrase)) return true;
  const tried = new Set<number>();
  for (const anchor of anchorWords(phrase)) {
    for (let at = blob.indexOf(anchor); at !== -1; at = blob.indexOf(anchor, at + anchor.length)) {
      const start = blob.lastIndexOf(separator, at);
      if (tried.has(start)) continue;
      tried.add(start);
      const end = blob.indexOf(separator, at);
      const text = blob.slice(start === -1 ? 0 : start + separator.length, end === -1 ? blob.length : end);
      if (text.includes('{') && phraseFitsTemplate(phrase, text)) return true;
    }
  }
  return false;
}

export class PhraseSightings {
  private readonly wanted: (readonly [string, string])[];
  private readonly sightings = new Map<string, Seen>();

  constructor(phrases: readonly string[]) {
    this.wanted = [...new Set(phrases)].map((phrase) => [phrase, normalize(phrase)] as const);
  }

  /** Looks every phrase up in one more release (releases come oldest first). */
  add(facts: ReleaseFacts): void {
    const blob = facts.allStrings.map(([text]) => normalize(text)).join(separator);
    for (const [phrase, normalized] of this.wanted) {
      if (!printedBy(blob, normalized)) continue;
      const seen = this.sightings.get(phrase);
      if (seen) seen.last = facts.version;
      else this.sightings.set(phrase, { first: facts.version, last: facts.version });
    }
  }

  result(): Record<string, Seen> {
    return Object.fromEntries([...this.sightings].sort(([a], [b]) => a.localeCompare(b)));
  }
}
