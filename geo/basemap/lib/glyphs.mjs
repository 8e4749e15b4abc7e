// Writes MapLibre glyph ranges (SDF PBFs) from the OFL Noto Sans TTFs, so labels need no font server.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const fontnik = require('fontnik');
const NOTO = require.resolve('@expo-google-fonts/noto-sans/package.json').replace(/package\.json$/, '');

/** Font stack name (as the style's `text-font` names it) → TTF inside @expo-google-fonts/noto-sans. */
export const FONTS = {
  'Noto Sans Regular': '400Regular/NotoSans_400Regular.ttf',
  'Noto Sans SemiBold': '600SemiBold/NotoSans_600SemiBold.ttf',
  'Noto Sans Italic': '400Regular_Italic/NotoSans_400Regular_Italic.ttf',
};

/** @param {Buffer} font @param {number} start @returns {Promise<Buffer>} */
const range = (font, start) =>
  new Promise((resolve, reject) =>
    fontnik.range({ font, start, end: start + 255 }, (err, pbf) => (err ? reject(err) : resolve(pbf))),
  );

/**
 * All 256 ranges of each font as `{ path, bytes }` (path like `Noto Sans Regular/0-255.pbf`).
 * Every range is written, even empty ones, because MapLibre asks for the range of any character
 * a label holds and a missing one fails the whole label.
 */
export async function buildGlyphs() {
  /** @type {{ path: string, bytes: Buffer }[]} */
  const files = [];
  for (const [stack, ttf] of Object.entries(FONTS)) {
    const font = readFileSync(NOTO + ttf);
    const starts = Array.from({ length: 256 }, (_, i) => i * 256);
    const pbfs = await Promise.all(starts.map((start) => range(font, start)));
    starts.forEach((start, i) =>
      files.push({ path: `${stack}/${start}-${start + 255}.pbf`, bytes: /** @type {Buffer} */ (pbfs[i]) }),
    );
  }
  return files;
}
