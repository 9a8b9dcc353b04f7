import { lazy, Suspense, useEffect, useId, useMemo, useState } from 'react';
import type { ConfigAnalysis } from '../../core/config/analyze-config-text.ts';

// The analyser (and json5, and the catalogue its findings name) loads once there is a config.
type ConfigAnalyzer = typeof import('../../core/config/analyze-config-text.ts');
let analyzer: Promise<ConfigAnalyzer> | null = null;
function loadAnalyzer(): Promise<ConfigAnalyzer> {
  analyzer ??= import('../../core/config/analyze-config-text.ts');
  return analyzer;
}
const ConfigSummary = lazy(() => import('./config-panel.tsx').then((module) => ({ default: module.ConfigSummary })));

/** The optional openclaw.json field and what it says; reports its analysis to the page. */
export function ConfigInput({
  value,
  onChange,
  onAnalysis,
  errorClassId = null,
  className,
}: {
  value: string;
  onChange: (text: string) => void;
  onAnalysis: (analysis: ConfigAnalysis | null) => void;
  /** The class of the pasted error: some findings compare the config with it. */
  errorClassId?: string | null;
  className: string;
}) {
  const helpId = useId();
  // The analysis is async (json5 loads on demand); keep the text it belongs to, so a stale
  // answer for an older config is never shown.
  const [analyzed, setAnalyzed] = useState<{
    text: string;
    analysis: ConfigAnalysis;
    withErrorClass: ConfigAnalyzer['withErrorClass'];
  } | null>(null);
  const latest = analyzed && analyzed.text === value ? analyzed : null;
  const analysis = useMemo(
    () => (latest ? latest.withErrorClass(latest.analysis, errorClassId) : null),
    [latest, errorClassId],
  );

  useEffect(() => {
    if (value.trim() === '') return;
    let current = true;
    void loadAnalyzer().then(async ({ analyzeConfigText, withErrorClass }) => {
      const result = await analyzeConfigText(value);
      if (current) setAnalyzed({ text: value, analysis: result, withErrorClass });
    });
    return () => {
      current = false;
    };
  }, [value]);

  useEffect(() => {
    onAnalysis(analysis);
  }, [analysis, onAnalysis]);

  return (
    <div>
      <label htmlFor="config" className="font-semibold">
        Your openclaw.json <span className="font-normal">(optional)</span>
      </label>
      <p id={helpId} className="text-sm text-slate-700 dark:text-slate-300">
        Comments and trailing commas are fine. Used to check your gateway auth settings and rank the causes; tokens are
        only ever shown masked.
      </p>
      <textarea
        id="config"
        aria-describedby={helpId}
        value={value}
        onChange={(event) => {
          onChange(event.target.value);
        }}
        rows={10}
        spellCheck={false}
        autoComplete="off"
        placeholder={'{\n  gateway: { auth: { token: "…" } },\n}'}
        className={className}
      />
      {analysis && (
        <Suspense fallback={null}>
          <ConfigSummary analysis={analysis} />
        </Suspense>
      )}
    </div>
  );
}
