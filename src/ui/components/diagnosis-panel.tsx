import { Link } from 'react-router';
import { buildExcerpt } from '../../core/classify/build-excerpt.ts';
import type { Diagnosis, Finding, Span } from '../../core/classify/classify-error.ts';
import type { Insight } from '../../core/classify/detect-sequences.ts';
import type { PasteReading } from '../../core/classify/read-paste.ts';
import { clientLabels } from '../../core/clients.ts';
import type { ErrorClass, PlatformCommand } from '../../core/error-class-schema.ts';
import type { Platform } from '../../core/platforms.ts';
import { maskSecrets } from '../../core/redact/mask-secrets.ts';
import { describeBounds } from '../../core/versions/openclaw-version.ts';
import { errorClassById } from '../../content/error-classes/index.ts';
import { paths } from '../paths.ts';
import { usePlatformChoice } from '../platform-choice.ts';
import { CommandBlock } from './command-block.tsx';
import { HighlightedPaste } from './highlighted-paste.tsx';

const certaintyText: Record<Finding['certainty'], string> = {
  exact: 'Exact match: OpenClaw’s own reason string',
  strong: 'Strong match: a short form OpenClaw prints for this error',
  weak: 'Loose match: a fragment that fits this error best, but is not conclusive',
  nearest: 'Not a match: the closest known error to your text',
};

/**
 * Nothing matched, but the paste looks like an OpenClaw problem: the closest known error, said
 * plainly as a guess, with what to paste to confirm it. Never the fix guide itself.
 */
function NearestKnown({ finding, errorClass, paste }: { finding: Finding; errorClass: ErrorClass; paste: string }) {
  return (
    <div data-testid="nearest-known">
      <h3 className="text-2xl font-bold">
        Closest known error: <span data-testid="nearest-title">{errorClass.title}</span>
      </h3>
      <p className="mt-1 font-semibold">Not an exact match.</p>
      <p className="mt-2">
        No error Error Doctor knows is spelt out in your text, but this line is closest to what OpenClaw prints for{' '}
        {errorClass.title.toLowerCase()}:
      </p>
      {finding.closestKnown && (
        <p className="mt-2">
          Known message: <code data-testid="nearest-message">{finding.closestKnown}</code>
        </p>
      )}
      <div className="mt-3">
        <Excerpt paste={paste} spans={finding.spans} label="Your line" maxMatches={1} />
      </div>
      <p className="mt-3">
        To confirm, paste {errorClass.pasteInstead ?? 'the full error line, as the client or the gateway log prints it'}
        .
      </p>
      <p className="mt-2">
        <Link to={paths.fix.href(errorClass.id)} data-testid="nearest-link">
          Read the fix guide for {errorClass.title.toLowerCase()}
        </Link>{' '}
        if that is your error, or browse <Link to={paths.guides.href()}>all fix guides</Link>.
      </p>
    </div>
  );
}

function commandFor(command: PlatformCommand, platform: Platform): string {
  return 'all' in command ? command.all : command[platform];
}

function Excerpt({
  paste,
  spans,
  label,
  maxMatches,
}: {
  paste: string;
  spans: readonly Span[];
  label: string;
  maxMatches: number;
}) {
  const parts = buildExcerpt(paste, spans, { maxMatches }).map((part) =>
    part.kind === 'gap' ? part : { ...part, text: maskSecrets(part.text) },
  );
  return <HighlightedPaste parts={parts} label={label} />;
}

/** A sequence that changes the advice ("stop retrying: you are locked out"), shown above the diagnosis. */
function InsightCard({ insight, paste, platform }: { insight: Insight; paste: string; platform: Platform }) {
  return (
    <li
      className="rounded-lg border-l-4 border-red-700 bg-red-50 p-4 dark:border-red-400 dark:bg-red-950"
      data-testid="insight"
      data-insight={insight.id}
    >
      <h3 className="text-xl font-bold">{insight.title}</h3>
      <p className="mt-1 leading-relaxed">{insight.text}</p>
      <ol className="mt-3 list-decimal space-y-3 pl-6">
        {insight.steps.map((step) => (
          <li key={step.title}>
            <p className="font-medium">{step.title}</p>
            {step.detail && <p className="text-sm">{step.detail}</p>}
            {step.command && <CommandBlock command={commandFor(step.command, platform)} label={step.title} />}
          </li>
        ))}
      </ol>
      <div className="mt-3">
        <Excerpt paste={paste} spans={insight.spans} label="The lines that show it" maxMatches={8} />
      </div>
    </li>
  );
}

