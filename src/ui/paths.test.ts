import { describe, expect, it } from 'vitest';
import {
  everyPagePath,
  fixGuideSections,
  parseErrorCodeParameter,
  parseFixFacets,
  parseGuideSlug,
  paths,
  prerenderedFile,
  readShareFragment,
  withBase,
} from './paths.ts';

describe('fix link facets', () => {
  it('round-trips client, platform and version through the URL', () => {
    const href = paths.fix.href('gateway-token-mismatch', {
      client: 'cli',
      platform: 'docker-compose',
      version: '2026.2.15',
    });
    expect(href).toBe('/fix/gateway-token-mismatch?client=cli&platform=docker-compose&version=2026.2.15');
    expect(parseFixFacets(new URL(href, 'http://x').searchParams)).toEqual({
      client: 'cli',
      platform: 'docker-compose',
      version: '2026.2.15',
    });
  });

  it('drops each unknown or malformed value on its own', () => {
    const facets = parseFixFacets(new URLSearchParams('client=cli&platform=amiga&version=latest'));
    expect(facets).toEqual({ client: 'cli', platform: undefined, version: undefined });
    expect(parseFixFacets(new URLSearchParams('version=2026.3.1-beta.2')).version).toBe('2026.3.1-beta.2');
  });
});

describe('code links for tools that only know a code', () => {
  it('carry the code and the facets, and read back the code', () => {
    const href = paths.doctor.codeHref('AUTH_TOKEN_MISMATCH', { client: 'cli', version: '2026.2.15' });
    expect(href).toBe('/?code=AUTH_TOKEN_MISMATCH&client=cli&version=2026.2.15');
    const search = new URL(href, 'http://x').searchParams;
    expect(parseErrorCodeParameter(search)).toBe('AUTH_TOKEN_MISMATCH');
    expect(parseFixFacets(search)).toEqual({ client: 'cli', version: '2026.2.15' });
  });

  it('read a close reason with spaces, and nothing when there is no code or it is too long', () => {
    const reason = paths.doctor.codeHref('unauthorized: gateway token mismatch');
    expect(parseErrorCodeParameter(new URL(reason, 'http://x').searchParams)).toBe(
      'unauthorized: gateway token mismatch',
    );
    expect(parseErrorCodeParameter(new URLSearchParams(''))).toBeNull();
    expect(parseErrorCodeParameter(new URLSearchParams('code=%20'))).toBeNull();
    expect(parseErrorCodeParameter(new URLSearchParams(`code=${'x'.repeat(201)}`))).toBeNull();
  });
});

describe('fix guide section links', () => {
  it('point at a stable section of the fix page, after its facets', () => {
    expect(paths.fix.sectionHref('gateway-token-mismatch', fixGuideSections.steps)).toBe(
      '/fix/gateway-token-mismatch#steps',
    );
    const href = paths.fix.sectionHref('gateway-token-mismatch', fixGuideSections.verify, { client: 'cli' });
    expect(href).toBe('/fix/gateway-token-mismatch?client=cli#verify');
    const url = new URL(href, 'http://x');
    expect(url.hash).toBe(paths.section.href('verify'));
    expect(parseFixFacets(url.searchParams)).toEqual({ client: 'cli' });
  });
});

describe('other URLs', () => {
  it('reads a share fragment only from #share=', () => {
    expect(readShareFragment(paths.doctor.shareHref('1d2.ab.000000').slice(1))).toBe('1d2.ab.000000');
    expect(readShareFragment('#layer-2')).toBeNull();
    expect(readShareFragment('')).toBeNull();
  });

  it('accepts only slug-shaped guide names', () => {
    expect(parseGuideSlug('docker-and-compose')).toBe('docker-and-compose');
    expect(parseGuideSlug('../etc/passwd')).toBeNull();
    expect(parseGuideSlug(undefined)).toBeNull();
  });

  it('lists every page and where a static host finds it, under any base', () => {
    const pages = everyPagePath(['gateway-token-mismatch'], ['gateway-auth']);
    expect(pages).toEqual(['/', '/guides', '/guides/gateway-auth', '/fix/gateway-token-mismatch']);
    expect(pages.map(prerenderedFile)).toEqual([
      'index.html',
      'guides/index.html',
      'guides/gateway-auth/index.html',
      'fix/gateway-token-mismatch/index.html',
    ]);
    expect(withBase('/error-doctor/', '/guides')).toBe('/error-doctor/guides');
    expect(withBase('/', '/guides')).toBe('/guides');
  });
});
