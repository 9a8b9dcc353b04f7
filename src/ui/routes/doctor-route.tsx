import { lazy, Suspense, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { ConfigAnalysis } from '../../core/config/analyze-config-text.ts';
import { looksLikeOpenclawCommand } from '../../core/classify/looks-like-command.ts';
import { rankingFactsFor } from '../../core/diagnosis-facts.ts';
import { CodeLinkOpener } from '../components/code-link-opener.tsx';
import { ConfigInput } from '../components/config-input.tsx';
import { FeedbackSlot, ShareSlot } from '../components/diagnosis-follow-up.tsx';
import { DiagnosisPanel, FixGuide } from '../components/lazy-results.tsx';
import { PageMeta } from '../components/page-meta.tsx';
import { PasteStatus } from '../components/paste-status.tsx';
import { SharedPasteOpener } from '../components/shared-paste-opener.tsx';
import { TokenComparison } from '../components/token-comparison.tsx';
import { takeLargePaste, textareaValue } from '../large-paste.ts';
import { useContent } from '../lazy-content.ts';
import { usePasteReading } from '../use-diagnosis.ts';

// Shown only when the paste is an `openclaw …` command: not part of the page's first load.
const CommandCheck = lazy(() => import('../components/command-check.tsx'));

// Shown only once a config has been analysed: not part of the page's first load.
const TokenSourceMap = lazy(() =>
  import('../components/token-source-map.tsx').then((module) => ({ default: module.TokenSourceMap })),
);

const fieldClass =
  'mt-1 block w-full rounded-md border border-slate-500 bg-white p-3 font-mono text-sm text-slate-900 dark:border-slate-500 dark:bg-slate-900 dark:text-slate-100';

const doctorDescription =
  'Paste an OpenClaw gateway connection error and get the exact fix. Runs entirely in your browser.';

/** The doctor: paste an error (and optionally a config), get the diagnosis and the fix. */
export function DoctorRoute() {
  const [paste, setPaste] = useState('');
  const [configText, setConfigText] = useState('');
  const [configAnalysis, setConfigAnalysis] = useState<ConfigAnalysis | null>(null);
  const resultHeading = useRef<HTMLHeadingElement>(null);
  const pasteHelpId = useId();

  const reading = usePasteReading(paste);
  const diagnosis = reading?.diagnosis ?? null;
  const top = diagnosis?.findings[0];
  const content = useContent();
  const nearest = top?.certainty === 'nearest';
  // A nearest-known answer is a guess: named in the diagnosis, but its fix guide is not laid out as the answer.
  const topClass = top && !nearest ? content?.errorClassById.get(top.id) : undefined;
  const nearestClass = top && nearest ? content?.errorClassById.get(top.id) : undefined;
  const facts = useMemo(() => rankingFactsFor(reading, configAnalysis), [reading, configAnalysis]);

  function onKeyDown(event: KeyboardEvent<HTMLTextAreaElement>): void {
    // Ctrl/Cmd+Enter: jump to the answer (there is no submit button: it is already there).
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      resultHeading.current?.focus();
    }
  }

  return (
    <>
      <PageMeta title="Error Doctor: fix OpenClaw gateway connection errors" description={doctorDescription} path="/" />
      <h1 className="text-3xl font-bold">Why can’t my OpenClaw client connect?</h1>
      <p className="mt-2 max-w-prose">
        Paste the error, or a whole terminal dump or log. Error Doctor recognises gateway token and device token
        failures, shows the exact text it matched, and gives the fix for your platform.
      </p>

      <CodeLinkOpener />
      <SharedPasteOpener onOpen={setPaste} />
      <div className="mt-6 grid gap-6 lg:grid-cols-2">
        <div>
          <label htmlFor="paste" className="font-semibold">
            Your error or log
          </label>
          <p id={pasteHelpId} className="text-sm text-slate-700 dark:text-slate-300">
            It never leaves this page. Ctrl+Enter (⌘+Enter) jumps to the diagnosis.
          </p>
          <textarea
            id="paste"
            aria-describedby={pasteHelpId}
            value={textareaValue(paste)}
            onChange={(event) => {
              setPaste(event.target.value);
            }}
            onPaste={(event) => {
              takeLargePaste(event, setPaste);
            }}
            onKeyDown={onKeyDown}
            rows={10}
            spellCheck={false}
            autoComplete="off"
            placeholder="disconnected (1008): unauthorized: gateway token mismatch (…)"
            className={fieldClass}
          />
          <PasteStatus
            paste={paste}
            onClear={() => {
              setPaste('');
            }}
          />
        </div>
        <ConfigInput
          value={configText}
          onChange={setConfigText}
          onAnalysis={setConfigAnalysis}
          errorClassId={topClass?.id ?? null}
          className={fieldClass}
        />
      </div>
      {configAnalysis?.ok && (
        <Suspense fallback={null}>
          <TokenSourceMap config={configAnalysis.config} />
        </Suspense>
      )}

      {looksLikeOpenclawCommand(paste) && (
        <Suspense fallback={null}>
          <CommandCheck paste={paste} version={reading?.version.exact ?? null} />
        </Suspense>
      )}

      <p role="status" className="sr-only">
        {diagnosis
          ? topClass
            ? `Diagnosis: ${topClass.title}`
            : nearestClass
              ? `Closest known error: ${nearestClass.title} (not an exact match)`
              : 'Not recognised'
          : ''}
      </p>
      <section aria-labelledby="result-heading" className="mt-8">
        <h2
          id="result-heading"
          ref={resultHeading}
          tabIndex={-1}
          className="text-sm font-semibold tracking-wide text-slate-700 uppercase dark:text-slate-300"
        >
          Diagnosis
        </h2>
        {diagnosis ? (
          <>
            <DiagnosisPanel diagnosis={diagnosis} paste={paste} reading={reading ?? undefined} />
            <ShareSlot diagnosis={diagnosis} paste={paste} />
          </>
        ) : (
          <p className="mt-1 text-slate-700 dark:text-slate-300">Paste an error above: the answer appears here.</p>
        )}
      </section>

      {topClass && (
        <section
          aria-label={`Fix guide: ${topClass.title}`}
          className="mt-8 border-t border-slate-300 pt-6 dark:border-slate-700"
        >
          <FixGuide errorClass={topClass} facts={facts} version={reading?.version ?? null} />
          {diagnosis && <FeedbackSlot diagnosis={diagnosis} paste={paste} facts={facts} />}
        </section>
      )}
      <TokenComparison />
    </>
  );
}

/** The route module's component, for lazy loading (src/ui/app-routes.tsx). */
export { DoctorRoute as Component };
