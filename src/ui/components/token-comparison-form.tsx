import { useEffect, useState } from 'react';
import {
  compareTokens,
  flawText,
  type PairRelation,
  type TokenComparison as Comparison,
  type TokenSighting,
} from '../../core/config/compare-tokens.ts';

interface Source {
  readonly key: number;
  name: string;
  text: string;
}

const maxSources = 6;

const relationText: Record<PairRelation, string> = {
  equal: 'the same token',
  'equal-apart-from-flaws': 'the same token apart from what surrounds it',
  'different-same-length': 'different tokens of the same length (an older token from the same generator?)',
  different: 'different tokens',
};

const verdictText: Record<Comparison['verdict'], string> = {
  match: 'Match: every token found is the same.',
  'near-miss': 'Near miss: the tokens are the same apart from quotes, spaces or line breaks around them.',
  mismatch: 'Mismatch: not every token is the same.',
  'nothing-to-compare': 'Paste at least two sources that contain a token to compare them.',
};

function describeSighting(sighting: TokenSighting): string {
  return `${sighting.source}, ${sighting.where}`;
}

/**
 * Compare the tokens on several machines without showing them: each source is hashed in the
 * browser (SHA-256 via Web Crypto) and only the fingerprint and length are shown.
 */
export function TokenComparisonForm() {
  const [sources, setSources] = useState<Source[]>([
    { key: 1, name: 'Gateway host', text: '' },
    { key: 2, name: 'Client', text: '' },
  ]);
  const [result, setResult] = useState<{ for: readonly Source[]; comparison: Comparison } | null>(null);
  // Web Crypto exists only in secure contexts (https, localhost); served elsewhere we say so.
  const subtle = globalThis.isSecureContext ? crypto.subtle : null;

  useEffect(() => {
    if (!subtle || sources.every((source) => source.text.trim() === '')) return;
    let current = true;
    void compareTokens(
      subtle,
      sources.map((source, index) => ({ label: source.name.trim() || `Source ${index + 1}`, text: source.text })),
    ).then((comparison) => {
      if (current) setResult({ for: sources, comparison });
    });
    return () => {
      current = false;
    };
  }, [sources, subtle]);

  const comparison = result?.for === sources ? result.comparison : null;
  const update = (key: number, change: Partial<Source>) => {
    setSources((all) => all.map((source) => (source.key === key ? { ...source, ...change } : source)));
  };

  return (
    <>
      <p className="mt-2 max-w-prose">
        Paste what each machine has: an openclaw.json, a .env or <code>export</code> line, a docker-compose.yml, a
        systemd <code>Environment=</code> line, or the token itself. Tokens are compared by a fingerprint (the first 8
        characters of their SHA-256) and their length, computed in this page; the tokens themselves are never shown.
      </p>
      <div className="mt-3 grid gap-4 md:grid-cols-2">
        {sources.map((source, index) => (
          <fieldset key={source.key} className="rounded-md border border-slate-300 p-3 dark:border-slate-700">
            <legend className="px-1 font-semibold">Source {index + 1}</legend>
            <label htmlFor={`token-source-name-${source.key}`} className="text-sm">
              Machine or file
            </label>
            <input
              id={`token-source-name-${source.key}`}
              value={source.name}
              onChange={(event) => {
                update(source.key, { name: event.target.value });
              }}
              autoComplete="off"
              className="mt-1 block w-full rounded-md border border-slate-500 bg-white p-2 text-sm text-slate-900 dark:bg-slate-900 dark:text-slate-100"
            />
            <label htmlFor={`token-source-text-${source.key}`} className="mt-2 block text-sm">
              What source {index + 1} has
            </label>
            <textarea
              id={`token-source-text-${source.key}`}
              value={source.text}
              onChange={(event) => {
                update(source.key, { text: event.target.value });
              }}
              rows={5}
              spellCheck={false}
              autoComplete="off"
              data-testid="token-source"
              className="mt-1 block w-full rounded-md border border-slate-500 bg-white p-2 font-mono text-sm text-slate-900 dark:bg-slate-900 dark:text-slate-100"
            />
            {sources.length > 2 && (
              <button
                type="button"
                onClick={() => {
                  setSources((all) => all.filter((other) => other.key !== source.key));
                }}
                className="mt-2 rounded-md border border-slate-500 px-2 py-1 text-sm"
              >
                Remove source {index + 1}
              </button>
            )}
          </fieldset>
        ))}
      </div>
      {sources.length < maxSources && (
        <button
          type="button"
          onClick={() => {
            setSources((all) => [
              ...all,
              { key: Math.max(...all.map((source) => source.key)) + 1, name: '', text: '' },
            ]);
          }}
          className="mt-3 rounded-md border border-slate-500 px-3 py-1"
        >
          Add another source
        </button>
      )}
      <div aria-live="polite" className="mt-4">
        {!subtle && (
          <p role="alert">
            This page is not served over https or from localhost, so the browser offers no Web Crypto and tokens cannot
            be compared here.
          </p>
        )}
        {comparison && <ComparisonResult comparison={comparison} />}
      </div>
    </>
  );
}

