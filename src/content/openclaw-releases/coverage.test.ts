/**
 * Coverage of the newest OpenClaw release: every connect/auth string it prints, and every Control
 * UI login card in every locale it ships, is recognised by an error class, or is deliberately out of
 * scope (out-of-scope.ts, with a reason). Prints the figures; a failure names the strings to cover.
 */
import { describe, expect, it } from 'vitest';
import { classifyError } from '../../core/classify/classify-error.ts';
import { loginCardMeanings } from '../control-ui-login-cards.ts';
import { catalogueWithLoginCards } from '../catalogue-with-login-cards.ts';
import { errorClassById } from '../error-classes/index.ts';

const catalogue = catalogueWithLoginCards();
import { newestRelease, releaseData } from './index.ts';
import { outOfScope } from './out-of-scope.ts';

/** A template as a user would see it: placeholders filled with plausible values. */
function instantiate(template: string): string {
  return template.replace(/\{([^{}]*)\}/g, (_, name: string) => {
    if (/host|url|origin|peer|remote/i.test(name)) return '127.0.0.1:18789';
    if (/code/i.test(name)) return '1008';
    if (/version/i.test(name)) return '2026.9.6';
    return 'x';
  });
}

function classesOf(text: string): string[] {
  return classifyError(instantiate(text), catalogue).findings.map((finding) => finding.id);
}

const newest = releaseData.strings.filter((item) => item.last === newestRelease);

describe(`coverage of openclaw@${newestRelease}`, () => {
  it('recognises every connect/auth string, or lists it in out-of-scope.ts with a reason', () => {
    const uncovered: string[] = [];
    let recognised = 0;
    let excluded = 0;
    for (const item of newest) {
      if (classesOf(item.text).length > 0) {
        recognised += 1;
        continue;
      }
      const rule = outOfScope.find(
        (candidate) =>
          (candidate.kind === undefined || candidate.kind === item.kind) &&
          (candidate.module === undefined || candidate.module.test(item.module)) &&
          (candidate.text === undefined || candidate.text.test(item.text)) &&
          (candidate.module !== undefined || candidate.text !== undefined),
      );
      if (rule) excluded += 1;
      else uncovered.push(`${item.kind} ${JSON.stringify(item.text)} [${item.module}]`);
    }
    const total = newest.length;
    console.log(
      `openclaw@${newestRelease}: ${total} connect/auth strings; ${recognised} recognised by a class, ${excluded} out of scope with a reason, ${uncovered.length} uncovered: coverage ${(((recognised + excluded) / total) * 100).toFixed(1)} %`,
    );
    expect(
      uncovered,
      'cover these with a class (a signature), or add a reasoned rule to src/content/openclaw-releases/out-of-scope.ts',
    ).toEqual([]);
  });

  it('means something by every login card of every locale', () => {
    const cards = releaseData.cards.filter((card) => card.last === newestRelease && /title|summary/i.test(card.key));
    const locales = new Set(cards.map((card) => card.locale));
    const problems: string[] = [];
    let recognised = 0;
    for (const card of cards) {
      const meaning = loginCardMeanings[card.key];
      if (!meaning) {
        problems.push(`${card.locale} ${card.key} "${card.text}": add it to src/content/control-ui-login-cards.ts`);
        continue;
      }
      if ('outOfScope' in meaning) continue;
      // A generic title is recognised together with the summary the card shows under it.
      const summary =
        meaning.alone === false
          ? (cards.find(
              (other) => other.locale === card.locale && other.key === card.key.replace(/\.\w*title$/i, '.summary'),
            )?.text ?? '')
          : '';
      const ids = classesOf(summary ? `${card.text}\n${summary}` : card.text);
      if (ids.includes(meaning.classId)) recognised += 1;
      else
        problems.push(
          `${card.locale} ${card.key} "${card.text}" classifies to [${ids.join(', ')}], not ${meaning.classId}`,
        );
    }
    console.log(
      `openclaw@${newestRelease}: ${cards.length} login-card titles and summaries in ${locales.size} locales; ${recognised} recognised`,
    );
    expect(locales.size).toBeGreaterThan(1);
    expect(problems).toEqual([]);
  });

  it('points every login card at a class that exists', () => {
    for (const [key, meaning] of Object.entries(loginCardMeanings)) {
      if ('classId' in meaning) expect(errorClassById.has(meaning.classId), `${key} → ${meaning.classId}`).toBe(true);
    }
  });

  it('shows, for the card a user sees, the class of the card (title and summary together)', () => {
    const en = (key: string) =>
      releaseData.cards.find((card) => card.locale === 'en' && card.key === key && card.last === newestRelease)?.text ??
      '';
    const zh = (key: string) =>
      releaseData.cards.find((card) => card.locale === 'zh-CN' && card.key === key && card.last === newestRelease)
        ?.text ?? '';
    const mismatchCard = `${en('authRequired.title')}\n${instantiate(en('authFailed.summary'))}`;
    expect(classifyError(mismatchCard, catalogue).findings[0]?.id).toBe('control-ui-credentials-rejected');
    const zhMismatchCard = `${zh('authRequired.title')}\n${instantiate(zh('authFailed.summary'))}`;
    expect(classifyError(zhMismatchCard, catalogue).findings[0]?.id).toBe('control-ui-credentials-rejected');
    const pairingCard = `${zh('pairing.title')}\n${instantiate(zh('pairing.summary'))}`;
    expect(classifyError(pairingCard, catalogue).findings[0]?.id).toBe('pairing-required');
  });
});
