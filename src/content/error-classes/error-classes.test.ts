/**
 * The tidy suite: keeps the error classes, the index, the samples and the commands consistent.
 * Every failure names the file to add or fix. Adding a class = its file + one index line + samples.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { classifyError } from '../../core/classify/classify-error.ts';
import { compilePhrase, findUnsafeRegexConstruct } from '../../core/classify/compile-signature.ts';
import { errorClassSchema, type ErrorClass, type PlatformCommand } from '../../core/error-class-schema.ts';
import type { VersionBounds } from '../../core/versions/openclaw-version.ts';
import { clientSignals } from '../client-signals.ts';
import { checkConfigKey, checkOpenclawInvocation, openclawInvocations } from '../check-openclaw-command.ts';
import { findGrounding } from '../openclaw-releases/ground-phrase.ts';
import { releaseData } from '../openclaw-releases/index.ts';
import { catalogue, errorClasses } from './index.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, '../../..');
const samplesDir = path.join(repoRoot, 'samples');
/** Every text OpenClaw prints that the release reader kept: strings, codes and Control UI cards. */
const releaseTexts = [...releaseData.strings.map((item) => item.text), ...releaseData.cards.map((card) => card.text)];

const classFiles = readdirSync(here)
  .filter((file) => file.endsWith('.ts') && file !== 'index.ts' && !file.endsWith('.test.ts'))
  .sort();

function camelCase(id: string): string {
  return id.replace(/-([a-z0-9])/g, (_, letter: string) => letter.toUpperCase());
}

function commandTexts(command: PlatformCommand | undefined): string[] {
  if (!command) return [];
  return 'all' in command
    ? [command.all]
    : [command['linux-macos'], command['windows-powershell'], command['docker-compose']];
}

interface ShownText {
  readonly text: string;
  /** The releases the text is shown for: its step's versions, or every release. */
  readonly bounds: VersionBounds | undefined;
}

