// Builds the offline basemap: vector tiles + glyphs that the app serves from its own origin.
//   node geo/basemap/build.mjs [--out <dir>]     (default: <repo>/public; wired as `npm run geo`)
// Writes <out>/basemap/tiles/{z}/{x}/{y}.pbf and <out>/glyphs/<font stack>/<range>.pbf, replacing
// what a previous run wrote there. Same sources → same bytes, so the output is never committed.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { buildLayers } from './lib/layers.mjs';
import { cutTiles, tilesCovering } from './lib/tiles.mjs';
import { buildGlyphs, FONTS } from './lib/glyphs.mjs';

const REPO = fileURLToPath(new URL('../../', import.meta.url));

/** @typedef {[number, number, number, number]} Box [west, south, east, north] */

/** @type {Box} Mali's extent: the first view frames it, at zoom 4 on phones and 5 on desktops. */
export const MALI_BOX = [-12.3, 10.1, 4.3, 25.1];
export const INITIAL_VIEW_ZOOMS = [4, 5];
/** Font stacks, each with a directory of glyph ranges. */
export const FONT_STACKS = Object.keys(FONTS);

/**
 * Paths (relative to the output dir) the first whole-Mali view downloads at `zoom`: the tiles
 * over Mali and range 0-255 of every font, since its labels are Latin-1 (Ségou, Côte d'Ivoire).
 * @param {number} zoom
 */
export function initialViewFiles(zoom) {
  return [
    ...tilesCovering(MALI_BOX, zoom).map(([x, y]) => `basemap/tiles/${zoom}/${x}/${y}.pbf`),
    ...FONT_STACKS.map((stack) => `glyphs/${stack}/0-255.pbf`),
  ];
}

/**
 * Builds everything into `outDir`.
 * @param {{ outDir?: string }} [options]
 * @returns {Promise<{ path: string, size: number }[]>} the files written, sorted by path
 */
export async function buildBasemap({ outDir = join(REPO, 'public') } = {}) {
  /** @type {{ path: string, size: number }[]} */
  const files = [];
  /** @param {string} path @param {Uint8Array} bytes */
  const write = (path, bytes) => {
    mkdirSync(dirname(join(outDir, path)), { recursive: true });
    writeFileSync(join(outDir, path), bytes);
    files.push({ path, size: bytes.length });
  };
  rmSync(join(outDir, 'basemap'), { recursive: true, force: true });
  rmSync(join(outDir, 'glyphs'), { recursive: true, force: true });

  const bands = await buildLayers();
  for (const { z, x, y, bytes } of cutTiles(bands)) write(`basemap/tiles/${z}/${x}/${y}.pbf`, bytes);
  for (const { path, bytes } of await buildGlyphs()) write(`glyphs/${path}`, bytes);
  return files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** @param {number} n */
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

/** @param {{ path: string, size: number }[]} files @param {string} outDir */
function summarise(files, outDir) {
  /** @type {Map<string, { n: number, size: number }>} */
  const groups = new Map();
  for (const f of files) {
    const parts = f.path.split('/');
    const key = parts[0] === 'basemap' ? `tiles z${parts[2]}` : parts.slice(0, 2).join('/');
    const g = groups.get(key) ?? { n: 0, size: 0 };
    groups.set(key, { n: g.n + 1, size: g.size + f.size });
  }
  for (const [key, g] of groups) {
    console.log(`  ${key.padEnd(28)} ${String(g.n).padStart(4)} files ${kb(g.size).padStart(10)}`);
  }
  for (const zoom of INITIAL_VIEW_ZOOMS) {
    const paths = initialViewFiles(zoom);
    const gz = paths.reduce(
      (sum, p) => sum + gzipSync(readFileSync(join(outDir, p)), { level: 9 }).length,
      0,
    );
    console.log(`  first view at z${zoom}: ${paths.length} files, ${kb(gz)} gzip`);
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const i = process.argv.indexOf('--out');
  const outDir = resolve(i > 0 ? (process.argv[i + 1] ?? '') : join(REPO, 'public'));
  const t0 = performance.now();
  const files = await buildBasemap({ outDir });
  const total = files.reduce((sum, f) => sum + f.size, 0);
  const seconds = ((performance.now() - t0) / 1000).toFixed(1);
  console.log(`basemap: ${files.length} files, ${kb(total)} in ${outDir} (${seconds} s)`);
  summarise(files, outDir);
}
