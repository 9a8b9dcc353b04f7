import type { ConfigAnalysis } from '../../core/config/analyze-config-text.ts';
import type { TokenValue } from '../../core/config/gateway-tokens.ts';
import { maskToken } from '../../core/redact/mask-secrets.ts';

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

/** What the pasted config says about the gateway tokens: masked, never in full. */
export function ConfigSummary({ analysis, configText }: { analysis: ConfigAnalysis; configText: string }) {
  if (!analysis.ok) {
    const { line, column, message } = analysis.error;
    const sourceLine = configText.split(/\r?\n/)[line - 1] ?? '';
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
        <pre
          className="mt-2 overflow-x-auto font-mono text-sm"
          aria-label={`Line ${line} with a caret under column ${column}`}
        >
          {`${sourceLine.slice(0, 200)}\n${' '.repeat(Math.max(0, Math.min(column - 1, 200)))}^`}
        </pre>
      </div>
    );
  }
  const { tokens } = analysis;
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
    </div>
  );
}
