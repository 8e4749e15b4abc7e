// The address bar's language (contract §3): a path prefix names it; an older link's `?lang=` is read
// once and the address moves to that language's own URL, never keeping `?lang=`.
import { describe, expect, it } from 'vitest';
import { AppUrl } from '../../../src/lib/url/location.svelte';

/** An AppUrl settled on `pathname + search` for a browser preferring `languages`. */
function settled(pathname: string, search: string, languages: readonly string[]): AppUrl {
  const url = new AppUrl('/', { page: { pathname, search, hash: '' }, live: false, languages });
  url.settle();
  return url;
}

describe('AppUrl language', () => {
  it('follows the browser on an unprefixed page, and moves the address to that language', () => {
    const url = settled('/incidents/2023-09-17-lere/', '', ['en-GB']);
    expect(url.lang).toBe('en');
    expect(url.href({ kind: 'incident', id: '2023-09-17-lere' })).toBe('/en/incidents/2023-09-17-lere/');
  });

  it('keeps the language a prefix names, whatever the browser', () => {
    const url = settled('/en/incidents/2023-09-17-lere/', '', ['fr-FR']);
    expect(url.lang).toBe('en');
  });

  it.each([
    ['?lang=en', ['fr-FR'], 'en', '/en/incidents/2023-09-17-lere/'],
    ['?lang=fr', ['en-GB'], 'fr', '/incidents/2023-09-17-lere/'],
  ] as const)(
    'reads an older link’s %s over the browser, and writes no ?lang=',
    (search, browser, lang, href) => {
      const url = settled('/incidents/2023-09-17-lere/', search, browser);
      expect(url.lang).toBe(lang);
      expect(url.href({ kind: 'incident', id: '2023-09-17-lere' })).toBe(href);
    },
  );

  it('lets the reader switch away from what an older link asked for', () => {
    const url = settled('/incidents/2023-09-17-lere/', '?lang=fr', ['en-GB']);
    url.setLang('en');
    expect(url.lang).toBe('en');
  });
});
