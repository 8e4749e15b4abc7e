// A static locator map as inline SVG: Mali, its regions and neighbours, a few towns and the
// incident points, for prerendered pages and link-preview cards (no browser, no tiles).
//
//   await loadLocatorGeometry();                 // once per process: reads and simplifies sources
//   const svg = locatorSvg({ points, focus, lang, label });
//
// The SVG is meant to be inlined in pages served with a strict Content-Security-Policy, so it
// carries presentation attributes only (no `style` attribute, no <style> element), and the same
// input always gives the same bytes.
import { readFileSync } from 'node:fs';
import mapshaper from 'mapshaper';
import Papa from 'papaparse';
import { PALETTE } from '../../src/lib/palette.js';
import { MALI_VIEW } from '../basemap/lib/config.mjs';

const SOURCES = new URL('../basemap/sources/', import.meta.url);

/** @typedef {[number, number]} LonLat */
/** @typedef {LonLat[]} Ring */
/**
 * @typedef {object} Town
 * @property {string} name_fr
 * @property {string} [name_en]
 * @property {number} lon
 * @property {number} lat
 * @property {number} rank 1 (capitals) … 4 (small towns); smaller ranks are not kept
 * @property {string} country ISO alpha-3
 */
/**
 * @typedef {object} LocatorGeometry
 * @property {Ring[]} mali Mali's polygon rings (outer and holes)
 * @property {Ring[]} regions the lines between Mali's regions (adm1), clipped to Mali
 * @property {Ring[]} borders the lines between countries (Mali's own borders included)
 * @property {Town[]} towns places of rank 1–4, best rank first
 * @property {Neighbour[]} neighbours Mali's neighbours, to be named on the map
 */
/**
 * @typedef {object} Neighbour
 * @property {string} name_fr
 * @property {string} name_en
 * @property {Ring[]} rings its polygon rings, [lon, lat]
 */
/**
 * @typedef {object} LocatorPoint
 * @property {number} lon
 * @property {number} lat
 * @property {string} [colour] fill, e.g. '#2c5d8f' (default: dark ink)
 * @property {number} [r] radius in SVG units (default 3.5, or 6 at the focus)
 */
/**
 * @typedef {object} LocatorOptions
 * @property {LocatorPoint[]} [points] drawn as circles, in order (later on top)
 * @property {LocatorPoint} [focus] the point the map is about: framed and emphasised. Without it
 *   the map frames all of Mali (the home page).
 * @property {'fr' | 'en'} [lang] language of the town names (default 'fr')
 * @property {number} [width] SVG units, also the default pixel size (default 320)
 * @property {number} [height] (default 240)
 * @property {string} label accessible name: `aria-label` and `<title>`
 */

// Simplification once, for the most detailed frame drawn: ±4° over 240 units is ≈ 3.7 km per
// unit, so 2 km keeps every visible bend. The whole-Mali frame (≈ 7 km per unit) is thinned
// further at drawing time (see TOLERANCE).
const SIMPLIFY = `-simplify interval=2000 keep-shapes`;
// Frames never reach past this box (Mali's extent stretched to 4:3 and then some).
const GEOMETRY_BOX = [-20, 5, 12, 30];
const OUT = `precision=0.0001 format=geojson geojson-type=FeatureCollection`;
// Same fix as the basemap (geo/basemap/lib/layers.mjs): Mesoshapes neighbours do not share
// vertices exactly, so without snapping their common border is only partly "inner".
const MESH_FIX = `-clean snap-interval=0.002 gap-fill-area=20km2`;
/** Towns up to this rank are candidates for a label (4 = cercle seats and conflict landmarks). */
const MAX_RANK = 4;

/** The countries bordering Mali: named where they show (no other country is). */
const NEIGHBOURS = ['DZA', 'NER', 'BFA', 'CIV', 'GIN', 'SEN', 'MRT'];

/** Half the height of a focus frame, in degrees of latitude. */
export const FOCUS_SPAN = 4;