/** Client and OpenClaw version as read from the whole paste, each with its evidence. */
function ReadingFacts({ reading, finding }: { reading: PasteReading | undefined; finding: Finding }) {
  const client = reading?.client;
  const version = reading?.version;
  const versionText = version?.exact ?? (version?.bounds ? describeBounds(version.bounds) : null);
  return (
    <>
      <dt className="font-semibold">Failing client</dt>
      <dd>
        <span data-testid="client">
          {client
            ? client.label
            : finding.client
              ? clientLabels[finding.client]
              : 'Not stated in the text (the hint in brackets tells it)'}
        </span>
        {client && <span className="block text-slate-700 dark:text-slate-300">{client.decidedBy.says}</span>}
      </dd>
      <dt className="font-semibold">OpenClaw version</dt>
      <dd data-testid="version">
        {versionText ? (
          <>
            {version?.exact ? versionText : `Probably ${versionText}`}
            {version && version.named.length > 1 && ` (the paste names ${version.named.join(', ')})`}
            <ul className="list-disc pl-5 text-slate-700 dark:text-slate-300">
              {version?.evidence.slice(0, 4).map((item) => (
                <li key={`${item.kind}-${item.span.start}`}>{item.says}</li>
              ))}
            </ul>
          </>
        ) : (
          'Not stated (paste the banner line “OpenClaw 2026.x.y” from the top of any openclaw command to be sure)'
        )}
      </dd>
    </>
  );
}

/** When the text only wraps the reason: what it can be, most likely first, and what to paste to tell. */
function WrapperCandidates({ errorClass }: { errorClass: ErrorClass }) {
  return (
    <section
      className="mt-4 rounded-md border-l-4 border-amber-600 bg-amber-50 p-3 dark:bg-amber-950"
      aria-labelledby="can-be"
      data-testid="can-be"
    >
      <h4 id="can-be" className="font-semibold">
        This message hides the real reason. It can be, most likely first:
      </h4>
      <ol className="mt-2 list-decimal space-y-1 pl-6">
        {(errorClass.canBe ?? []).map((candidate) => {
          const known = errorClassById.get(candidate.id);
          return (
            <li key={candidate.id}>
              {known ? <Link to={paths.fix.href(candidate.id)}>{known.title}</Link> : <span>{candidate.id}</span>}:{' '}
              {candidate.why}
            </li>
          );
        })}
      </ol>
      {errorClass.pasteInstead && (
        <p className="mt-2" data-testid="paste-to-tell">
          <span className="font-semibold">To tell which, paste </span>
          {errorClass.pasteInstead}.
        </p>
      )}
    </section>
  );
}

/** Every finding, most important first, each with its highlighted lines. */
function AllFindings({ findings, paste }: { findings: readonly Finding[]; paste: string }) {
  return (
    <section className="mt-6" aria-labelledby="all-findings">
      <h4 id="all-findings" className="text-lg font-semibold">
        Everything in your paste, most important first
      </h4>
      <p className="text-sm text-slate-700 dark:text-slate-300">
        Reasons come before messages that only say the connection failed; a lockout comes before the mismatches that
        caused it; exact matches before loose ones; then the latest error first.
      </p>
      <ol className="mt-2 space-y-3" data-testid="findings">
        {findings.map((finding, index) => {
          const errorClass = errorClassById.get(finding.id);
          if (!errorClass) return null;
          return (
            <li key={finding.id} data-testid="finding" data-finding={finding.id}>
              <p>
                <span className="mr-1 font-semibold">{index + 1}.</span>
                <Link to={paths.fix.href(finding.id, { client: finding.client ?? undefined })}>
                  {errorClass.title}
                </Link>{' '}
                ({finding.certainty} match{errorClass.kind === 'wrapper' ? ', hides the reason' : ''}
                {finding.occurrences > 1 ? `, ${finding.occurrences} times` : ''})
              </p>
              <Excerpt paste={paste} spans={finding.spans} label={`Where: ${errorClass.title}`} maxMatches={3} />
            </li>
          );
        })}
      </ol>
    </section>
  );
}

