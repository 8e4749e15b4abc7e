import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  CSP,
  IMMUTABLE,
  ONE_DAY,
  REVALIDATE,
  cacheControl,
  contentType,
  cspHeader,
  headersFor,
  hostHeadersFor,
  isEmbed,
} from '../../../src/lib/http/headers.js';
import { headTags } from '../../../src/lib/prerender/page';

describe('the Content-Security-Policy', () => {
  it('allows nothing inline, no eval and nothing from elsewhere', () => {
    expect(CSP).toContain("script-src 'self'");
    expect(CSP).toContain("object-src 'none'");
    expect(CSP).not.toMatch(/unsafe-inline|unsafe-eval|https?:|\*/);
  });

  it('is the one the pages carry in their meta element', () => {
    const tags = headTags({ lang: 'fr', dir: 'ltr', title: 't', description: 'd', ogLocale: 'fr_FR' });
    const meta = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(tags)?.[1];
    expect(meta?.replaceAll('&#39;', "'")).toBe(CSP);
  });

  it('refuses framing everywhere but on the embed pages', () => {
    expect(cspHeader('index.html')).toBe(`${CSP}; frame-ancestors 'none'`);
    expect(cspHeader('incidents/x/index.html')).toMatch(/frame-ancestors 'none'$/);
    expect(cspHeader('embed/incidents/x/index.html')).toBe(`${CSP}; frame-ancestors *`);
    expect(cspHeader('en/embed/incidents/x/index.html')).toMatch(/frame-ancestors \*$/);
  });
});

describe('isEmbed', () => {
  it.each([
    ['embed/incidents/x/index.html', true],
    ['en/embed/incidents/x/index.html', true],
    ['incidents/embed/index.html', false],
    ['embedded/index.html', false],
    ['assets/embed-AbC.js', false],
    ['en/incidents/x/index.html', false],
  ])('%s → %s', (path, embed) => expect(isEmbed(path)).toBe(embed));
});

describe('contentType', () => {
  it.each([
    ['basemap/tiles/4/7/7.pbf', 'application/x-protobuf'],
    ['data/figures.csv', 'text/csv; charset=utf-8'],
    ['data/incidents.geojson', 'application/geo+json; charset=utf-8'],
    ['feed.xml', 'application/atom+xml; charset=utf-8'],
    ['en/feed.xml', 'application/atom+xml; charset=utf-8'],
    ['sitemap.xml', 'application/xml; charset=utf-8'],
    ['manifest.webmanifest', 'application/manifest+json; charset=utf-8'],
    ['INDEX.HTML', 'text/html; charset=utf-8'],
    ['LICENCE', 'application/octet-stream'],
  ])('%s → %s', (path, type) => expect(contentType(path)).toBe(type));
});

describe('cacheControl', () => {
  it.each([
    ['assets/main-C3UPlm5d.js', 'public, max-age=31536000, immutable'],
    ['cards/2023-09-17-lere-fr-3fa09c1d.png', 'public, max-age=31536000, immutable'],
    ['cards/logo.png', 'no-cache'],
    ['glyphs/Noto Sans Regular/0-255.pbf', 'public, max-age=86400'],
    ['index.html', 'no-cache'],
    ['data/index.json', 'no-cache'],
    ['sw.js', 'no-cache'],
    ['incidents/assets/index.html', 'no-cache'],
  ])('%s → %s', (path, cache) => expect(cacheControl(path)).toBe(cache));
});

describe('hostHeadersFor', () => {
  it('names only the media types hosts get wrong', () => {
    expect(hostHeadersFor('index.html')['Content-Type']).toBeUndefined();
    expect(hostHeadersFor('basemap/tiles/4/7/7.pbf')['Content-Type']).toBe('application/x-protobuf');
    expect(hostHeadersFor('feed.xml')['Content-Type']).toBe(contentType('feed.xml'));
    const { 'Content-Type': _type, ...rest } = headersFor('index.html');
    expect(hostHeadersFor('index.html')).toEqual(rest);
  });
});

describe('docs/hosting.md', () => {
  const doc = readFileSync('docs/hosting.md', 'utf8');

  it('quotes the policy as it is, in every server snippet', () => {
    expect(doc).toContain(`\n${CSP}\n`);
    // nginx (frame-ancestors from a map), Apache (embeds and the rest).
    expect(doc).toContain(`"${CSP}; frame-ancestors $recoupe_frame_ancestors"`);
    expect(doc).toContain(`"${CSP}; frame-ancestors *"`);
    expect(doc).toContain(`"${CSP}; frame-ancestors 'none'"`);
  });

  it('gives the caching values the server sends', () => {
    for (const value of [IMMUTABLE, ONE_DAY, REVALIDATE]) expect(doc).toContain(`"${value}"`);
  });
});