/** Colours and widths: paper and ink of the site, the country as the light figure. */
const { ink: INK, paper: PAPER } = PALETTE;
const LAND = '#ebe7df';
const BORDER = '#cdc6ba';
const MALI_FILL = '#fffefb';
const MALI_LINE = '#5b6470';
const REGION_LINE = '#c2bbaf';
const TOWN = '#3a424b';
const COUNTRY = '#8d867a';
const FONT = 'Noto Sans, sans-serif';
const FONT_SIZE = 10.5;

/** Drawing-time simplification (Douglas–Peucker), in SVG units: invisible at 1:1. */
const TOLERANCE = 0.35;

/** @type {Promise<LocatorGeometry> | undefined} */
let loading;
/** @type {LocatorGeometry | undefined} */
let loaded;

/** @param {string} name */
const read = (name) => readFileSync(new URL(name, SOURCES), 'utf8');

/**
 * @param {string} commands
 * @param {Record<string, string>} inputs
 * @returns {Promise<Record<string, import('geojson').FeatureCollection>>}
 */
async function run(commands, inputs) {
  const out = await mapshaper.applyCommands(`${commands} -quiet`, { ...inputs });
  return Object.fromEntries(Object.entries(out).map(([file, body]) => [file, JSON.parse(body.toString())]));
}

/**
 * Every ring or line of a collection, as [lon, lat] arrays.
 * @param {import('geojson').FeatureCollection} fc
 * @returns {Ring[]}
 */
function rings(fc) {
  /** @type {Ring[]} */
  const out = [];
  for (const f of fc.features) {
    const g = f.geometry;
    if (!g) continue;
    if (g.type === 'Polygon' || g.type === 'MultiLineString')
      out.push(.../** @type {Ring[]} */ (g.coordinates));
    else if (g.type === 'MultiPolygon') for (const p of g.coordinates) out.push(.../** @type {Ring[]} */ (p));
    else if (g.type === 'LineString') out.push(/** @type {Ring} */ (g.coordinates));
  }
  return out;
}

/** @returns {Town[]} */
function readTowns() {
  /** @type {Record<string, string>[]} */
  const rows = Papa.parse(read('places.csv'), { header: true, skipEmptyLines: true }).data;
  return rows
    .map((r) => ({
      name_fr: r.name_fr ?? '',
      ...(r.name_en ? { name_en: r.name_en } : {}),
      lon: Number(r.lon),
      lat: Number(r.lat),
      rank: Number(r.rank),
      country: r.country ?? '',
    }))
    .filter((t) => t.name_fr && t.rank <= MAX_RANK && Number.isFinite(t.lon) && Number.isFinite(t.lat))
    .sort((a, b) => a.rank - b.rank || compare(a.name_fr, b.name_fr));
}

/** @param {string} a @param {string} b */
const compare = (a, b) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Reads Mali's regions, the countries and the ranked places, simplifies the polygons once
 * (mapshaper, which keeps shared borders shared) and keeps the result in memory. Later calls
 * return the same geometry.
 * @returns {Promise<LocatorGeometry>}
 */
export function loadLocatorGeometry() {
  loading ??= (async () => {
    const inputs = {
      'countries.geojson': read('ne_10m_admin0_countries.geojson'),
      'regions.geojson': read('mali_adm1.geojson'),
    };
    const {
      'mali.json': mali,
      'borders.json': borders,
      'neighbours.json': neighbours,
    } = await run(
      `-i countries.geojson name=countries -clip bbox=${GEOMETRY_BOX.join(',')} ${SIMPLIFY}` +
        ` -filter-fields adm0_a3,name,name_fr -innerlines + name=borders` +
        ` -filter '${JSON.stringify(NEIGHBOURS)}.includes(adm0_a3)' + name=neighbours target=countries` +
        ` -filter 'adm0_a3 == "MLI"' + name=mali target=countries -o target=mali,borders,neighbours ${OUT}`,
      inputs,
    );
    // Mali's regions come from another source whose outer border sits 1–5 km off Natural Earth's:
    // only their inner lines are drawn, clipped to Natural Earth's Mali.
    const { 'regions.json': regions } = await run(
      `-i regions.geojson ${MESH_FIX} ${SIMPLIFY} -innerlines -clip mali.json -o regions.json ${OUT}`,
      { ...inputs, 'mali.json': JSON.stringify(mali) },
    );
    loaded = {
      mali: rings(/** @type {import('geojson').FeatureCollection} */ (mali)),
      regions: rings(/** @type {import('geojson').FeatureCollection} */ (regions)),
      borders: rings(/** @type {import('geojson').FeatureCollection} */ (borders)),
      towns: readTowns(),
      neighbours: /** @type {import('geojson').FeatureCollection} */ (neighbours).features
        .map((f) => ({
          name_fr: String(f.properties?.name_fr ?? f.properties?.name),
          name_en: String(f.properties?.name),
          rings: rings({ type: 'FeatureCollection', features: [f] }),
        }))
        .sort((a, b) => compare(a.name_fr, b.name_fr)),
    };
    return loaded;
  })();
  return loading;
}

