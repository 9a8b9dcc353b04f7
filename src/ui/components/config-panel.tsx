import { useId } from 'react';
import { Link } from 'react-router';
import type { ConfigAnalysis } from '../../core/config/analyze-config-text.ts';
import type { FindingSeverity, LocatedFinding } from '../../core/config/config-finding.ts';
import type { TokenValue } from '../../core/config/gateway-tokens.ts';
import { maskToken } from '../../core/redact/mask-secrets.ts';
import { errorClassById } from '../../content/error-classes/index.ts';
import { paths } from '../paths.ts';
import { CommandBlock } from './command-block.tsx';

function describeToken(token: TokenValue): string {
  switch (token.kind) {
    case 'absent':
      return 'not set';
    case 'literal':
      return token.value.trim() === '' ? 'empty' : maskToken(token.value);
    case 'environment':
      return `from the environment variable ${token.variable}`;
    case 'secret-ref':
      return `a SecretRef (${token.source}: ${token.id}); its value is not in the file`;
  }
}

const relationText: Record<string, string> = {
  equal: 'They are equal.',
  different: 'They differ: a CLI in remote mode will send a token the gateway rejects.',
  'remote-missing': 'gateway.remote.token is not set (fine on the gateway host; a remote client needs it).',
  'auth-missing': 'gateway.auth.token is not set: the gateway generates or reads its token elsewhere.',
  'both-missing': 'Neither token is set in this file.',
  unknown: 'They come from different sources, so they cannot be compared here.',
};

const severityLabel: Record<FindingSeverity, string> = { error: 'Problem', warning: 'Warning', info: 'Note' };
const severityClass: Record<FindingSeverity, string> = {
  error: 'border-red-700 bg-red-50 dark:border-red-400 dark:bg-red-950',
  warning: 'border-amber-700 bg-amber-50 dark:border-amber-400 dark:bg-amber-950',
  info: 'border-sky-700 bg-sky-50 dark:border-sky-400 dark:bg-sky-950',
};

function FindingItem({ finding }: { finding: LocatedFinding }) {
  const related = finding.errorClassId ? errorClassById.get(finding.errorClassId) : undefined;
  return (
    <li
      className={`rounded-md border-l-4 p-3 ${severityClass[finding.severity]}`}
      data-testid="config-finding"
      data-finding-id={finding.id}
    >
      <p>
        <span className="font-semibold">{severityLabel[finding.severity]}:</span>{' '}
        <code className="font-mono text-sm">{finding.path}</code>
        {finding.line !== null && <span className="text-sm"> (line {finding.line})</span>}
      </p>
      <p className="mt-1">{finding.message}</p>
      <p className="mt-1">
        <span className="font-semibold">What to do:</span> {finding.fix}
      </p>
      {finding.commands.map((command) => (
        <CommandBlock key={command} command={command} label={`Copy: ${command}`} />
      ))}
      {related && (
        <p className="mt-2 text-sm">
          OpenClaw reports this as{' '}
          <Link to={paths.fix.href(related.id)} className="underline">
            {related.title}
          </Link>
          : its fix guide has every step.
        </p>
      )}
    </li>
  );
}

/** What the pasted config says about the gateway tokens, and what is wrong in it: masked, never in full. */
export function ConfigSummary({ analysis }: { analysis: ConfigAnalysis }) {
  const findingsHeadingId = useId();
  if (!analysis.ok) {
    const { line, column, message, excerpt } = analysis.error;
    return (
      <div
        role="alert"
        className="mt-2 rounded-md border-l-4 border-red-700 bg-red-50 p-3 dark:bg-red-950"
        data-testid="config-error"
      >
        <p className="font-semibold">
          Your openclaw.json could not be read: line {line}, column {column}
        </p>
        <p className="mt-1">{message}</p>
        {excerpt !== '' && (
          <pre
            className="mt-2 overflow-x-auto font-mono text-sm"
            aria-label={`Line ${line} with a caret under column ${column}`}
          >
            {excerpt}
          </pre>
        )}
      </div>
    );
  }
  const { tokens, findings } = analysis;
  return (
    <div className="mt-2 rounded-md border border-slate-300 p-3 dark:border-slate-700" data-testid="config-summary">
      <p className="font-semibold">Read from your config (tokens masked)</p>
      <dl className="mt-1 grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[max-content_1fr]">
        <dt className="font-mono">gateway.auth.token</dt>
        <dd>{describeToken(tokens.authToken)}</dd>
        <dt className="font-mono">gateway.remote.token</dt>
        <dd>{describeToken(tokens.remoteToken)}</dd>
      </dl>
      <p className="mt-2 text-sm" data-testid="token-relation">
        {relationText[tokens.relation]}
      </p>
      <p className="mt-3 font-semibold" id={findingsHeadingId}>
        {findings.length === 0
          ? 'No problems found in the gateway auth settings'
          : `${findings.length} finding${findings.length === 1 ? '' : 's'} in your config`}
      </p>
      {findings.length > 0 && (
        <ul aria-labelledby={findingsHeadingId} className="mt-2 space-y-2">
          {findings.map((finding) => (
            <FindingItem key={`${finding.id}:${finding.path}`} finding={finding} />
          ))}
        </ul>
      )}
    </div>
  );
}
