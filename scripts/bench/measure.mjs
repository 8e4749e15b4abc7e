// Pieces of `npm run bench` shared by its parts: the browser, what a requested file is, medians.

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * What a requested path is, for the transfer table: our JS apart from Svelte's runtime and
 * MapLibre's, the light index apart from the other data.
 * @param {string} path
 */
export function kindOf(path) {
  if (/maplibre[^/]*\.m?js$/.test(path)) return 'js_maplibre';
  if (/\/svelte-[^/]*\.js$/.test(path)) return 'js_svelte';
  if (/\.m?js$/.test(path)) return 'js_app';
  if (/\.css$/.test(path)) return 'css';
  if (/\/basemap\//.test(path)) return 'basemap_tiles';
  if (/\/glyphs\//.test(path)) return 'glyphs';
  if (/\/data\/index\.json$/.test(path)) return 'data_index';
  if (/\/data\//.test(path)) return 'data';
  if (/\.html$|\/$/.test(path)) return 'html';
  return 'other';
}

/** @param {number[]} xs */
export function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? (s[m] ?? NaN) : ((s[m - 1] ?? NaN) + (s[m] ?? NaN)) / 2;
}