// ---------------------------------------------------------------------------------------------
// Projection. Web Mercator, like the interactive map the reader opens next, so the locator's
// shapes are the map's shapes. Over Mali (10–25° N) Mercator's scale varies by only ~9 %, and
// plain equirectangular-with-cos(lat) would distort the north/south ratio by about as much: no
// gain in simplicity worth a second look of the country. `y` is in "Mercator degrees" (equal to
// degrees of longitude at the equator), north up.

/** @param {number} lat */
const mercY = (lat) => (Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360)) * 180) / Math.PI;

/**
 * @typedef {object} Frame
 * @property {number} cx centre, Mercator degrees
 * @property {number} cy
 * @property {number} k SVG units per Mercator degree
 * @property {number} width
 * @property {number} height
 */

/**
 * The frame: all of Mali, or a box ±FOCUS_SPAN° around the focus, widened to the drawing's aspect
 * ratio and slid (not shrunk) to stay within Mali's extent (plus a degree), the focus always
 * inside.
 * @param {LocatorPoint | undefined} focus
 * @param {number} width
 * @param {number} height
 * @returns {Frame}
 */
export function frameFor(focus, width, height) {
  const [w, s, e, n] = MALI_VIEW;
  if (!focus) {
    const mali = { x0: w, x1: e, y0: mercY(s), y1: mercY(n) };
    const k = Math.min(width / (mali.x1 - mali.x0), height / (mali.y1 - mali.y0));
    return { cx: (mali.x0 + mali.x1) / 2, cy: (mali.y0 + mali.y1) / 2, k, width, height };
  }
  // A focus frame slides within Mali's extent plus a degree, so a place on a border shows a strip
  // of the country beyond it.
  const mali = { x0: w - 1, x1: e + 1, y0: mercY(s - 1), y1: mercY(n + 1) };
  const fy = mercY(focus.lat);
  const k = height / (mercY(focus.lat + FOCUS_SPAN) - mercY(focus.lat - FOCUS_SPAN));
  const halfW = width / 2 / k;
  const halfH = height / 2 / k;
  // Slide into Mali's extent where it fits, else centre on it; then make sure the focus shows,
  // with a margin for its marker.
  const margin = 16 / k;
  /** @param {number} c @param {number} half @param {number} lo @param {number} hi @param {number} f */
  const slide = (c, half, lo, hi, f) => {
    let v = hi - lo >= 2 * half ? Math.min(Math.max(c, lo + half), hi - half) : (lo + hi) / 2;
    v = Math.min(Math.max(v, f - half + margin), f + half - margin);
    return v;
  };
  return {
    cx: slide(focus.lon, halfW, mali.x0, mali.x1, focus.lon),
    cy: slide(fy, halfH, mali.y0, mali.y1, fy),
    k,
    width,
    height,
  };
}

/**
 * @param {Frame} f
 * @param {number} lon
 * @param {number} lat
 * @returns {LonLat} SVG units
 */
const project = (f, lon, lat) => [(lon - f.cx) * f.k + f.width / 2, f.height / 2 - (mercY(lat) - f.cy) * f.k];

// ---------------------------------------------------------------------------------------------
// Geometry in SVG units: clip to the frame (plus a margin, so clipped edges and their strokes fall
// outside the viewBox), thin, round to tenths.

/**
 * Sutherland–Hodgman against an axis-aligned box: fine for filling (edges it adds run along the
 * box, outside the viewBox).
 * @param {Ring} ring
 * @param {number[]} box [x0, y0, x1, y1]
 * @returns {Ring}
 */
