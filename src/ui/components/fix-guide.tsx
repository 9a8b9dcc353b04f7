import { rankCauses } from '../../core/causes/rank-causes.ts';
import type { ErrorClass, PlatformCommand } from '../../core/error-class-schema.ts';
import type { Platform } from '../../core/platforms.ts';
import type { RankingFact } from '../../core/ranking-facts.ts';
import { usePlatformChoice } from '../platform-choice.ts';
import { CommandBlock } from './command-block.tsx';
import { PlatformPicker } from './platform-picker.tsx';

function commandFor(command: PlatformCommand, platform: Platform): string {
  return 'all' in command ? command.all : command[platform];
}

/** The fix guide of one class: what it means, causes ranked for this user, steps per platform, verify. */
export function FixGuide({ errorClass, facts }: { errorClass: ErrorClass; facts: ReadonlySet<RankingFact> }) {
  const [platform] = usePlatformChoice();
  const ranked = rankCauses(errorClass, facts);

  return (
    <div className="space-y-6">
      <section aria-labelledby="what-it-means">
        <h2 id="what-it-means" className="text-xl font-semibold">
          What it means
        </h2>
        {errorClass.explanation.map((paragraph) => (
          <p key={paragraph} className="mt-2 leading-relaxed">
            {paragraph}
          </p>
        ))}
      </section>

      <section aria-labelledby="how-to-fix">
        <h2 id="how-to-fix" className="text-xl font-semibold">
          How to fix it
        </h2>
        <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">
          Causes are ranked most likely first{facts.size > 0 ? ', for what your paste and config say' : ''}.
        </p>
        <div className="mt-3">
          <PlatformPicker />
        </div>
        <ol className="mt-4 space-y-4" aria-label="Causes, most likely first">
          {ranked.map(({ cause, reasons }, index) => (
            <li key={cause.id} className="rounded-lg border border-slate-300 p-4 dark:border-slate-700">
              <details open={index === 0} className="group">
                <summary className="cursor-pointer text-lg font-semibold">
                  <span className="mr-2 text-slate-600 dark:text-slate-400">{index + 1}.</span>
                  {cause.title}
                </summary>
                {reasons.length > 0 && (
                  <ul
                    className="mt-2 list-disc pl-5 text-sm text-blue-900 dark:text-blue-200"
                    aria-label="Why ranked here"
                  >
                    {reasons.map((reason) => (
                      <li key={reason}>{reason}</li>
                    ))}
                  </ul>
                )}
                <p className="mt-2 leading-relaxed">{cause.explanation}</p>
                <ol className="mt-3 list-decimal space-y-3 pl-6">
                  {cause.steps.map((step) => (
                    <li key={step.title}>
                      <p className="font-medium">{step.title}</p>
                      {step.detail && <p className="text-sm text-slate-700 dark:text-slate-300">{step.detail}</p>}
                      {step.command && <CommandBlock command={commandFor(step.command, platform)} label={step.title} />}
                    </li>
                  ))}
                </ol>
              </details>
            </li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="verify">
        <h2 id="verify" className="text-xl font-semibold">
          Check that it worked
        </h2>
        {errorClass.verify.command && (
          <CommandBlock command={commandFor(errorClass.verify.command, platform)} label="the check command" />
        )}
        <p className="mt-2">{errorClass.verify.expect}</p>
      </section>
    </div>
  );
}
