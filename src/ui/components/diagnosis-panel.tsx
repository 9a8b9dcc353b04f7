import { Link } from 'react-router';
import { buildExcerpt } from '../../core/classify/build-excerpt.ts';
import type { Diagnosis, Finding } from '../../core/classify/classify-error.ts';
import { clientLabels } from '../../core/clients.ts';
import type { ErrorClass } from '../../core/error-class-schema.ts';
import { maskSecrets } from '../../core/redact/mask-secrets.ts';
import { errorClassById } from '../../content/error-classes/index.ts';
import { paths } from '../paths.ts';
import { HighlightedPaste } from './highlighted-paste.tsx';

const certaintyText: Record<Finding['certainty'], string> = {
  exact: 'Exact match: OpenClaw’s own reason string',
  strong: 'Strong match: a short form OpenClaw prints for this error',
  weak: 'Loose match: a fragment that fits this error best, but is not conclusive',
};

function FindingSummary({ finding, errorClass, paste }: { finding: Finding; errorClass: ErrorClass; paste: string }) {
  const parts = buildExcerpt(paste, finding.spans, { maxMatches: 5 }).map((part) =>
    part.kind === 'gap' ? part : { ...part, text: maskSecrets(part.text) },
  );
  return (
    <>
      <p className="mt-1 text-lg leading-relaxed">{errorClass.summary}</p>
      <dl className="mt-3 grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[max-content_1fr]">
        <dt className="font-semibold">How sure</dt>
        <dd data-testid="certainty">{certaintyText[finding.certainty]}</dd>
        <dt className="font-semibold">Failing client</dt>
        <dd data-testid="client">
          {finding.client ? clientLabels[finding.client] : 'Not stated in the text (the hint in brackets tells it)'}
        </dd>
        {finding.occurrences > 1 && (
          <>
            <dt className="font-semibold">Seen</dt>
            <dd>{finding.occurrences} times in your paste</dd>
          </>
        )}
      </dl>
      <div className="mt-3">
        <HighlightedPaste parts={parts} label="Why: the matched text in your paste" />
      </div>
    </>
  );
}

/** What the doctor found in a paste: the diagnosis, the runner-up, other findings, or "not recognised". */
export function DiagnosisPanel({ diagnosis, paste }: { diagnosis: Diagnosis; paste: string }) {
  const [top, ...others] = diagnosis.findings;
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

  const runnerUpClass = diagnosis.runnerUp ? errorClassById.get(diagnosis.runnerUp.id) : undefined;
  return (
    <div data-testid="diagnosis">
      <h3 className="text-2xl font-bold" data-testid="diagnosis-title">
        {topClass.title}
      </h3>
      <FindingSummary finding={top} errorClass={topClass} paste={paste} />
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
      {others.length > 0 && (
        <section className="mt-4" aria-labelledby="also-found">
          <h4 id="also-found" className="font-semibold">
            Also in your paste
          </h4>
          <ul className="mt-1 list-disc pl-5">
            {others.map((finding) => {
              const errorClass = errorClassById.get(finding.id);
              return errorClass ? (
                <li key={finding.id}>
                  <Link to={paths.fix.href(finding.id, { client: finding.client ?? undefined })}>
                    {errorClass.title}
                  </Link>{' '}
                  ({finding.certainty} match{finding.occurrences > 1 ? `, ${finding.occurrences} times` : ''})
                </li>
              ) : null;
            })}
          </ul>
        </section>
      )}
    </div>
  );
}