function clipPolygon(ring, box) {
  let out = ring;
  for (let edge = 0; edge < 4; edge++) {
    const axis = /** @type {0 | 1} */ (edge % 2); // 0: x, 1: y
    const limit = /** @type {number} */ (box[edge]);
    const keepAbove = edge < 2;
    /** @param {LonLat} p */
    const inside = (p) => (keepAbove ? p[axis] >= limit : p[axis] <= limit);
    const input = out;
    out = [];
    for (let i = 0; i < input.length; i++) {
      const a = /** @type {LonLat} */ (input[i]);
      const b = /** @type {LonLat} */ (input[(i + 1) % input.length]);
      const ina = inside(a);
      const inb = inside(b);
      if (ina) out.push(a);
      if (ina !== inb) {
        const t = (limit - a[axis]) / (b[axis] - a[axis]);
        out.push([a[0] + t * (b[0] - a[0]), a[1] + t * (b[1] - a[1])]);
      }
    }
    if (!out.length) break;
  }
  return out;
}

/**
 * Cuts a polyline to the parts inside the box (Liang–Barsky per segment).
 * @param {Ring} line
 * @param {number[]} box
 * @returns {Ring[]}
 */
function clipLine(line, box) {
  const [x0, y0, x1, y1] = /** @type {[number, number, number, number]} */ (box);
  /** @type {Ring[]} */
  const parts = [];
  /** @type {Ring} */
  let current = [];
  for (let i = 0; i + 1 < line.length; i++) {
    const [ax, ay] = /** @type {LonLat} */ (line[i]);
    const [bx, by] = /** @type {LonLat} */ (line[i + 1]);
    const dx = bx - ax;
    const dy = by - ay;
    let t0 = 0;
    let t1 = 1;
    let visible = true;
    for (const [p, q] of [
      [-dx, ax - x0],
      [dx, x1 - ax],
      [-dy, ay - y0],
      [dy, y1 - ay],
    ]) {
      const pp = /** @type {number} */ (p);
      const qq = /** @type {number} */ (q);
      if (pp === 0) {
        if (qq < 0) visible = false;
      } else {
        const t = qq / pp;
        if (pp < 0) t0 = Math.max(t0, t);
        else t1 = Math.min(t1, t);
      }
    }
    if (!visible || t0 > t1) {
      if (current.length > 1) parts.push(current);
      current = [];
      continue;
    }
    /** @type {LonLat} */
    const start = [ax + t0 * dx, ay + t0 * dy];
    /** @type {LonLat} */
    const end = [ax + t1 * dx, ay + t1 * dy];
    if (!current.length || t0 > 0) {
      if (current.length > 1) parts.push(current);
      current = [start];
    }
    current.push(end);
    if (t1 < 1) {
      parts.push(current);
      current = [];
    }
  }
  if (current.length > 1) parts.push(current);
  return parts;
}

/**
 * Douglas–Peucker, iterative so long rings cannot overflow the stack.
 * @param {Ring} pts
 * @param {number} tolerance
 * @returns {Ring}
 */
function thin(pts, tolerance) {
  if (pts.length <= 2) return pts;
  const keep = new Uint8Array(pts.length);
  keep[0] = 1;
  keep[pts.length - 1] = 1;
  const stack = [[0, pts.length - 1]];
  const tol2 = tolerance * tolerance;
  while (stack.length) {
    const [i, j] = /** @type {[number, number]} */ (stack.pop());
    const [ax, ay] = /** @type {LonLat} */ (pts[i]);
    const [bx, by] = /** @type {LonLat} */ (pts[j]);
    const dx = bx - ax;
    const dy = by - ay;
    const len2 = dx * dx + dy * dy;
    let worst = -1;
    let worstD = tol2;
    for (let m = i + 1; m < j; m++) {
      const [px, py] = /** @type {LonLat} */ (pts[m]);
      let d2;
      if (len2 === 0) d2 = (px - ax) ** 2 + (py - ay) ** 2;
      else {
        const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / len2));
        d2 = (px - ax - t * dx) ** 2 + (py - ay - t * dy) ** 2;
      }
      if (d2 > worstD) {
        worstD = d2;
        worst = m;
      }
    }
    if (worst >= 0) {
      keep[worst] = 1;
      stack.push([i, worst], [worst, j]);
    }
  }
  return pts.filter((_, i) => keep[i]);
}

