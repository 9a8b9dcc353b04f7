import * as z from 'zod/mini';

/*
 * "Did this fix it?" answers, per error class, kept in this browser's local storage only. A
 * missing, disabled or corrupt store reads as "no answers yet", never as an error.
 */
const storageKey = 'error-doctor.fix-feedback.v1';
const answersSchema = z.record(z.string(), z.enum(['yes', 'no']));
export type FixAnswer = 'yes' | 'no';

export function readFixAnswer(errorClassId: string): FixAnswer | null {
  try {
    const parsed = answersSchema.safeParse(JSON.parse(localStorage.getItem(storageKey) ?? '{}'));
    return parsed.success ? (parsed.data[errorClassId] ?? null) : null;
  } catch {
    return null;
  }
}

export function saveFixAnswer(errorClassId: string, answer: FixAnswer): void {
  try {
    const parsed = answersSchema.safeParse(JSON.parse(localStorage.getItem(storageKey) ?? '{}'));
    const answers = parsed.success ? parsed.data : {};
    localStorage.setItem(storageKey, JSON.stringify({ ...answers, [errorClassId]: answer }));
  } catch {
    // Storage full or disabled: the answer still counts for this page.
  }
}
