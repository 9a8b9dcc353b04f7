/*
 * Is a signature phrase something OpenClaw prints? Release strings are templates
 * (`gateway closed ({code}): {reason}`), so a phrase is grounded when it is a piece of some
 * instantiation of a template: a placeholder stands for any text. Case and runs of whitespace do
 * not matter, as in the matcher.
 */

function normalize(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ').trim();
}

/** Template pieces: literal characters, and `null` for a placeholder. */
function pieces(template: string): (string | null)[] {
  const result: (string | null)[] = [];
  for (const part of normalize(template).split(/(\{[^{}\s]{0,40}\})/)) {
    if (/^\{[^{}\s]{0,40}\}$/.test(part)) result.push(null);
    else for (const char of part) result.push(char);
  }
  return result;
}

/**
 * Can `phrase` be read somewhere inside an instantiation of `template`, with at least 40 % of it
 * (and 8 characters) printed by the template's own text rather than by placeholders? Without that
 * floor any phrase would fit inside `{reason}`. O(|phrase|·|template|).
 */
export function phraseFitsTemplate(phrase: string, template: string): boolean {
  const wanted = normalize(phrase);
  const items = pieces(template);
  const needed = Math.min(wanted.length, Math.max(8, Math.ceil(wanted.length * 0.4)));
  // State: a position in `items`, with the most literal characters matched to reach it. Any
  // position can start the match (the phrase is an infix).
  let states = new Map<number, number>(items.map((_, index) => [index, 0]));
  const reach = (map: Map<number, number>, state: number, literal: number) => {
    if ((map.get(state) ?? -1) < literal) map.set(state, literal);
  };
  for (const char of wanted) {
    const next = new Map<number, number>();
    for (const [state, literal] of states) {
      const item = items[state];
      if (item === undefined) continue;
      if (item === null) {
        reach(next, state, literal); // the placeholder swallows this character
        reach(next, state + 1, literal); // … and ends with it
        if (items[state + 1] === char) reach(next, state + 2, literal + 1); // or ended before it
      } else if (item === char) {
        reach(next, state + 1, literal + 1);
      }
    }
    // Leaving a placeholder empty: skip it.
    for (const [state, literal] of [...next]) if (items[state] === null) reach(next, state + 1, literal);
    states = next;
    if (states.size === 0) return false;
  }
  return Math.max(...states.values()) >= needed;
}

/** The words of a phrase worth looking for in a template (four letters or more). */
function anchorWords(phrase: string): string[] {
  return [...new Set(normalize(phrase).match(/[\p{L}\p{N}_]+/gu) ?? [])].filter((word) => word.length >= 4);
}

/** The first template that grounds the phrase, or null. */
export function findGrounding(phrase: string, templates: readonly string[]): string | null {
  const anchors = anchorWords(phrase);
  const wanted = normalize(phrase);
  for (const template of templates) {
    const lower = normalize(template);
    if (lower.includes(wanted)) return template;
    if (!template.includes('{') || (anchors.length > 0 && !anchors.some((anchor) => lower.includes(anchor)))) continue;
    if (phraseFitsTemplate(phrase, template)) return template;
  }
  return null;
}