/** @param {number} v SVG units → integer tenths */
const tenths = (v) => Math.round(v * 10);

/**
 * Integer tenths as the shortest SVG number: 123 → "12.3", 120 → "12", 5 → ".5", -5 → "-.5".
 * @param {number} t
 */
function num(t) {
  const sign = t < 0 ? '-' : '';
  const a = Math.abs(t);
  const whole = Math.floor(a / 10);
  const frac = a % 10;
  if (!frac) return `${sign}${whole}`;
  return `${sign}${whole || ''}.${frac}`;
}

/** Joins numbers with a space, or with nothing before a minus sign. @param {number[]} ts */
function numbers(ts) {
  let s = '';
  for (const t of ts) {
    const n = num(t);
    s += s && !n.startsWith('-') ? ` ${n}` : n;
  }
  return s;
}

/**
 * Path data for rings (closed) or lines, in integer tenths with relative moves after the first.
 * @param {Ring[]} parts
 * @param {boolean} closed
 */
function pathData(parts, closed) {
  let d = '';
  for (const part of parts) {
    /** @type {[number, number][]} */
    const pts = [];
    for (const [x, y] of part) {
      /** @type {[number, number]} */
      const p = [tenths(x), tenths(y)];
      const last = pts[pts.length - 1];
      if (!last || last[0] !== p[0] || last[1] !== p[1]) pts.push(p);
    }
    if (closed && pts.length > 1) {
      const first = /** @type {[number, number]} */ (pts[0]);
      const last = /** @type {[number, number]} */ (pts[pts.length - 1]);
      if (first[0] === last[0] && first[1] === last[1]) pts.pop();
    }
    if (pts.length < (closed ? 3 : 2)) continue;
    const [x0, y0] = /** @type {[number, number]} */ (pts[0]);
    /** @type {number[]} */
    const rel = [];
    for (let i = 1; i < pts.length; i++) {
      const [px, py] = /** @type {[number, number]} */ (pts[i - 1]);
      const [qx, qy] = /** @type {[number, number]} */ (pts[i]);
      rel.push(qx - px, qy - py);
    }
    d += `M${numbers([x0, y0])}l${numbers(rel)}${closed ? 'z' : ''}`;
  }
  return d;
}

/**
 * @param {Frame} frame
 * @param {Ring[]} source
 * @param {boolean} closed
 */
function drawn(frame, source, closed) {
  const m = 4;
  const box = [-m, -m, frame.width + m, frame.height + m];
  /** @type {Ring[]} */
  const parts = [];
  for (const ring of source) {
    const projected = ring.map(([lon, lat]) => project(frame, lon, lat));
    if (closed) {
      const clipped = clipPolygon(projected, box);
      if (clipped.length >= 3) parts.push(thin([...clipped, /** @type {LonLat} */ (clipped[0])], TOLERANCE));
    } else {
      for (const part of clipLine(projected, box)) parts.push(thin(part, TOLERANCE));
    }
  }
  return pathData(parts, closed);
}

// ---------------------------------------------------------------------------------------------
// Text.

/** XML-escapes text and attribute values. @param {string} s */
export const escapeXml = (s) =>
  s.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );

/**
 * Rough advance width of Noto Sans text, in ems: enough to keep labels apart (overestimates a
 * little so that the real glyphs never touch).
 * @param {string} s
 */
function textWidthEm(s) {
  let w = 0;
  for (const c of s.normalize('NFC')) {
    if ("ilj.,'’-:;!|".includes(c)) w += 0.3;
    else if ('frt '.includes(c)) w += 0.38;
    else if ('mwMW'.includes(c)) w += 0.88;
    else if (c >= 'A' && c <= 'Z') w += 0.66;
    else w += 0.57;
  }
  return w;
}

/** @typedef {{ x0: number, y0: number, x1: number, y1: number }} Box */

/** @param {Box} a @param {Box} b */
const overlaps = (a, b) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/** @param {Town} t */
const priority = (t) => (t.country === 'MLI' ? t.rank : t.rank + 1.5);

