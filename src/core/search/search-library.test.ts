import { describe, expect, it } from 'vitest';
import { indexLibrary, searchLibrary, type LibraryEntry } from './search-library.ts';

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
