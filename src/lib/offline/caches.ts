// What the service worker keeps, and under which names: read by its configuration (vite.config.ts,
// built by scripts/sw.mjs) and by the page, which saves the data for offline use into the same
// caches (./save.ts). Pure: no browser API here.
import { normaliseBase } from '../url/base.js';

/**
 * Runtime caches (the precache of the app itself is Workbox's own, replaced with each version).
 * These outlive app versions: rename one (e.g. `recoupe-data-2`) when what it holds changes shape
 * (a new record format), and the page deletes the old one (`staleCaches`).
 */
export const CACHES = {
  /** Pages as visited (network first). */
  pages: 'recoupe-pages',
  /** The light index and incident records (network first; the page saves every record). */
  data: 'recoupe-data',
  /** Basemap tiles and glyph ranges beyond the precached first views, as seen (cache first). */
  tiles: 'recoupe-tiles',
  glyphs: 'recoupe-glyphs',
} as const;

/** Caches of ours no longer in use (renamed in a later version), among the origin's caches. */
export function staleCaches(names: readonly string[]): string[] {
  const current: readonly string[] = Object.values(CACHES);
  return names.filter((n) => n.startsWith('recoupe-') && !current.includes(n));
}

/**
 * The app page that stands in, offline, for an app address the worker has not saved: no content
 * and no page state, so the app starts afresh from the address and reads the saved data.
 */
export const SHELL_PAGE = 'shell.html';

/** How long the worker waits for the network before it answers a page or data from its cache. */
export const NETWORK_TIMEOUT_S = 4;

/** Deepest basemap zoom precached (the first views); deeper tiles are cached as they are seen. */
export const PRECACHE_MAX_TILE_ZOOM = 6;

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/**
 * URL patterns (matched against the whole URL, as Workbox's RegExp routes do) for what the worker
 * handles, under the site's base path.
 */
export function routePatterns(base: string) {
  const b = `^https?://[^/]+${escape(normaliseBase(base))}`;
  const query = '(?:[?#].*)?$';
  return {
    /** The app's own pages: home and incidents, in any language ("en/"). */
    appPages: new RegExp(`${b}(?:[a-z]{2}/)?(?:incidents/[^/?#]+/)?${query}`),
    /** The methodology and data pages (static, no app to fall back to). */
    otherPages: new RegExp(`${b}(?:[a-z]{2}/)?(?:methodology|data)/${query}`),
    /** The light index and incident records (not the exports, nor the search summaries). */
    data: new RegExp(`${b}data/(?:index|incidents/[^/?#]+)\\.json${query}`),
    tiles: new RegExp(`${b}basemap/tiles/\\d+/\\d+/\\d+\\.pbf${query}`),
    glyphs: new RegExp(`${b}glyphs/[^/?#]+/\\d+-\\d+\\.pbf${query}`),
  };
}

/** Files (globs under dist/) precached by the worker: the app, its offline shell, its icon, the first views' basemap. */
export function precacheGlobs(): { include: string[]; ignore: string[] } {
  const zooms = Array.from({ length: PRECACHE_MAX_TILE_ZOOM + 1 }, (_, z) => z).join(',');
  return {
    include: [
      'assets/*.{js,mjs,css}',
      SHELL_PAGE,
      // The tab's icon; the manifest's bitmaps are only fetched to install, online.
      'favicon.{svg,ico}',
      'manifest.webmanifest',
      // Every label of the first views is in the Latin range of the three faces.
      'glyphs/*/0-255.pbf',
      `basemap/tiles/{${zooms}}/**/*.pbf`,
    ],
    // The embed script runs in other sites' iframes, never under this worker.
    ignore: ['assets/embed-*.js', '**/*.{br,gz}'],
  };
}
