import type { OpenclawConfig } from '../../core/config/openclaw-config-schema.ts';
import { buildTokenSourceMap, type CredentialCandidate, type EdgeStatus } from '../../core/config/token-source-map.ts';

const edgeText: Record<EdgeStatus, { mark: string; label: string; className: string }> = {
  equal: {
    mark: '✓',
    label: 'equal',
    className: 'border-green-700 text-green-900 dark:border-green-400 dark:text-green-200',
  },
  different: {
    mark: '✗',
    label: 'different',
    className: 'border-red-700 text-red-900 dark:border-red-400 dark:text-red-200',
  },
  unknown: {
    mark: '?',
    label: 'not known from this config',
    className: 'border-slate-500 text-slate-800 dark:border-slate-400 dark:text-slate-200',
  },
};

function Candidates({ candidates, label }: { candidates: readonly CredentialCandidate[]; label: string }) {
  return (
    <ol aria-label={label} className="mt-1 list-decimal space-y-1 pl-5 text-sm">
      {candidates.map((candidate) => (
        <li key={candidate.label} className={candidate.wins ? 'font-semibold' : undefined}>
          <code className="font-mono">{candidate.label}</code>: {candidate.value}
          {candidate.wins && <span> (wins)</span>}
        </li>
      ))}
    </ol>
  );
}

/**
 * Which credential the gateway enforces and what each client sends, as a diagram: clients on
 * the left, the gateway on the right, one labelled edge per client. Lists in precedence order
 * carry the same content as text, so it reads the same without the picture.
 */
export function TokenSourceMap({ config }: { config: OpenclawConfig }) {
  const map = buildTokenSourceMap(config);
  return (
    <details
      open
      className="mt-6 rounded-md border border-slate-300 p-3 [overflow-wrap:anywhere] dark:border-slate-700"
    >
      <summary className="cursor-pointer font-semibold">Token source map: who sends what, who checks it</summary>
      <figure className="mt-2" data-testid="token-source-map">
        <figcaption className="text-sm text-slate-700 dark:text-slate-300">
          Each list is in precedence order: the first one that is set wins. Values are masked.
        </figcaption>
        <div className="mt-2 grid gap-3 lg:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]">
          <ul aria-label="Clients and what they send" className="grid gap-2 sm:grid-cols-2">
            {map.clients.map((client) => {
              const edge = edgeText[client.status];
              return (
                <li
                  key={client.id}
                  className="rounded-md border border-slate-300 p-2 dark:border-slate-700"
                  data-testid={`source-map-client-${client.id}`}
                >
                  <p className="font-semibold">{client.label} sends</p>
                  <Candidates candidates={client.sends} label={`What the ${client.label} sends`} />
                  <p className={`mt-2 rounded border-2 px-2 py-1 text-sm ${edge.className}`} data-edge={client.status}>
                    <span aria-hidden="true">{edge.mark} ──▶ </span>
                    Gateway: {edge.label}. {client.note}
                  </p>
                  {client.status === 'unknown' && client.reveal.length > 0 && (
                    <ul aria-label={`How to check: ${client.label}`} className="mt-1 text-sm">
                      {client.reveal.map((step) => (
                        <li key={step.how}>
                          <span className="font-semibold">{step.when}:</span>{' '}
                          <code className="font-mono">{step.how}</code>
                        </li>
                      ))}
                    </ul>
                  )}
                </li>
              );
            })}
          </ul>
          <div
            className="self-start rounded-md border-2 border-slate-700 p-2 dark:border-slate-300"
            data-testid="source-map-gateway"
          >
            <p className="font-semibold">The gateway enforces</p>
            <p className="text-sm">
              Auth mode: <code className="font-mono">{map.mode}</code>
            </p>
            <Candidates candidates={map.gateway} label="What the gateway enforces, first wins" />
            <p className="mt-2 text-sm font-semibold">Where its environment variables come from</p>
            <ul aria-label="Service environments" className="list-disc pl-5 text-sm">
              {map.serviceEnvironments.map((environment) => (
                <li key={environment}>{environment}</li>
              ))}
            </ul>
          </div>
        </div>
      </figure>
    </details>
  );
}
