import { describe, expect, it } from 'vitest';
import { indexLibrary, mayBeErrorText, searchLibrary, type LibraryEntry } from './search-library.ts';

const entry = (
  kind: LibraryEntry['kind'],
  id: string,
  title: string,
  extra: Partial<LibraryEntry> = {},
): LibraryEntry => ({
  kind,
  id,
  title,
  description: '',
  headings: [],
  keywords: [],
  text: '',
  classIds: kind === 'fix' ? [id] : [],
  ...extra,
});

const library = indexLibrary([
  entry('guide', 'docker-and-compose', 'Docker and Compose', { text: 'volume environment OPENCLAW_GATEWAY_TOKEN' }),
  entry('guide', 'windows-and-wsl', 'Windows and WSL', { keywords: ['PowerShell'] }),
  entry('guide', 'gateway-auth', 'How gateway auth works', {
    headings: ['Device token', 'Pairing'],
    classIds: ['device-token-mismatch'],
  }),
  entry('fix', 'device-token-mismatch', 'Device token mismatch'),
  entry('fix', 'gateway-token-mismatch', 'Gateway token mismatch'),
]);

const ids = (query: string, recognised: string[] = []): string[] =>
  searchLibrary(library, query, recognised).map((hit) => hit.entry.id);

describe('searchLibrary', () => {
  it('finds by words in any field, title first, and by an unfinished last word', () => {
    expect(ids('docker')).toEqual(['docker-and-compose']);
    expect(ids('powershell')).toEqual(['windows-and-wsl']);
    expect(ids('pairing')).toEqual(['gateway-auth']);
    expect(ids('wsl wind')).toEqual(['windows-and-wsl']);
    expect(ids('device token')[0]).toBe('device-token-mismatch');
  });

  it('finds words inside dotted and underscored names', () => {
    expect(ids('gateway token')).toContain('docker-and-compose');
  });

  it('puts the recognised class first, then guides about it, for a pasted error', () => {
    const found = ids('unauthorized: device token mismatch (rotate/reissue device token)', ['device-token-mismatch']);
    expect(found.slice(0, 2)).toEqual(['device-token-mismatch', 'gateway-auth']);
  });

  it('finds nothing for nothing, and for words nowhere in the library', () => {
    expect(ids('')).toEqual([]);
    expect(ids('kubernetes')).toEqual([]);
  });
});

describe('the built index', () => {
  it('finds the same pages after a round trip through JSON, as the browser gets it', () => {
    const shipped = JSON.parse(JSON.stringify(library)) as typeof library;
    for (const query of ['docker', 'wsl wind', 'device token', 'gateway token', 'pairing']) {
      expect(searchLibrary(shipped, query).map((hit) => hit.entry.id)).toEqual(ids(query));
    }
  });

  it('keeps each word once, in its heaviest field, and still scores it there', () => {
    const [indexed] = indexLibrary([
      entry('guide', 'docker-and-compose', 'Docker and Compose', { text: 'docker volume' }),
    ]);
    expect(indexed?.fields.title).toContain('docker');
    expect(indexed?.fields.text).toEqual(['volume']);
    expect(searchLibrary(indexLibrary([entry('guide', 'a', 'Docker', { text: 'docker' })]), 'dock')[0]?.score).toBe(8);
  });
});

describe('mayBeErrorText', () => {
  it('is true for pasted error text and false for a few search words', () => {
    expect(mayBeErrorText('gateway closed (1008): unauthorized')).toBe(true);
    expect(mayBeErrorText('AUTH_TOKEN_MISMATCH')).toBe(true);
    expect(mayBeErrorText('gateway token mismatch')).toBe(true);
    expect(mayBeErrorText('compose volume')).toBe(false);
    expect(mayBeErrorText(' docker ')).toBe(false);
    expect(mayBeErrorText('')).toBe(false);
  });
});
