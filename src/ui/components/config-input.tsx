import { useEffect, useId, useState } from 'react';
import { analyzeConfigText, type ConfigAnalysis } from '../../core/config/analyze-config-text.ts';
import { ConfigSummary } from './config-panel.tsx';

/** The optional openclaw.json field and what it says; reports its analysis to the page. */
export function ConfigInput({
  value,
  onChange,
  onAnalysis,
  className,
}: {
  value: string;
  onChange: (text: string) => void;
  onAnalysis: (analysis: ConfigAnalysis | null) => void;
  className: string;
}) {
  const helpId = useId();
  // The analysis is async (json5 loads on demand); keep the text it belongs to, so a stale
  // answer for an older config is never shown.
  const [analyzed, setAnalyzed] = useState<{ text: string; analysis: ConfigAnalysis } | null>(null);
  const analysis = analyzed && analyzed.text === value ? analyzed.analysis : null;

  useEffect(() => {
    if (value.trim() === '') return;
    let current = true;
    void analyzeConfigText(value).then((result) => {
      if (current) setAnalyzed({ text: value, analysis: result });
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
        Comments and trailing commas are fine. Used to rank the causes; tokens are only ever shown masked.
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
      {analysis && <ConfigSummary analysis={analysis} configText={value} />}
    </div>
  );
}
