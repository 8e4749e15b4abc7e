// `node scripts/icons.mjs`: draws the site's bitmap icons from public/favicon.svg (the one source,
// hand-written) with resvg, and writes them to public/: favicon.ico (a 32 px PNG inside an ICO, for
// clients that ask for /favicon.ico), apple-touch-icon.png and the web app manifest's icons. The
// outputs are committed; tests/scripts/icons.test.ts fails when they no longer match the SVG.
import { Resvg } from '@resvg/resvg-js';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Every icon written, by path under public/: its size and whether it is drawn full-bleed. */
export const ICONS = [
  { path: 'favicon.ico', size: 32, fullBleed: false },
  // iOS fills transparent corners with black and rounds the icon itself: square corners.
  { path: 'apple-touch-icon.png', size: 180, fullBleed: true },
  { path: 'icons/icon-192.png', size: 192, fullBleed: false },
  { path: 'icons/icon-512.png', size: 512, fullBleed: false },
  // Android crops maskable icons to its own shape; the mark stays inside the 80 % safe zone.
  { path: 'icons/maskable-512.png', size: 512, fullBleed: true },
];

/** @param {string} svg @param {number} size */
function png(svg, size) {
  return new Resvg(svg, { fitTo: { mode: 'width', value: size }, font: { loadSystemFonts: false } })
    .render()
    .asPng();
}

/** The mark with square corners (the background fills the whole square). */
function fullBleed(/** @type {string} */ svg) {
  const out = svg.replace(/<rect([^>]*) rx="[\d.]+"/, '<rect$1');
  if (out === svg) throw new Error('icons: favicon.svg has no rounded background <rect rx="…"> to square');
  return out;
}

/**
 * An ICO file holding one PNG image (supported by every browser since IE Vista-era; the PNG keeps
 * it small).
 * @param {Buffer} image PNG data @param {number} size its width and height (≤ 256)
 */
export function icoOf(image, size) {
  const header = Buffer.alloc(6 + 16);
  header.writeUInt16LE(0, 0); // reserved
  header.writeUInt16LE(1, 2); // type: icon
  header.writeUInt16LE(1, 4); // one image
  header.writeUInt8(size % 256, 6); // width (0 means 256)
  header.writeUInt8(size % 256, 7); // height
  header.writeUInt8(0, 8); // no palette
  header.writeUInt8(0, 9); // reserved
  header.writeUInt16LE(1, 10); // colour planes
  header.writeUInt16LE(32, 12); // bits per pixel
  header.writeUInt32LE(image.length, 14); // image size
  header.writeUInt32LE(header.length, 18); // image offset
  return Buffer.concat([header, image]);
}

/**
 * Draws every icon from the SVG source.
 * @param {string} publicDir
 * @returns {Map<string, Buffer>} path under public/ → file content
 */
export function renderIcons(publicDir = 'public') {
  const svg = readFileSync(join(publicDir, 'favicon.svg'), 'utf8');
  /** @type {Map<string, Buffer>} */
  const out = new Map();
  for (const { path, size, fullBleed: square } of ICONS) {
    const image = png(square ? fullBleed(svg) : svg, size);
    out.set(path, path.endsWith('.ico') ? icoOf(image, size) : image);
  }
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const [path, content] of renderIcons()) {
    writeFileSync(join('public', path), content);
    console.log(`public/${path}: ${content.length} bytes`);
  }
}