/**
 * Up to `max` towns in the frame with labels that overlap nothing: best rank first, then nearest
 * the centre of attention (the focus, else the points' centroid); a foreign town counts as 1.5 ranks lower (Niamey after Gao and
 * Kidal, before a cercle seat). A label
 * goes right of its dot, else left, above or below; off the incident points if it can (`soft`), over them if not
 * (labels are drawn above the points, with a halo).
 * @param {Town[]} towns
 * @param {Frame} frame
 * @param {LonLat} centre where the reader looks first (SVG units): towns nearer it come first
 * @param {Box[]} taken boxes nothing may cover (the focus marker); placed labels are added
 * @param {Box[]} soft boxes better left uncovered (the points)
 * @param {'fr' | 'en'} lang
 * @param {number} max
 */
function placeTowns(towns, frame, centre, taken, soft, lang, max) {
  const { width, height } = frame;
  const inner = { x0: 4, y0: 4, x1: width - 4, y1: height - 4 };
  const candidates = towns
    .map((t) => {
      const [x, y] = project(frame, t.lon, t.lat);
      return { t, x, y, d: (x - centre[0]) ** 2 + (y - centre[1]) ** 2 };
    })
    .filter(({ x, y }) => x > inner.x0 + 2 && x < inner.x1 - 2 && y > inner.y0 + 2 && y < inner.y1 - 2)
    .sort((a, b) => priority(a.t) - priority(b.t) || a.d - b.d || compare(a.t.name_fr, b.t.name_fr));
  /** @type {{ x: number, y: number, tx: number, ty: number, name: string, anchor: 'start' | 'end' | 'middle', mali: boolean }[]} */
  const placed = [];
  const fs = FONT_SIZE;
  for (const c of candidates) {
    if (placed.length >= max) break;
    const name = (lang === 'en' && c.t.name_en) || c.t.name_fr;
    const dot = { x0: c.x - 3, y0: c.y - 3, x1: c.x + 3, y1: c.y + 3 };
    if (taken.some((b) => overlaps(b, dot))) continue;
    const w = textWidthEm(name) * fs;
    const top = c.y - fs * 0.72;
    const bottom = c.y + fs * 0.32;
    const below = c.y + 4 + fs * 0.72;
    const sides = /** @type {const} */ ([
      {
        anchor: 'start',
        x: c.x + 4.5,
        y: c.y + fs * 0.32,
        box: { x0: c.x + 3, y0: top, x1: c.x + 6 + w, y1: bottom },
      },
      {
        anchor: 'end',
        x: c.x - 4.5,
        y: c.y + fs * 0.32,
        box: { x0: c.x - 6 - w, y0: top, x1: c.x - 3, y1: bottom },
      },
      {
        anchor: 'middle',
        x: c.x,
        y: c.y - 4.5,
        box: { x0: c.x - w / 2 - 1, y0: c.y - 4 - fs * 0.78, x1: c.x + w / 2 + 1, y1: c.y - 3 },
      },
      {
        anchor: 'middle',
        x: c.x,
        y: below,
        box: { x0: c.x - w / 2 - 1, y0: c.y + 3, x1: c.x + w / 2 + 1, y1: below + fs * 0.25 },
      },
    ]).filter(
      (s) =>
        s.box.x0 >= inner.x0 &&
        s.box.x1 <= inner.x1 &&
        s.box.y0 >= inner.y0 &&
        s.box.y1 <= inner.y1 &&
        !taken.some((b) => overlaps(b, s.box)),
    );
    const side = sides.find((s) => !soft.some((b) => overlaps(b, s.box))) ?? sides[0];
    if (!side) continue;
    taken.push(dot, side.box);
    placed.push({
      x: c.x,
      y: c.y,
      tx: side.x,
      ty: side.y,
      name,
      anchor: side.anchor,
      mali: c.t.country === 'MLI',
    });
  }
  return placed;
}

/**
 * Even–odd point in polygon.
 * @param {Ring[]} polygon
 * @param {number} x
 * @param {number} y
 */
