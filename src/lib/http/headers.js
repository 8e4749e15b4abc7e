// The HTTP headers Recoupe is served with, in one place: the pages' Content-Security-Policy (also
// written into every page as a meta element), the headers the preview server sends
// (scripts/serve.mjs) and the `_headers` file written into dist/ for static hosts
// (scripts/headers.mjs), so the three cannot drift apart. Plain JavaScript: Node runs it as is.
// See docs/hosting.md.

/**
 * The Content-Security-Policy of every page: scripts, styles, workers and data from the site
 * itself only, no inline script or style attribute, no eval. (`frame-ancestors` cannot be set in a
 * meta element: `headersFor` adds it, open only on embed pages.)
 */
export const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

/** One year: files whose name changes whenever their content does. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Kept, but checked with the server before each use (ETag): pages, data, feeds, the service worker. */
export const REVALIDATE = 'no-cache';
/** Basemap tiles and glyphs: unhashed but rebuilt only when the basemap's sources change. */
export const ONE_DAY = 'public, max-age=86400';

/**
 * Media types by extension. Text types name their charset; `.pbf` (vector tiles, glyph ranges)
 * is protobuf, which hosts tend to send untyped.
 * @type {Readonly<Record<string, string>>}
 */
export const TYPES = {
  html: 'text/html; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  mjs: 'text/javascript; charset=utf-8',
  css: 'text/css; charset=utf-8',
  json: 'application/json; charset=utf-8',
  geojson: 'application/geo+json; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
  txt: 'text/plain; charset=utf-8',
  xml: 'application/xml; charset=utf-8',
  svg: 'image/svg+xml; charset=utf-8',
  webmanifest: 'application/manifest+json; charset=utf-8',
  pbf: 'application/x-protobuf',
  png: 'image/png',
  jpg: 'image/jpeg',
  webp: 'image/webp',
  ico: 'image/x-icon',
  woff2: 'font/woff2',
  wasm: 'application/wasm',
};

/** The site's Atom feeds (one per language): `feed.xml` at the root of each language. */
const ATOM = 'application/atom+xml; charset=utf-8';

/**
 * Types that static hosts commonly get wrong (tiles untyped, CSV without charset, GeoJSON and the
 * feeds as generic JSON or XML): the `_headers` file names them; hosts type the rest well.
 */
const HOST_FIXES = new Set(['pbf', 'csv', 'geojson', 'webmanifest']);

/** @param {string} path */
const extensionOf = (path) => /\.([a-z0-9]+)$/i.exec(path)?.[1]?.toLowerCase() ?? '';

/** @param {string} path */
const isFeed = (path) => /(^|\/)feed\.xml$/.test(path);

/**
 * Embed pages (`embed/…`, `en/embed/…`) are meant to be framed by other sites; nothing else is.
 * @param {string} path a file path relative to the site root, without the base (`embed/incidents/x/index.html`)
 */
export function isEmbed(path) {
  return /^(?:[a-z]{2}\/)?embed\//.test(path);
}

/**
 * The media type of a file.
 * @param {string} path
 */
export function contentType(path) {
  if (isFeed(path)) return ATOM;
  return TYPES[extensionOf(path)] ?? 'application/octet-stream';
}

/**
 * How long a browser may keep a file: a year for content-hashed names (Vite's assets, preview
 * cards named by their content), a day for the basemap, else revalidated each time.
 * @param {string} path
 */
export function cacheControl(path) {
  if (/^assets\//.test(path)) return IMMUTABLE;
  if (/^cards\/.+-[0-9a-f]{8}\.png$/.test(path)) return IMMUTABLE;
  if (/^(basemap|glyphs)\//.test(path)) return ONE_DAY;
  return REVALIDATE;
}

/**
 * The Content-Security-Policy header of a file: the pages' policy and who may frame it.
 * @param {string} path
 */
export function cspHeader(path) {
  return `${CSP}; frame-ancestors ${isEmbed(path) ? '*' : "'none'"}`;
}

/**
 * Every header Recoupe sets on a file (encoding, length and validators aside).
 * @param {string} path a file path relative to the site root, without the base
 * @returns {Record<string, string>}
 */
export function headersFor(path) {
  return {
    'Content-Type': contentType(path),
    'Cache-Control': cacheControl(path),
    'Content-Security-Policy': cspHeader(path),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
  };
}

/**
 * What a static host needs told about a file: `headersFor` without the media types it gets right.
 * @param {string} path
 * @returns {Record<string, string>}
 */
export function hostHeadersFor(path) {
  const all = headersFor(path);
  if (HOST_FIXES.has(extensionOf(path)) || isFeed(path)) return all;
  const { 'Content-Type': _type, ...rest } = all;
  return rest;
}
