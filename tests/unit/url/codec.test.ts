import { describe, expect, it } from 'vitest';
import { resolveLang } from '../../../src/lib/i18n/locales';
import {
  formatLocation,
  formatMapHash,
  parseLocation,
  parseMapHash,
  parseRoute,
  sharePath,
  type AppLocation,
} from '../../../src/lib/url/codec';

const loc = (href: string) => {
  const u = new URL(href, 'http://x');
  return { pathname: u.pathname, search: u.search, hash: u.hash };
};

describe('parseRoute', () => {
  it.each([
    ['/', '/', { kind: 'home' }],
    ['/recoupe/', '/recoupe/', { kind: 'home' }],
    ['/recoupe', '/recoupe/', { kind: 'home' }],
    ['/incidents/2023-09-17-lere/', '/', { kind: 'incident', id: '2023-09-17-lere' }],
    ['/incidents/2023-09-17-lere', '/', { kind: 'incident', id: '2023-09-17-lere' }],
    ['/incidents/2023-09-17-lere/index.html', '/', { kind: 'incident', id: '2023-09-17-lere' }],
    ['/recoupe/incidents/2023-09-17-lere/', '/recoupe/', { kind: 'incident', id: '2023-09-17-lere' }],
    ['/about/', '/', { kind: 'not-found', path: '/about/' }],
    ['/incidents/', '/', { kind: 'not-found', path: '/incidents/' }],
    ['/other/incidents/x/', '/recoupe/', { kind: 'not-found', path: '/other/incidents/x/' }],
  ])('reads %s under base %s', (path, base, expected) => {
    expect(parseRoute(path, base)).toEqual(expected);
  });

  it('treats a malformed id as an incident it does not have, never throwing', () => {
    expect(parseRoute('/incidents/%3Cscript%3E/', '/')).toEqual({ kind: 'incident', id: '<script>' });
    expect(parseRoute('/incidents/%E0%A4%A/', '/').kind).toBe('not-found');
  });
});

describe('map hash', () => {
  it('parses the OpenStreetMap form', () => {
    expect(parseMapHash('#map=6.5/16.27/-0.04')).toEqual({ zoom: 6.5, lat: 16.27, lon: -0.04 });
  });

  it.each([
    '',
    '#map=',
    '#map=6/16',
    '#map=a/b/c',
    '#map=6/95/0',
    '#map=6/0/200',
    '#map=99/0/0',
    '#map=6//1',
  ])('returns undefined for the malformed map param %j', (hash) => {
    expect(parseMapHash(hash)).toBeUndefined();
  });

  it('rounds to a precision that grows with zoom', () => {
    expect(formatMapHash({ zoom: 4, lat: 17.123456, lon: -1.987654 })).toBe('#map=4/17.12/-1.99');
    expect(formatMapHash({ zoom: 9.456, lat: 17.123456, lon: -1.987654 })).toBe('#map=9.46/17.1235/-1.9877');
  });
});

describe('locations round-trip', () => {
  const cases: [string, string][] = [
    ['/', '/'],
    ['/en/incidents/2023-09-17-lere/?claim=army-1#map=7/15.700/-4.900', '/'],
    [
      '/recoupe/?from=2023-09-01&to=2023-12-31&side=army,rebels&type=ambush&q=Kidal&contested=1&sort=contested&as=rebels',
      '/recoupe/',
    ],
  ];
  it.each(cases)('formats %s back to itself', (href, base) => {
    expect(formatLocation(parseLocation(loc(href), base), base)).toBe(href);
  });

  it('drops junk filter values instead of failing', () => {
    const l = parseLocation(loc('/?from=yesterday&contested=yes&lang=de&as=<b>&side=,,'), '/');
    expect(l.filters).toEqual({});
    expect(l.lang).toBeUndefined();
  });

  it('ignores ?claim= when no incident is open', () => {
    expect(parseLocation(loc('/?claim=army-1'), '/').claim).toBeUndefined();
  });

  it('orders list filters so equal views give equal URLs', () => {
    const a: AppLocation = { route: { kind: 'home' }, filters: { side: ['rebels', 'army'] } };
    expect(formatLocation(a, '/')).toBe('/?side=army,rebels');
  });
});

describe('resolveLang', () => {
  it.each([
    [undefined, ['fr-ML', 'en'], 'fr'],
    [undefined, ['en-GB'], 'en'],
    [undefined, ['bm'], 'en'],
    [undefined, [], 'fr'],
    ['en', ['fr-FR'], 'en'],
  ] as const)('explicit %s with browser %j gives %s', (explicit, langs, expected) => {
    expect(resolveLang(explicit, langs)).toBe(expected);
  });
});

describe('languages in the path', () => {
  it('reads /en/ as English and the unprefixed path as no language named', () => {
    expect(parseLocation(loc('/en/incidents/2023-09-17-lere/'), '/').lang).toBe('en');
    expect(parseLocation(loc('/incidents/2023-09-17-lere/'), '/').lang).toBeUndefined();
    expect(parseLocation(loc('/recoupe/en/'), '/recoupe/').route).toEqual({ kind: 'home' });
  });

  it('still reads ?lang= from older links, and never writes it', () => {
    const l = parseLocation(loc('/incidents/2023-09-17-lere/?lang=en'), '/');
    expect(l.lang).toBe('en');
    expect(formatLocation(l, '/')).toBe('/en/incidents/2023-09-17-lere/');
  });

  it('writes the site’s first language without a prefix', () => {
    expect(formatLocation({ route: { kind: 'home' }, filters: {}, lang: 'fr' }, '/')).toBe('/');
  });

  it('names the methodology and data pages', () => {
    expect(parseLocation(loc('/en/methodology/'), '/').route).toEqual({ kind: 'page', page: 'methodology' });
    expect(parseLocation(loc('/data/'), '/').route).toEqual({ kind: 'page', page: 'data' });
  });
});

describe('sharePath', () => {
  it('carries only the incident, the version and the language, never the sharer’s filters', () => {
    expect(sharePath('/', '2023-09-17-lere', 'fr', 'army-2')).toBe(
      '/incidents/2023-09-17-lere/?claim=army-2',
    );
    expect(sharePath('/r/', '2023-09-17-lere', 'en')).toBe('/r/en/incidents/2023-09-17-lere/');
  });
});