function inside(polygon, x, y) {
  let odd = false;
  for (const ring of polygon) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = /** @type {LonLat} */ (ring[i]);
      const [xj, yj] = /** @type {LonLat} */ (ring[j]);
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) odd = !odd;
    }
  }
  return odd;
}

const COUNTRY_SIZE = 8;
const COUNTRY_SPACING = 0.9;

/**
 * Names the neighbouring countries that show: each at the spot of a grid nearest the frame's
 * centre where its label fits inside the country with room around it and covers no town.
 * @param {Neighbour[]} neighbours
 * @param {Frame} frame
 * @param {Box[]} taken
 * @param {'fr' | 'en'} lang
 */
function placeCountries(neighbours, frame, taken, lang) {
  const { width, height } = frame;
  const [fx, fy] = [width / 2, height / 2];
  const box = [-4, -4, width + 4, height + 4];
  /** @type {{ x: number, y: number, name: string }[]} */
  const placed = [];
  const step = 4;
  const pad = 5;
  for (const n of neighbours) {
    const polygon = n.rings
      .map((r) =>
        clipPolygon(
          r.map(([lon, lat]) => project(frame, lon, lat)),
          box,
        ),
      )
      .filter((r) => r.length >= 3);
    if (!polygon.length) continue;
    const name = (lang === 'en' ? n.name_en : n.name_fr).toLocaleUpperCase(lang);
    const w = textWidthEm(name) * COUNTRY_SIZE + COUNTRY_SPACING * (name.length - 1);
    const h = COUNTRY_SIZE * 0.75;
    /** @type {{ x: number, y: number, b: Box } | undefined} */
    let best;
    let bestD = Infinity;
    for (let y = 6 + h / 2; y <= height - 6 - h / 2; y += step) {
      for (let x = 6 + w / 2; x <= width - 6 - w / 2; x += step) {
        const d = (x - fx) ** 2 + (y - fy) ** 2;
        if (d >= bestD || !inside(polygon, x, y)) continue;
        const b = { x0: x - w / 2, y0: y - h / 2, x1: x + w / 2, y1: y + h / 2 };
        // Five points along the top and the bottom of the label, with room around it for the
        // borders' strokes.
        const probes = [0, 0.25, 0.5, 0.75, 1]
          .map((f) => b.x0 - pad + f * (w + 2 * pad))
          .flatMap((px) => [
            [px, b.y0 - pad],
            [px, b.y1 + pad],
          ]);
        if (
          !probes.every(([px, py]) => inside(polygon, /** @type {number} */ (px), /** @type {number} */ (py)))
        )
          continue;
        if (taken.some((t) => overlaps(t, b))) continue;
        best = { x, y, b };
        bestD = d;
      }
    }
    if (!best) continue;
    taken.push(best.b);
    placed.push({ x: best.x, y: best.y + h / 2, name });
  }
  return placed;
}

// ---------------------------------------------------------------------------------------------

/**
 * The locator as an `<svg>` string (see LocatorOptions). Needs `await loadLocatorGeometry()` first.
 * @param {LocatorOptions} options
 * @returns {string}
 */
