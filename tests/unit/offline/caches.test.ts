import { describe, expect, it } from 'vitest';
import {
  CACHES,
  precacheGlobs,
  routePatterns,
  SHELL_PAGE,
  staleCaches,
} from '../../../src/lib/offline/caches';

const at = (path: string) => `https://recoupe.example${path}`;

describe.each(['/', '/recoupe/'])('routePatterns under base %s', (base) => {
  const p = routePatterns(base);
  const u = (path: string) => at(`${base}${path}`);

  it('takes the home and incident pages, in every language, with any query', () => {
    for (const path of [
      '',
      'en/',
      'incidents/2023-09-17-lere/',
      'en/incidents/2023-09-17-lere/?claim=army-2',
    ])
      expect(p.appPages.test(u(path)), path).toBe(true);
    expect(p.appPages.test(u('?contested=1#map=5/17/-1'))).toBe(true);
  });

  it('leaves out what the app cannot stand in for', () => {
    for (const path of [
      'methodology/',
      'data/',
      'embed/incidents/x/',
      SHELL_PAGE,
      'data/claims.csv',
      'feed.xml',
    ])
      expect(p.appPages.test(u(path)), path).toBe(false);
    expect(p.otherPages.test(u('methodology/'))).toBe(true);
    expect(p.otherPages.test(u('en/data/'))).toBe(true);
    expect(p.otherPages.test(u('data/index.json'))).toBe(false);
  });

  it('takes the index and the records, not the exports nor the search summaries', () => {
    expect(p.data.test(u('data/index.json'))).toBe(true);
    expect(p.data.test(u('data/incidents/2023-09-17-lere.json'))).toBe(true);
    for (const path of ['data/search.json', 'data/incidents.geojson', 'data/figures.csv'])
      expect(p.data.test(u(path)), path).toBe(false);
  });

  it('takes tiles and glyph ranges as MapLibre asks for them', () => {
    expect(p.tiles.test(u('basemap/tiles/9/248/233.pbf'))).toBe(true);
    expect(p.glyphs.test(u('glyphs/Noto%20Sans%20Italic/0-255.pbf'))).toBe(true);
    expect(p.tiles.test(u('basemap/tiles/9/248.pbf'))).toBe(false);
  });
});

describe('routePatterns', () => {
  it('matches nothing outside the base path', () => {
    const p = routePatterns('/recoupe/');
    expect(p.appPages.test(at('/'))).toBe(false);
    expect(p.appPages.test(at('/other/incidents/x/'))).toBe(false);
    expect(p.data.test(at('/data/index.json'))).toBe(false);
  });

  it('reads a base written without slashes as the same path', () => {
    expect(routePatterns('recoupe').appPages.source).toBe(routePatterns('/recoupe/').appPages.source);
  });
});

describe('precacheGlobs', () => {
  it('holds the shell, the first views’ basemap, and never the embed script or compressed copies', () => {
    const { include, ignore } = precacheGlobs();
    expect(include).toContain(SHELL_PAGE);
    expect(include).toContain('basemap/tiles/{0,1,2,3,4,5,6}/**/*.pbf');
    expect(ignore).toEqual(expect.arrayContaining(['assets/embed-*.js', '**/*.{br,gz}']));
  });
});

describe('staleCaches', () => {
  it('names our caches no longer in use, never the current ones nor Workbox’s precache', () => {
    const names = [
      ...Object.values(CACHES),
      'recoupe-data-old',
      'workbox-precache-v2-https://recoupe.example/',
      'someone-else',
    ];
    expect(staleCaches(names)).toEqual(['recoupe-data-old']);
  });
});
