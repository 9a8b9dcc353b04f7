import { useId, useState } from 'react';
import { Link } from 'react-router';
import type { Diagnosis } from '../../core/classify/classify-error.ts';
import { clientLabels } from '../../core/clients.ts';
import { rankCauses } from '../../core/causes/rank-causes.ts';
import type { ErrorClass } from '../../core/error-class-schema.ts';
import { platformLabels } from '../../core/platforms.ts';
import type { RankingFact } from '../../core/ranking-facts.ts';
import { buildIssueReport, findOpenclawVersion, reportExcerpt } from '../../core/report/build-issue-report.ts';
import { errorClassById } from '../../content/error-classes/index.ts';
import { readFixAnswer, saveFixAnswer, type FixAnswer } from '../fix-feedback-store.ts';
import { paths } from '../paths.ts';
import { usePlatformChoice } from '../platform-choice.ts';
import { canonicalUrl } from '../site.ts';
import { CopyButton } from './copy-button.tsx';

function operatingSystem(): string {
  const agent = navigator.userAgent;
  if (/Windows/i.test(agent)) return 'Windows';
  if (/Android/i.test(agent)) return 'Android';
  if (/iPhone|iPad/i.test(agent)) return 'iOS';
  if (/Mac OS X|Macintosh/i.test(agent)) return 'macOS';
  if (/Linux|X11/i.test(agent)) return 'Linux';
  return '(unknown)';
}

const commandsToAdd = ['openclaw gateway status', 'openclaw status', 'openclaw devices list', 'openclaw logs'];

/**
 * "Did this fix it?": kept in local storage only. On "no": the next most likely cause, then a
 * redacted, ready-to-paste report for an OpenClaw GitHub issue, copied to the clipboard on request.
 */
export default function FixFeedback({
  diagnosis,
  paste,
  facts,
}: {
  diagnosis: Diagnosis;
  paste: string;
  facts: ReadonlySet<RankingFact>;
}) {
  const top = diagnosis.findings[0];
  const errorClass: ErrorClass | undefined = top ? errorClassById.get(top.id) : undefined;
  const [answers, setAnswers] = useState<Record<string, FixAnswer | null>>({});
  const [tried, setTried] = useState('');
  const [platform] = usePlatformChoice();
  const headingId = useId();
  if (!top || !errorClass) return null;
  const answer = top.id in answers ? answers[top.id] : readFixAnswer(top.id);

  function choose(next: FixAnswer): void {
    if (!top) return;
    saveFixAnswer(top.id, next);
    setAnswers((current) => ({ ...current, [top.id]: next }));
  }

  const ranked = rankCauses(errorClass, facts);
  const nextCause = ranked[1];
  const otherId = diagnosis.runnerUp?.id ?? diagnosis.findings[1]?.id;
  const otherClass = otherId ? errorClassById.get(otherId) : undefined;
  const firstCause = ranked[0]?.cause;
  const excerpt = reportExcerpt(paste, top.spans);
  const report =
    answer === 'no'
      ? buildIssueReport({
          errorTitle: errorClass.title,
          errorClassId: errorClass.id,
          certainty: top.certainty,
          client: top.client ? clientLabels[top.client] : null,
          version: findOpenclawVersion(paste),
          operatingSystem: operatingSystem(),
          platform: platformLabels[platform],
          tried: [
            ...(firstCause
              ? firstCause.steps.map((step) => `${step.title} (Error Doctor: "${firstCause.title}")`)
              : []),
            ...tried
              .split(/\r?\n/)
              .map((line) => line.trim())
              .filter((line) => line !== ''),
          ],
          excerpt,
          commandsToAdd,
          fixUrl: canonicalUrl(paths.fix.href(errorClass.id)),
        })
      : '';

  const buttonClass =
    'rounded-md border border-slate-500 px-4 py-1.5 font-medium aria-pressed:border-blue-700 aria-pressed:bg-blue-700 aria-pressed:text-white dark:aria-pressed:border-blue-400 dark:aria-pressed:bg-blue-400 dark:aria-pressed:text-slate-950';

  return (
    <section aria-labelledby={headingId} className="mt-8 rounded-lg border border-slate-300 p-4 dark:border-slate-700">
      <h2 id={headingId} className="text-xl font-semibold">
        Did this fix it?
      </h2>
      <div role="group" aria-labelledby={headingId} className="mt-2 flex gap-2">
        {(['yes', 'no'] as const).map((option) => (
          <button
            key={option}
            type="button"
            aria-pressed={answer === option}
            onClick={() => {
              choose(option);
            }}
            className={buttonClass}
          >
            {option === 'yes' ? 'Yes' : 'No'}
          </button>
        ))}
      </div>
      <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">
        Your answer stays in this browser; nothing is sent anywhere.
      </p>
      {answer === 'yes' && (
        <p role="status" className="mt-3" data-testid="feedback-yes">
          Glad it works again.
        </p>
      )}
      {answer === 'no' && (
        <div className="mt-4 space-y-4" data-testid="feedback-no">
          <div>
            <h3 className="text-lg font-semibold">Try the next most likely cause</h3>
            {nextCause ? (
              <p className="mt-1" data-testid="next-cause">
                <strong>{nextCause.cause.title}.</strong> {nextCause.cause.explanation} Its steps are in the fix guide
                above (cause 2).
              </p>
            ) : (
              <p className="mt-1">The fix guide above lists only one cause for this error.</p>
            )}
            {otherClass && (
              <p className="mt-1">
                Or it may be a different error:{' '}
                <Link to={paths.fix.href(otherClass.id, { client: top.client ?? undefined })}>{otherClass.title}</Link>.
              </p>
            )}
          </div>
          <div>
            <h3 className="text-lg font-semibold">Ask the OpenClaw maintainers</h3>
            <p className="mt-1 max-w-prose">
              A report ready to paste into a new issue on OpenClaw’s GitHub. Tokens, passwords, keys and user names are
              removed. Add the output of the commands it lists, and check it before you post it.
            </p>
            <label htmlFor={`${headingId}-tried`} className="mt-2 block font-medium">
              What else did you try? <span className="font-normal">(optional, one per line)</span>
            </label>
            <textarea
              id={`${headingId}-tried`}
              value={tried}
              onChange={(event) => {
                setTried(event.target.value);
              }}
              rows={3}
              className="mt-1 block w-full rounded-md border border-slate-500 bg-white p-2 text-sm dark:bg-slate-900"
            />
            <div className="mt-2 flex items-start gap-2">
              <pre
                tabIndex={0}
                aria-label="Issue report"
                data-testid="issue-report"
                className="max-h-72 min-w-0 flex-1 overflow-auto rounded-md border border-slate-300 bg-slate-50 p-3 font-mono text-sm break-words whitespace-pre-wrap dark:border-slate-700 dark:bg-slate-900"
              >
                {report}
              </pre>
              <CopyButton text={report} label="the issue report" />
            </div>
          </div>
        </div>
      )}
    </section>
  );
}
