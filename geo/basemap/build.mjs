// Builds the offline basemap: vector tiles + glyphs that the app serves from its own origin.
//   node geo/basemap/build.mjs [--out <dir>]     (default: <repo>/public; wired as `npm run geo`)
// Writes <out>/basemap/tiles/{z}/{x}/{y}.pbf and <out>/glyphs/<font stack>/<range>.pbf, replacing
// what a previous run wrote there. Same sources → same bytes, so the output is never committed.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { buildLayers } from './lib/layers.mjs';
import { cutTiles, tilesCovering } from './lib/tiles.mjs';
import { buildGlyphs } from './lib/glyphs.mjs';

const REPO = fileURLToPath(new URL('../../', import.meta.url));

/** Mali's extent: the first view frames it, at zoom 4 on small screens and 5 on large ones. */
export const MALI_BOX = [-12.3, 10.1, 4.3, 25.1];
export const INITIAL_VIEW_ZOOMS = [4, 5];
/** Glyph ranges the first view asks for: its labels are Latin-1 (Ségou, Ménaka, Côte d'Ivoire). */
export const INITIAL_GLYPH_RANGE = '0-255.pbf';

/** Paths (relative to the output dir) the first whole-Mali view downloads at `zoom`. */
export function initialViewFiles(zoom, fontStacks) {
  return [
    ...tilesCovering(MALI_BOX, zoom).map(([x, y]) => `basemap/tiles/${zoom}/${x}/${y}.pbf`),
    ...fontStacks.map((stack) => `glyphs/${stack}/${INITIAL_GLYPH_RANGE}`),
  ];
}

/** Builds everything into `outDir`; returns `[{ path, size }]` sorted by path. */
export async function buildBasemap({ outDir = join(REPO, 'public') } = {}) {
  const files = [];
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

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

function summarise(files, outDir, fontStacks) {
  const groups = new Map();
  for (const f of files) {
    const key = f.path.startsWith('basemap/tiles/')
      ? `tiles z${f.path.split('/')[2]}`
      : f.path.split('/').slice(0, 2).join('/');
    const g = groups.get(key) ?? { n: 0, size: 0 };
    groups.set(key, { n: g.n + 1, size: g.size + f.size });
  }
  for (const [key, g] of groups)
    console.log(`  ${key.padEnd(28)} ${String(g.n).padStart(4)} files ${kb(g.size).padStart(10)}`);
  for (const zoom of INITIAL_VIEW_ZOOMS) {
    const paths = initialViewFiles(zoom, fontStacks);
    const gz = paths.reduce((sum, p) => sum + gzipSync(readBytes(outDir, p), { level: 9 }).length, 0);
    console.log(`  first view at z${zoom}: ${paths.length} files, ${kb(gz)} gzip`);
  }
}

import { readFileSync } from 'node:fs';
import { FONTS } from './lib/glyphs.mjs';
const readBytes = (outDir, path) => readFileSync(join(outDir, path));

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const i = process.argv.indexOf('--out');
  const outDir = i > 0 ? resolve(process.argv[i + 1]) : join(REPO, 'public');
  const t0 = performance.now();
  const files = await buildBasemap({ outDir });
  const total = files.reduce((sum, f) => sum + f.size, 0);
  console.log(
    `basemap: ${files.length} files, ${kb(total)} in ${outDir} (${((performance.now() - t0) / 1000).toFixed(1)} s)`,
  );
  summarise(files, outDir, Object.keys(FONTS));
}
