/**
 * Recognition figures over the samples: top-1 per class folder, false alarms in samples/none/, and
 * the class examples. Prints, never asserts (the tidy suite asserts). Optional arguments: sample
 * files to report on separately (e.g. the ones a change added).
 *   npx tsx scripts/measure-recognition.ts [samples/<id>/<file>.txt …]
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { classifyError } from '../src/core/classify/classify-error.ts';
import { catalogue, errorClasses } from '../src/content/error-classes/index.ts';

const samplesDir = path.resolve(import.meta.dirname, '../samples');

interface Outcome {
  readonly file: string;
  readonly expected: string | null;
  readonly got: string | null;
  readonly certainty: string | null;
}

function classify(file: string, expected: string | null): Outcome {
  const top = classifyError(readFileSync(file, 'utf8'), catalogue).findings[0];
  return {
    file: path.relative(process.cwd(), file),
    expected,
    got: top?.id ?? null,
    certainty: top?.certainty ?? null,
  };
}

const outcomes: Outcome[] = [];
for (const folder of readdirSync(samplesDir).sort()) {
  for (const file of readdirSync(path.join(samplesDir, folder)).filter((name) => name.endsWith('.txt'))) {
    outcomes.push(classify(path.join(samplesDir, folder, file), folder === 'none' ? null : folder));
  }
}

const recognised = (outcome: Outcome): boolean =>
  outcome.expected === null
    ? outcome.got === null
    : outcome.got === outcome.expected && outcome.certainty !== 'nearest';
const report = (label: string, list: readonly Outcome[]): void => {
  const known = list.filter((outcome) => outcome.expected !== null);
  const none = list.filter((outcome) => outcome.expected === null);
  const nearest = known.filter((outcome) => outcome.certainty === 'nearest' && outcome.got === outcome.expected);
  console.log(
    `${label}: known ${known.filter(recognised).length}/${known.length} top-1` +
      `${nearest.length > 0 ? ` (+${nearest.length} as nearest)` : ''}, none ${none.filter(recognised).length}/${none.length} silent`,
  );
  for (const outcome of list.filter((candidate) => !recognised(candidate))) {
    console.log(
      `  miss ${outcome.file}: expected ${outcome.expected ?? 'nothing'}, got ${outcome.got ?? 'nothing'} ${outcome.certainty ?? ''}`,
    );
  }
};

report('all samples', outcomes);
const chosen = new Set(process.argv.slice(2).map((file) => path.relative(process.cwd(), path.resolve(file))));
if (chosen.size > 0)
  report(
    'chosen samples',
    outcomes.filter((outcome) => chosen.has(outcome.file)),
  );

let examples = 0;
let examplesRight = 0;
for (const errorClass of errorClasses) {
  for (const example of errorClass.examples) {
    examples += 1;
    if (classifyError(example, catalogue).findings[0]?.id === errorClass.id) examplesRight += 1;
  }
}
console.log(`class examples: ${examplesRight}/${examples} top-1`);
