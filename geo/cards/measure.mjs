// Text measurement from a TrueType font's own advance widths (cmap + hmtx), so the card layout can
// choose its sizes before satori lays it out. Kerning is ignored: it mostly tightens text, so the
// widths found here are at worst a little generous, never short.
import { readFileSync } from 'node:fs';

/**
 * @typedef {object} FontMetrics
 * @property {number} unitsPerEm
 * @property {(codePoint: number) => number} advance in font units (0 for an unmapped character)
 */

/**
 * Reads the tables needed for advance widths.
 * @param {Buffer} font a TTF/OTF file
 * @returns {FontMetrics}
 */
export function fontMetrics(font) {
  const view = new DataView(font.buffer, font.byteOffset, font.byteLength);
  /** @type {Record<string, number>} */
  const tables = {};
  const numTables = view.getUint16(4);
  for (let i = 0; i < numTables; i++) {
    const rec = 12 + 16 * i;
    const tag = String.fromCharCode(...font.subarray(rec, rec + 4));
    tables[tag] = view.getUint32(rec + 8);
  }
  const { head, hhea, hmtx, cmap } = tables;
  if (head === undefined || hhea === undefined || hmtx === undefined || cmap === undefined)
    throw new Error('fontMetrics: not a TrueType font with head, hhea, hmtx and cmap tables');
  const unitsPerEm = view.getUint16(head + 18);
  const numberOfHMetrics = view.getUint16(hhea + 34);
  /** @param {number} glyph */
  const glyphAdvance = (glyph) => view.getUint16(hmtx + 4 * Math.min(glyph, numberOfHMetrics - 1));

  // The Unicode subtable: full repertoire (format 12) if there is one, else the BMP (format 4).
  /** @type {((c: number) => number) | undefined} */
  let glyphOf;
  const subtables = view.getUint16(cmap + 2);
  /** @type {number | undefined} */
  let format4;
  for (let i = 0; i < subtables; i++) {
    const rec = cmap + 4 + 8 * i;
    const platform = view.getUint16(rec);
    const encoding = view.getUint16(rec + 2);
    const offset = cmap + view.getUint32(rec + 4);
    const format = view.getUint16(offset);
    if (platform === 3 && encoding === 10 && format === 12) {
      const groups = view.getUint32(offset + 12);
      glyphOf = (c) => {
        for (let g = 0; g < groups; g++) {
          const at = offset + 16 + 12 * g;
          const start = view.getUint32(at);
          if (c >= start && c <= view.getUint32(at + 4)) return view.getUint32(at + 8) + (c - start);
        }
        return 0;
      };
    } else if (platform === 3 && encoding === 1 && format === 4) format4 = offset;
  }
  if (!glyphOf && format4 !== undefined) {
    const offset = format4;
    const segCount = view.getUint16(offset + 6) / 2;
    const ends = offset + 14;
    const starts = ends + 2 * segCount + 2;
    const deltas = starts + 2 * segCount;
    const rangeOffsets = deltas + 2 * segCount;
    glyphOf = (c) => {
      if (c > 0xffff) return 0;
      for (let s = 0; s < segCount; s++) {
        if (view.getUint16(ends + 2 * s) < c) continue;
        const start = view.getUint16(starts + 2 * s);
        if (start > c) return 0;
        const delta = view.getUint16(deltas + 2 * s);
        const ro = view.getUint16(rangeOffsets + 2 * s);
        if (ro === 0) return (c + delta) & 0xffff;
        const glyph = view.getUint16(rangeOffsets + 2 * s + ro + 2 * (c - start));
        return glyph === 0 ? 0 : (glyph + delta) & 0xffff;
      }
      return 0;
    };
  }
  if (!glyphOf) throw new Error('fontMetrics: no Unicode cmap subtable');
  const lookup = glyphOf;
  /** @type {Map<number, number>} */
  const cache = new Map();
  return {
    unitsPerEm,
    advance(c) {
      let a = cache.get(c);
      if (a === undefined) {
        const glyph = lookup(c);
        a = glyph ? glyphAdvance(glyph) : 0;
        cache.set(c, a);
      }
      return a;
    },
  };
}

/** @type {Map<string, FontMetrics>} */
const loaded = new Map();

/** @param {string} file */
export function metricsOf(file) {
  let m = loaded.get(file);
  if (!m) {
    m = fontMetrics(readFileSync(file));
    loaded.set(file, m);
  }
  return m;
}

/**
 * Width of one line of text, in px.
 * @param {FontMetrics} m
 * @param {string} text
 * @param {number} size font size, px
 * @param {number} [letterSpacing] px, after every character
 */
export function textWidth(m, text, size, letterSpacing = 0) {
  let units = 0;
  let chars = 0;
  for (const ch of text.normalize('NFC')) {
    units += m.advance(/** @type {number} */ (ch.codePointAt(0)));
    chars++;
  }
  return (units / m.unitsPerEm) * size + letterSpacing * chars;
}

/**
 * How many lines `text` takes when wrapped at spaces (not at no-break spaces) into `width` px (a
 * word longer than a line takes as many lines as if cut).
 * @param {FontMetrics} m
 * @param {string} text
 * @param {number} size
 * @param {number} width
 * @param {number} [letterSpacing]
 */
export function lineCount(m, text, size, width, letterSpacing = 0) {
  const space = textWidth(m, ' ', size, letterSpacing);
  let lines = 1;
  let used = 0;
  for (const word of text.split(/[ \t\n]+/).filter(Boolean)) {
    const w = textWidth(m, word, size, letterSpacing);
    if (used === 0) used = w;
    else if (used + space + w <= width) used += space + w;
    else {
      lines++;
      used = w;
    }
    if (used > width) {
      lines += Math.ceil(used / width) - 1;
      used = used % width;
    }
  }
  return lines;
}
