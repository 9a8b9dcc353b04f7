import { useId } from 'react';
import { assessOpenclawCommands, type CommandAssessment } from '../../content/openclaw-command-advice.ts';
import { CommandBlock } from './command-block.tsx';

const riskLabels: Record<CommandAssessment['risks'][number]['kind'], string> = {
  'prints-secret': 'Prints a secret',
  'changes-every-client': 'Affects every client',
  'preview-only': 'Only previews',
  'does-not-do-that': 'Does not do what you may think',
  'secret-on-command-line': 'Secret on the command line',
};

/**
 * When the paste is an `openclaw …` command rather than an error: does it exist (in the release
 * the paste names), what does it risk, what to run instead. The same check as
 * `error-doctor check-command` (src/content/openclaw-command-advice.ts). Loaded with the paste.
 */
export default function CommandCheck({ paste, version }: { paste: string; version: string | null }) {
  const headingId = useId();
  const assessments = assessOpenclawCommands(paste, version);
  if (assessments.length === 0) return null;
  return (
    <section aria-labelledby={headingId} data-testid="command-check" className="mt-8">
      <h2 id={headingId} className="text-xl font-semibold">
        Command check
      </h2>
      <p className="mt-1 text-slate-700 dark:text-slate-300">
        {version
          ? `Checked for OpenClaw ${version}, as read from your paste.`
          : 'Checked against every OpenClaw release. Paste the banner line too (🦞 OpenClaw 2026.x.y, printed at the top of any openclaw command) to check your release.'}
      </p>
      <ul className="mt-3 space-y-4">
        {assessments.map((assessment, index) => (
          <li key={`${String(index)}-${assessment.command}`} data-testid="command-assessment">
            <p className="font-mono text-sm break-all">{assessment.command}</p>
            <p className={assessment.problem ? 'mt-1 font-semibold text-red-800 dark:text-red-300' : 'mt-1'}>
              {assessment.problem ??
                `This command exists${assessment.availability ? ` (OpenClaw ${assessment.availability})` : ''}.`}
            </p>
            {assessment.risks.length > 0 && (
              <ul className="mt-1 list-disc pl-6">
                {assessment.risks.map((risk) => (
                  <li key={risk.text}>
                    <strong>{riskLabels[risk.kind]}:</strong> {risk.text}
                  </li>
                ))}
              </ul>
            )}
            {assessment.instead.length > 0 && (
              <div className="mt-2">
                <p className="font-semibold">{assessment.problem ? 'Run instead' : 'See also'}</p>
                {assessment.instead.map((step) => (
                  <div key={step.command}>
                    <CommandBlock command={step.command} label={step.command} />
                    <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">{step.why}</p>
                  </div>
                ))}
              </div>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
