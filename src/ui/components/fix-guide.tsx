import { useEffect } from 'react';
import { matchPath, useLocation } from 'react-router';
import { rankCauses } from '../../core/causes/rank-causes.ts';
import type { ErrorClass, FixStep, PlatformCommand } from '../../core/error-class-schema.ts';
import type { Platform } from '../../core/platforms.ts';
import type { RankingFact } from '../../core/ranking-facts.ts';
import {
  describeKnownVersion,
  stepFit,
  stepVersionLabel,
  type KnownVersion,
} from '../../core/versions/step-versions.ts';
import { fixGuideSections, paths, type FixGuideSection } from '../paths.ts';
import { usePlatformChoice } from '../platform-choice.ts';
import { CommandBlock } from './command-block.tsx';
import { PlatformPicker } from './platform-picker.tsx';

/**
 * A section heading with its "#" self-link, so a reader can share `/fix/<id>#steps`. The link
 * shows on hover and keyboard focus (`.heading-anchor` in index.css, the guides' look too).
 */
function SectionHeading({ id, title }: { id: FixGuideSection; title: string }) {
  return (
    <h2 id={id} className="text-xl font-semibold">
      {title}{' '}
      <a href={paths.section.href(id)} className="heading-anchor" aria-label={`Link to the section ${title}`}>
        #
      </a>
    </h2>
  );
}

const sectionIds: readonly FixGuideSection[] = Object.values(fixGuideSections);

/**
 * The browser scrolls to `#steps` itself when the page's HTML already holds the section (a
 * prerendered /fix page). When it did not (an in-app link, a fix link with facets, which is rendered
 * afresh), bring the section into view once the fix page shows it. Only on arriving at a fix page:
 * on the doctor the guide appears later, while the reader is typing, and must not move the page.
 */
function useScrollToSectionOnArrival(): void {
  const { hash, key, pathname } = useLocation();
  const onFixPage = matchPath(paths.fix.pattern, pathname) !== null;
  useEffect(() => {
    // Compared as built, never decoded: a hand-typed `#%E0` must not throw.
    const id = sectionIds.find((section) => paths.section.href(section) === hash);
    if (!onFixPage || id === undefined) return;
    const heading = document.getElementById(id);
    if (heading && !heading.matches(':target')) heading.scrollIntoView({ block: 'start' });
    // Once per arrival (the location key), not on every re-render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
}

function commandFor(command: PlatformCommand, platform: Platform): string {
  return 'all' in command ? command.all : command[platform];
}

function StepItem({ step, platform }: { step: FixStep; platform: Platform }) {
  const label = stepVersionLabel(step.versions);
  return (
    <li>
      <p className="font-medium">{step.title}</p>
      {label && (
        <p className="text-sm font-medium text-violet-900 dark:text-violet-200" data-testid="step-version">
          {label}
        </p>
      )}
      {step.detail && <p className="text-sm text-slate-700 dark:text-slate-300">{step.detail}</p>}
      {step.command && <CommandBlock command={commandFor(step.command, platform)} label={step.title} />}
    </li>
  );
}

/**
 * The fix guide of one class: what it means, causes ranked for this user, steps per platform,
 * verify. With a known OpenClaw version, steps for other versions fold away under each cause.
 */
export function FixGuide({
  errorClass,
  facts,
  version = null,
}: {
  errorClass: ErrorClass;
  facts: ReadonlySet<RankingFact>;
  version?: KnownVersion | null;
}) {
  const [platform] = usePlatformChoice();
  const ranked = rankCauses(errorClass, facts);
  const versionText = describeKnownVersion(version);
  useScrollToSectionOnArrival();

  return (
    <div className="space-y-6">
      <section aria-labelledby={fixGuideSections.meaning}>
        <SectionHeading id={fixGuideSections.meaning} title="What it means" />
        {errorClass.explanation.map((paragraph) => (
          <p key={paragraph} className="mt-2 leading-relaxed">
            {paragraph}
          </p>
        ))}
      </section>

      {/* The section keeps the steps' old id, so links made before #steps still land here. */}
      <section id="how-to-fix" aria-labelledby={fixGuideSections.steps}>
        <SectionHeading id={fixGuideSections.steps} title="How to fix it" />
        <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">
          Causes are ranked most likely first{facts.size > 0 ? ', for what your paste and config say' : ''}.
          {versionText
            ? ` Steps are for OpenClaw ${versionText}, as read from your paste.`
            : ' Steps that depend on the OpenClaw version say which versions they are for.'}
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
                  {cause.steps
                    .filter((step) => stepFit(step.versions, version) !== 'other-version')
                    .map((step) => (
                      <StepItem key={step.title} step={step} platform={platform} />
                    ))}
                </ol>
                {cause.steps.some((step) => stepFit(step.versions, version) === 'other-version') && (
                  <details className="mt-3 text-sm" data-testid="other-version-steps">
                    <summary className="cursor-pointer">
                      Steps for other OpenClaw versions (yours: {versionText})
                    </summary>
                    <ul className="mt-2 list-disc space-y-3 pl-6">
                      {cause.steps
                        .filter((step) => stepFit(step.versions, version) === 'other-version')
                        .map((step) => (
                          <StepItem key={step.title} step={step} platform={platform} />
                        ))}
                    </ul>
                  </details>
                )}
              </details>
            </li>
          ))}
        </ol>
      </section>

      <section
        aria-labelledby={fixGuideSections.verify}
        className="rounded-lg border-l-4 border-emerald-700 bg-emerald-50 p-4 dark:border-emerald-400 dark:bg-emerald-950"
        data-testid="verify"
      >
        <SectionHeading id={fixGuideSections.verify} title="Check that it worked" />
        {errorClass.verify.command ? (
          <>
            <p className="mt-1">Run this after the fix:</p>
            <CommandBlock command={commandFor(errorClass.verify.command, platform)} label="the check command" />
            <p className="mt-2">
              <span className="font-semibold">Expect: </span>
              {errorClass.verify.expect}
            </p>
          </>
        ) : (
          <p className="mt-1">
            <span className="font-semibold">Expect: </span>
            {errorClass.verify.expect}
          </p>
        )}
      </section>
    </div>
  );
}