export function locatorSvg({ points = [], focus, lang = 'fr', width = 320, height = 240, label }) {
  if (!loaded) throw new Error('locatorSvg: call `await loadLocatorGeometry()` once before drawing');
  const geo = loaded;
  const frame = frameFor(focus, width, height);
  const f1 = (/** @type {number} */ v) => num(tenths(v));

  const focusR = focus?.r ?? 6;
  const focusXY = focus ? project(frame, focus.lon, focus.lat) : undefined;
  /** @type {Box[]} */
  const obstacles = focusXY
    ? [
        {
          x0: focusXY[0] - focusR - 6,
          y0: focusXY[1] - focusR - 6,
          x1: focusXY[0] + focusR + 6,
          y1: focusXY[1] + focusR + 6,
        },
      ]
    : [];
  const projected = points.map((p) => ({ p, xy: project(frame, p.lon, p.lat) }));
  const soft = projected.map(({ p, xy: [x, y] }) => {
    const r = p.r ?? 3.5;
    return { x0: x - r, y0: y - r, x1: x + r, y1: y + r };
  });
  /** @type {LonLat} */
  const centre =
    focusXY ??
    (projected.length
      ? [
          projected.reduce((sum, { xy }) => sum + xy[0], 0) / projected.length,
          projected.reduce((sum, { xy }) => sum + xy[1], 0) / projected.length,
        ]
      : [width / 2, height / 2]);
  const towns = placeTowns(geo.towns, frame, centre, obstacles, soft, lang, focus ? 5 : 7);
  // Country names keep well clear of the focus: they are background, it is the subject.
  const clear = focusXY
    ? [{ x0: focusXY[0] - 36, y0: focusXY[1] - 28, x1: focusXY[0] + 36, y1: focusXY[1] + 28 }]
    : [];
  const countries = placeCountries(geo.neighbours, frame, [...obstacles, ...clear], lang);

  const out = [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}"` +
      ` role="img" aria-label="${escapeXml(label)}">`,
    `<title>${escapeXml(label)}</title>`,
    // Neighbouring land as the background (Natural Earth lacks a few small countries in the
    // frame's corners; drawn this way they are simply land too), then the borders between countries.
    `<rect width="${width}" height="${height}" fill="${LAND}"/>`,
    `<path d="${drawn(frame, geo.borders, false)}" fill="none" stroke="${BORDER}" stroke-width=".8" stroke-linejoin="round"/>`,
    `<path d="${drawn(frame, geo.mali, true)}" fill="${MALI_FILL}" fill-rule="evenodd" stroke="${MALI_LINE}" stroke-width="1.1" stroke-linejoin="round"/>`,
    `<path d="${drawn(frame, geo.regions, false)}" fill="none" stroke="${REGION_LINE}" stroke-width=".6" stroke-linejoin="round"/>`,
  ];
  if (countries.length) {
    out.push(
      `<g font-family="${FONT}" font-size="${COUNTRY_SIZE}" letter-spacing="${COUNTRY_SPACING}" fill="${COUNTRY}" text-anchor="middle">` +
        countries.map((c) => `<text x="${f1(c.x)}" y="${f1(c.y)}">${escapeXml(c.name)}</text>`).join('') +
        `</g>`,
    );
  }
  if (points.length) {
    out.push(
      `<g stroke="#fff" stroke-width=".8" fill-opacity="${focus ? '.8' : '.85'}">` +
        projected
          .map(({ p, xy: [x, y] }) => {
            if (x < -10 || y < -10 || x > width + 10 || y > height + 10) return '';
            return `<circle cx="${f1(x)}" cy="${f1(y)}" r="${f1(p.r ?? 3.5)}" fill="${escapeXml(p.colour ?? INK)}"/>`;
          })
          .join('') +
        `</g>`,
    );
  }
  if (towns.length) {
    out.push(
      `<g fill="${TOWN}">${towns.map((t) => `<circle cx="${f1(t.x)}" cy="${f1(t.y)}" r="1.9"/>`).join('')}</g>`,
      `<g font-family="${FONT}" font-size="${FONT_SIZE}" fill="${TOWN}" stroke="${MALI_FILL}" stroke-width="2.6"` +
        ` stroke-linejoin="round" paint-order="stroke">` +
        towns
          .map(
            (t) =>
              `<text x="${f1(t.tx)}" y="${f1(t.ty)}"${t.anchor === 'start' ? '' : ` text-anchor="${t.anchor}"`}${t.mali ? '' : ` stroke="${LAND}"`}>${escapeXml(t.name)}</text>`,
          )
          .join('') +
        `</g>`,
    );
  }
  if (focusXY) {
    const [x, y] = focusXY.map(f1);
    // A halo to lift it off the map, the point in its colour, and a ring round it in ink.
    out.push(
      `<circle cx="${x}" cy="${y}" r="${f1(focusR + 4.5)}" fill="none" stroke="${PAPER}" stroke-width="3"/>`,
      `<circle data-focus="" cx="${x}" cy="${y}" r="${f1(focusR)}" fill="${escapeXml(focus?.colour ?? INK)}" stroke="#fff" stroke-width="1.5"/>`,
      `<circle cx="${x}" cy="${y}" r="${f1(focusR + 4.5)}" fill="none" stroke="${INK}" stroke-width="1.4"/>`,
    );
  }
  out.push('</svg>');
  return out.join('');
}