/**
 * What the doctor found in a paste: the sequences that change the advice, the diagnosis with
 * client and version, what a wrapper can hide, the runner-up, every other finding, or
 * "not recognised".
 */
export function DiagnosisPanel({
  diagnosis,
  paste,
  reading,
}: {
  diagnosis: Diagnosis;
  paste: string;
  reading?: PasteReading | undefined;
}) {
  const [platform] = usePlatformChoice();
  const [top] = diagnosis.findings;
  const topClass = top ? errorClassById.get(top.id) : undefined;
  if (!top || !topClass) {
    return (
      <div data-testid="not-recognised">
        <h3 className="text-2xl font-bold">Not recognised</h3>
        <p className="mt-2">
          This text does not contain a gateway connect or auth error that Error Doctor knows, so it will not guess.
        </p>
        <p className="mt-2">
          Paste the full error line (it usually starts with <code>unauthorized:</code>, <code>disconnected (</code> or{' '}
          <code>gateway closed (</code>), or the output of <code>openclaw gateway status</code> run on the gateway host.
          Model-provider, Telegram or Discord errors are not gateway connection errors.
        </p>
        <p className="mt-2">
          Or browse <Link to={paths.guides.href()}>all fix guides</Link>.
        </p>
      </div>
    );
  }

  if (top.certainty === 'nearest') return <NearestKnown finding={top} errorClass={topClass} paste={paste} />;

  const insights = reading?.insights ?? [];
  const runnerUpClass = diagnosis.runnerUp ? errorClassById.get(diagnosis.runnerUp.id) : undefined;
  return (
    <div data-testid="diagnosis">
      {insights.length > 0 && (
        <section aria-label="What the order of your errors says" className="mb-6">
          <ul className="space-y-4" data-testid="insights">
            {insights.map((insight) => (
              <InsightCard key={insight.id} insight={insight} paste={paste} platform={platform} />
            ))}
          </ul>
        </section>
      )}
      <h3 className="text-2xl font-bold" data-testid="diagnosis-title">
        {topClass.title}
      </h3>
      <p className="mt-1 text-lg leading-relaxed">{topClass.summary}</p>
      <dl className="mt-3 grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[max-content_1fr]">
        <dt className="font-semibold">How sure</dt>
        <dd data-testid="certainty">{certaintyText[top.certainty]}</dd>
        <ReadingFacts reading={reading} finding={top} />
        {top.occurrences > 1 && (
          <>
            <dt className="font-semibold">Seen</dt>
            <dd>{top.occurrences} times in your paste</dd>
          </>
        )}
      </dl>
      {topClass.kind === 'wrapper' && <WrapperCandidates errorClass={topClass} />}
      <div className="mt-3">
        <Excerpt paste={paste} spans={top.spans} label="Why: the matched text in your paste" maxMatches={5} />
      </div>
      <p className="mt-3">
        <Link
          to={paths.fix.href(top.id, { client: top.client ?? undefined })}
          className="font-medium"
          data-testid="permalink"
        >
          Permalink to this fix: {paths.fix.href(top.id)}
        </Link>
      </p>
      {diagnosis.runnerUp && runnerUpClass && (
        <aside
          className="mt-4 rounded-md border-l-4 border-amber-600 bg-amber-50 p-3 dark:bg-amber-950"
          data-testid="runner-up"
        >
          <p className="font-semibold">
            Could also be: <Link to={paths.fix.href(runnerUpClass.id)}>{runnerUpClass.title}</Link>
          </p>
          <p className="mt-1">Why probably not: {diagnosis.runnerUp.why}</p>
        </aside>
      )}
      {diagnosis.findings.length > 1 && <AllFindings findings={diagnosis.findings} paste={paste} />}
    </div>
  );
}