function ComparisonResult({ comparison }: { comparison: Comparison }) {
  const { sightings, pairs, references, empty, skipped, verdict } = comparison;
  return (
    <div data-testid="token-comparison-result" data-verdict={verdict}>
      <p className="text-lg font-semibold" data-testid="token-comparison-verdict">
        {verdictText[verdict]}
      </p>
      {sightings.length > 0 && (
        <div className="mt-2 overflow-x-auto">
          <table className="min-w-full text-left text-sm">
            <caption className="sr-only">Tokens found, by fingerprint and length</caption>
            <thead>
              <tr>
                <th scope="col" className="pr-3">
                  Found in
                </th>
                <th scope="col" className="pr-3">
                  Used for
                </th>
                <th scope="col" className="pr-3">
                  Length
                </th>
                <th scope="col" className="pr-3">
                  Fingerprint
                </th>
                <th scope="col">Watch out</th>
              </tr>
            </thead>
            <tbody>
              {sightings.map((sighting) => (
                <tr key={describeSighting(sighting)} className="border-t border-slate-300 dark:border-slate-700">
                  <td className="pr-3">{describeSighting(sighting)}</td>
                  <td className="pr-3">{sighting.role}</td>
                  <td className="pr-3">{sighting.length}</td>
                  <td className="pr-3 font-mono" data-testid="token-fingerprint">
                    {sighting.fingerprint}
                  </td>
                  <td>{sighting.flaws.map((flaw) => flawText[flaw]).join('; ') || '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {pairs.length > 0 && (
        <ul aria-label="Each pair of tokens" className="mt-2 list-disc pl-5 text-sm">
          {pairs.map((pair) => {
            const first = sightings[pair.first];
            const second = sightings[pair.second];
            if (!first || !second) return null;
            return (
              <li key={`${pair.first}-${pair.second}`} data-relation={pair.relation}>
                {describeSighting(first)} and {describeSighting(second)}: {relationText[pair.relation]}.
              </li>
            );
          })}
        </ul>
      )}
      {references.map((reference) => (
        <p key={`${reference.source}:${reference.where}`} className="mt-2 text-sm">
          {reference.source}, {reference.where}: comes from {reference.from}, so its value is not in what you pasted. On
          the gateway host, <code>openclaw gateway auth-token --show</code> prints the resolved token (newer than
          2026.4.12).
        </p>
      ))}
      {skipped > 0 && (
        <p className="mt-2 text-sm">
          {skipped} more token{skipped === 1 ? '' : 's'} left out: only the first {sightings.length} are compared. Paste
          just the lines that matter.
        </p>
      )}
      {empty.length > 0 && (
        <p className="mt-2 text-sm">
          No token found in: {empty.join(', ')}. Paste a line with OPENCLAW_GATEWAY_TOKEN, an openclaw.json with
          gateway.auth.token or gateway.remote.token, or the token alone.
        </p>
      )}
    </div>
  );
}