/** Every command-like text in a class: step commands, verify commands, and `inline code` in prose. */
function everyCommandText(errorClass: ErrorClass): ShownText[] {
  const texts: ShownText[] = [];
  const prose: ShownText[] = errorClass.explanation.map((text) => ({ text, bounds: undefined }));
  for (const cause of errorClass.causes) {
    prose.push({ text: cause.explanation, bounds: undefined });
    for (const step of cause.steps) {
      texts.push(...commandTexts(step.command).map((text) => ({ text, bounds: step.versions })));
      if (step.detail) prose.push({ text: step.detail, bounds: step.versions });
    }
  }
  texts.push(...commandTexts(errorClass.verify.command).map((text) => ({ text, bounds: undefined })));
  prose.push(
    { text: errorClass.verify.expect, bounds: undefined },
    { text: errorClass.pasteInstead ?? '', bounds: undefined },
  );
  for (const { text, bounds } of prose) {
    for (const match of text.matchAll(/`([^`]+)`/g)) texts.push({ text: match[1] ?? '', bounds });
  }
  return texts;
}

/** Problems with the commands, flags and config keys a text prints, for the releases it is shown for. */
function problemsIn({ text, bounds }: ShownText): string[] {
  const problems = openclawInvocations(text)
    .map((words) => checkOpenclawInvocation(words, bounds))
    .filter((problem): problem is string => problem !== null);
  // A config key written into a file or an env line is printed too (`"allowedOrigins"` alone is not).
  for (const match of text.matchAll(/(?<![\w.])gateway(?:\.[a-z][A-Za-z0-9]*)+/g)) {
    const problem = checkConfigKey(match[0], bounds);
    if (problem && !problems.some((known) => known.includes(match[0]))) problems.push(problem);
  }
  return problems;
}

function readSamples(folder: string): { file: string; text: string }[] {
  const dir = path.join(samplesDir, folder);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((file) => file.endsWith('.txt'))
    .sort()
    .map((file) => ({ file: `samples/${folder}/${file}`, text: readFileSync(path.join(dir, file), 'utf8') }));
}

describe('the error-class index', () => {
  it('lists every class file in src/content/error-classes/, and nothing else', () => {
    const listed = errorClasses.map((errorClass) => `${errorClass.id}.ts`).sort();
    for (const file of classFiles) {
      expect(listed, `${file} is not listed in src/content/error-classes/index.ts: add one line for it`).toContain(
        file,
      );
    }
    for (const file of listed) {
      expect(classFiles, `index.ts lists ${file}, but src/content/error-classes/${file} does not exist`).toContain(
        file,
      );
    }
  });

  it('is sorted by id with no duplicates', () => {
    const ids = errorClasses.map((errorClass) => errorClass.id);
    expect(ids, 'keep src/content/error-classes/index.ts sorted by id').toEqual([...ids].sort());
    expect(new Set(ids).size, 'src/content/error-classes/index.ts lists an id twice').toBe(ids.length);
  });

  it('has a samples folder for every class and no folder without a class', () => {
    const ids = new Set(errorClasses.map((errorClass) => errorClass.id));
    const folders = readdirSync(samplesDir).filter((folder) => folder !== 'none');
    for (const folder of folders) {
      expect(ids.has(folder), `samples/${folder}/ has no class: add src/content/error-classes/${folder}.ts`).toBe(true);
    }
  });

  it('only uses client signals whose hints some class knows', () => {
    const phrases = new Set(errorClasses.flatMap((errorClass) => errorClass.signatures.map((s) => s.phrase)));
    for (const signal of clientSignals) {
      expect(findUnsafeRegexConstruct(compilePhrase(signal.phrase)), `client signal "${signal.phrase}"`).toBeNull();
    }
    expect(phrases.size).toBeGreaterThan(0);
  });
});

describe.for(errorClasses)('$id', (errorClass) => {
  const file = `src/content/error-classes/${errorClass.id}.ts`;

  it('matches the schema', () => {
    const result = errorClassSchema.safeParse(errorClass);
    const problems = result.success
      ? []
      : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    expect(problems, `${file} does not match errorClassSchema`).toEqual([]);
  });

  it('is exported from its own file under the camelCase of its id', () => {
    const source = readFileSync(path.join(repoRoot, file), 'utf8');
    expect(source, `${file} should export const ${camelCase(errorClass.id)} = defineErrorClass({`).toContain(
      `export const ${camelCase(errorClass.id)} = defineErrorClass({`,
    );
    expect(source, `${file} should declare id: '${errorClass.id}'`).toContain(`id: '${errorClass.id}'`);
  });

  it('has at least one exact signature, and every signature compiles to a linear-time pattern', () => {
    expect(
      errorClass.signatures.some((signature) => signature.certainty === 'exact'),
      `${file} needs an exact signature (OpenClaw's own reason string)`,
    ).toBe(true);
    for (const signature of errorClass.signatures) {
      const source = compilePhrase(signature.phrase, { wholeWord: signature.wholeWord ?? false });
      expect(findUnsafeRegexConstruct(source), `${file}: signature "${signature.phrase}"`).toBeNull();
    }
  });

  it('classifies each of its examples to itself first', () => {
    for (const example of errorClass.examples) {
      const top = classifyError(example, catalogue).findings[0];
      expect(top?.id, `${file} example does not classify to ${errorClass.id}: ${example}`).toBe(errorClass.id);
    }
  });

  it('does not classify any of its near-misses to itself', () => {
    for (const nearMiss of errorClass.nearMisses) {
      const ids = classifyError(nearMiss, catalogue).findings.map((finding) => finding.id);
      expect(ids, `${file} near-miss classifies to ${errorClass.id}: ${nearMiss}`).not.toContain(errorClass.id);
    }
  });

  it('classifies every sample in samples/<id>/ to itself first', () => {
    const samples = readSamples(errorClass.id);
    expect(samples.length, `add at least one real-shaped paste to samples/${errorClass.id}/`).toBeGreaterThan(0);
    for (const sample of samples) {
      const top = classifyError(sample.text, catalogue).findings[0];
      expect(top?.id, `${sample.file} does not classify to ${errorClass.id}`).toBe(errorClass.id);
    }
  });

  it('prints only commands, flags and config keys that exist in every release the step is shown for', () => {
    const problems = everyCommandText(errorClass).flatMap(problemsIn);
    expect(problems, `${file} prints commands, flags or keys its releases do not have`).toEqual([]);
  });

  it('grounds every signature in what OpenClaw releases print, or in a sample from the wild', () => {
    const problems: string[] = [];
    for (const signature of errorClass.signatures) {
      if (signature.inTheWild !== undefined) {
        const sample = path.join(repoRoot, signature.inTheWild);
        const text = existsSync(sample) ? readFileSync(sample, 'utf8').toLowerCase().replace(/\s+/g, ' ') : '';
        if (!text.includes(signature.phrase.toLowerCase().replace(/\s+/g, ' '))) {
          problems.push(`"${signature.phrase}": ${signature.inTheWild} does not show it`);
        }
      } else if (
        releaseData.phraseSightings[signature.phrase] === undefined &&
        findGrounding(signature.phrase, releaseTexts) === null
      ) {
        problems.push(
          `"${signature.phrase}" is printed by no OpenClaw release read (rerun npm run openclaw:releases -- --offline after adding a phrase): fix it, or mark it inTheWild with a sample`,
        );
      }
    }
    expect(problems, `${file}: signatures not grounded`).toEqual([]);
  });

  it('has unique cause ids and a notToBeConfusedWith entry only for classes that exist', () => {
    const ids = errorClass.causes.map((cause) => cause.id);
    expect(new Set(ids).size, `${file} repeats a cause id`).toBe(ids.length);
    const known = new Set(errorClasses.map((other) => other.id));
    for (const other of Object.keys(errorClass.notToBeConfusedWith ?? {})) {
      expect(known.has(other), `${file}: notToBeConfusedWith names unknown class ${other}`).toBe(true);
    }
  });
});

describe('samples/none/', () => {
  const samples = readSamples('none');

  it('has look-alikes that must match nothing', () => {
    expect(samples.length).toBeGreaterThan(0);
  });

  it.for(samples.map((sample) => sample.file))('%s classifies to nothing', (file) => {
    const sample = samples.find((candidate) => candidate.file === file);
    const ids = classifyError(sample?.text ?? '', catalogue).findings.map((finding) => finding.id);
    expect(ids, `${file} must not be diagnosed`).toEqual([]);
  });
});
