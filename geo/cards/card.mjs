// Link-preview cards (Open Graph images, 1200×630 PNG) for incident pages and the home page, made
// at build time without a browser: resvg draws the locator map, satori lays the card out as SVG
// (text as glyph outlines, the map as an embedded PNG), and resvg draws that SVG to PNG.
//
//   const png = await renderCard({ lang, kicker, title, place, sides, level, brand, tagline, locatorSvg });
//
// Same input → same bytes: fonts come from the package (never the system's), and neither library
// writes a time or any other varying chunk into its output.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import { PALETTE } from '../../src/lib/palette.js';
import { lineCount, metricsOf, textWidth } from './measure.mjs';

const require = createRequire(import.meta.url);
const NOTO = require.resolve('@expo-google-fonts/noto-sans/package.json').replace(/package\.json$/, '');
const FONT_FILES = {
  400: `${NOTO}400Regular/NotoSans_400Regular.ttf`,
  700: `${NOTO}700Bold/NotoSans_700Bold.ttf`,
};

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;
/** Sides listed by name; beyond that, the last row says how many more. */
export const MAX_SIDES = 6;

const { paper: PAPER, ink: INK, inkMuted: MUTED, rule: RULE } = PALETTE;
const BAND_TEXT = '#c6ccd3';
const FAMILY = 'Noto Sans';

const BAND = 68; // the brand band along the bottom
const MAP_WIDTH = 384; // the locator panel at the right, above the band
const HOME_MAP_WIDTH = 520; // wider on the home card, which has no sides to list
/** The locator is drawn at this scale: its SVG units are bigger than pixels so its labels read. */
export const MAP_SCALE = 1.8;
/** The size to ask locatorSvg for, so that it fills the card's map panel. */
export const CARD_LOCATOR = {
  width: Math.round(MAP_WIDTH / MAP_SCALE),
  height: Math.round((CARD_HEIGHT - BAND) / MAP_SCALE),
};
/** The same for the home card's locator. */
export const HOME_CARD_LOCATOR = {
  width: Math.round(HOME_MAP_WIDTH / MAP_SCALE),
  height: Math.round((CARD_HEIGHT - BAND) / MAP_SCALE),
};

/**
 * @typedef {object} CardSide
 * @property {string} label the side's short name, e.g. "Armée"
 * @property {string} colour its colour, e.g. '#2c5d8f'
 * @property {string} says its headline toll, e.g. "5 soldats maliens tués"
 */
/**
 * @typedef {object} CardInput
 * @property {string} lang the text's language (part of what the card's file name hashes)
 * @property {string} kicker date · type
 * @property {string} title
 * @property {string} place
 * @property {CardSide[]} sides
 * @property {{ label: string, colour: string }} [level] how far the versions differ
 * @property {string[]} more what the card says when 1, 2, … sides do not fit ("+ 1 autre camp")
 * @property {string} brand "Recoupe"
 * @property {string} tagline
 * @property {string} [locatorSvg] from geo/locator, sized CARD_LOCATOR (another aspect ratio
 *   throws), drawn at the right
 */
/**
 * @typedef {object} HomeCardInput
 * @property {string} lang the text's language
 * @property {string} title
 * @property {string} tagline
 * @property {string} kicker above the title ("Carte interactive")
 * @property {string} figure how many incidents are on the map, formatted ("156")
 * @property {string} noun what the figure counts ("incidents")
 * @property {string} [brand] default "Recoupe"
 * @property {string} [locatorSvg] whole-Mali locator with every incident, sized HOME_CARD_LOCATOR
 */

/** @typedef {{ type: string, props: Record<string, unknown> }} Node */

/**
 * A satori element. Children that are false/undefined are dropped.
 * @param {string} type
 * @param {Record<string, unknown>} style
 * @param {...(Node | string | false | undefined)} children
 * @returns {Node}
 */
function h(type, style, ...children) {
  const kids = children.filter((c) => c !== false && c !== undefined);
  return { type, props: { style, children: kids.length === 1 ? kids[0] : kids } };
}

/** One line, cut with an ellipsis. */
const oneLine = { display: 'block', whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis' };

/** @type {import('satori').SatoriOptions['fonts'] | undefined} */
let fonts;
/** @type {string[]} */
const fontFiles = Object.values(FONT_FILES);
/** Fonts are read once and passed as the same array every time (satori caches by it). */
function loadFonts() {
  fonts ??= [
    { name: FAMILY, data: readFileSync(FONT_FILES[400]), weight: 400, style: 'normal' },
    { name: FAMILY, data: readFileSync(FONT_FILES[700]), weight: 700, style: 'normal' },
  ];
  return fonts;
}

/**
 * The card's frame: the content at the left, the locator (or plain land) at the right, the brand
 * band along the bottom.
 * @param {Node} content
 * @param {string | undefined} locator
 * @param {string} brand
 * @param {string} tagline
 * @param {number} [mapWidth]
 */
function frame(content, locator, brand, tagline, mapWidth = MAP_WIDTH) {
  const mapHeight = CARD_HEIGHT - BAND;
  return h(
    'div',
    {
      width: CARD_WIDTH,
      height: CARD_HEIGHT,
      display: 'flex',
      flexDirection: 'column',
      backgroundColor: PAPER,
      color: INK,
      fontFamily: FAMILY,
    },
    h(
      'div',
      { display: 'flex', flexDirection: 'row', height: mapHeight },
      h(
        'div',
        {
          display: 'flex',
          flexDirection: 'column',
          width: CARD_WIDTH - mapWidth,
          height: mapHeight,
          boxSizing: 'border-box',
          padding: '44px 40px 30px 60px',
        },
        content,
      ),
      locator
        ? {
            type: 'img',
            props: {
              src: `data:image/png;base64,${locatorPng(locator, mapWidth, mapHeight).toString('base64')}`,
              width: mapWidth,
              height: mapHeight,
              style: { width: mapWidth, height: mapHeight, borderLeft: `1px solid ${RULE}` },
            },
          }
        : h('div', { width: mapWidth, height: mapHeight, backgroundColor: '#ebe7df' }),
    ),
    h(
      'div',
      {
        display: 'flex',
        flexDirection: 'row',
        alignItems: 'center',
        height: BAND,
        padding: '0 60px',
        backgroundColor: INK,
      },
      h(
        'div',
        { display: 'flex', fontSize: 32, fontWeight: 700, color: '#ffffff', letterSpacing: 0.3 },
        brand,
      ),
      h('div', { display: 'flex', width: 2, height: 28, backgroundColor: '#4a535d', margin: '0 22px' }),
      h('div', { ...oneLine, flex: 1, minWidth: 0, fontSize: 23, color: BAND_TEXT }, tagline),
    ),
  );
}

const REGULAR = metricsOf(FONT_FILES[400]);
const BOLD = metricsOf(FONT_FILES[700]);

/**
 * Lines `text` takes at `size` px in `width` px, from the font's own widths.
 * @param {string} text
 * @param {number} size
 * @param {number} width
 * @param {boolean} bold
 * @param {number} [letterSpacing]
 */
const linesFor = (text, size, width, bold, letterSpacing = 0) =>
  lineCount(bold ? BOLD : REGULAR, text, size, width, letterSpacing);

const CONTENT = { width: CARD_WIDTH - MAP_WIDTH - 60 - 40, height: CARD_HEIGHT - BAND - 44 - 30 };
const KICKER = { size: 21, line: 28, after: 12 };
const PLACE = { size: 24, line: 32, before: 8 };
const LEVEL = { size: 20, line: 28, after: 10 };
const SPACER = 14;
const TITLE_SPACING = -0.5;
const HOME_TITLE = 58;
const BAR = 24; // the side's colour bar and the space after it

/**
 * The narrowest width (to the pixel, plus slack for rounding) at which `title` still takes `lines`.
 * @param {string} title
 * @param {number} size
 * @param {number} lines
 * @param {number} [width] the column's width
 */
function balancedWidth(title, size, lines, width = CONTENT.width) {
  let lo = Math.floor(width / lines);
  let hi = width;
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    if (linesFor(title, size, mid, true, TITLE_SPACING) <= lines) hi = mid;
    else lo = mid + 1;
  }
  return Math.min(width, hi + 6);
}

/**
 * Sizes for an incident card: the biggest title (56 down to 48 px) that leaves room for every
 * side's toll whole on two lines each (when one needs more than a line); failing that, the biggest
 * title (down to 40 px) with one line per side. The title is balanced: as narrow as it can be
 * without taking another line, so its last line is not a lone word.
 * @param {CardInput} input
 * @param {CardSide[]} shown
 * @param {boolean} overflow
 */
function layout({ title, level }, shown, overflow) {
  const rows = shown.length + (overflow ? 1 : 0);
  const rowSize = rows <= 3 ? 26 : rows === 4 ? 25 : 23;
  const rowLine = Math.round(rowSize * 1.3);
  const rowGap = rows <= 3 ? 12 : rows === 4 ? 10 : 7;
  const longest = Math.max(0, ...shown.map((s) => textWidth(BOLD, s.label, rowSize)));
  const labelWidth = Math.min(240, Math.max(90, Math.ceil(longest) + 2));
  const saysWidth = CONTENT.width - BAR - labelWidth - 14;
  const needs = shown.map((s) => Math.min(2, linesFor(s.says, rowSize, saysWidth, false)));
  const fixed =
    KICKER.line +
    KICKER.after +
    PLACE.before +
    PLACE.line +
    SPACER +
    (level ? LEVEL.line + LEVEL.after : 0) +
    rowGap * Math.max(0, rows - 1) +
    (overflow ? rowLine : 0);
  /** @param {number} size */
  const titleFor = (size) => {
    const lines = linesFor(title, size, CONTENT.width, true, TITLE_SPACING);
    const titleLines = Math.min(3, lines);
    return {
      size,
      titleLines,
      titleWidth: lines > 1 && lines <= 3 ? balancedWidth(title, size, lines) : CONTENT.width,
      height: titleLines * Math.round(size * 1.1),
    };
  };
  const base = { rowSize, rowLine, rowGap, labelWidth };
  // Every side gets the same room, two lines or one: the card must not give one version more space.
  const twoLines = needs.some((n) => n > 1);
  if (twoLines) {
    for (const size of [56, 52, 48]) {
      const t = titleFor(size);
      if (fixed + t.height + 2 * shown.length * rowLine <= CONTENT.height)
        return { ...base, ...t, saysLines: 2 };
    }
  }
  for (const size of [56, 52, 48, 44, 40]) {
    const t = titleFor(size);
    const left = CONTENT.height - fixed - t.height - shown.length * rowLine;
    if (left >= 0) return { ...base, ...t, saysLines: 1 };
  }
  // Nothing fits whole: the smallest title, clamped to what is left.
  const t = titleFor(40);
  const left = CONTENT.height - fixed - t.height - shown.length * rowLine;
  const titleLines = Math.max(1, t.titleLines + Math.floor(left / Math.round(40 * 1.1)));
  return { ...base, ...t, titleLines, saysLines: 1 };
}

/**
 * @param {CardSide} side
 * @param {ReturnType<typeof layout>} fit
 * @param {number} lines
 */
function sideRow(side, fit, lines) {
  return h(
    'div',
    {
      display: 'flex',
      flexDirection: 'row',
      alignItems: 'flex-start',
      fontSize: fit.rowSize,
      lineHeight: `${fit.rowLine}px`,
    },
    h('div', {
      display: 'flex',
      width: 8,
      height: fit.rowLine - 8,
      marginTop: 4,
      borderRadius: 2,
      backgroundColor: side.colour,
      marginRight: BAR - 8,
      flexShrink: 0,
    }),
    h(
      'div',
      { ...oneLine, width: fit.labelWidth, flexShrink: 0, fontWeight: 700, marginRight: 14 },
      side.label,
    ),
    h(
      'div',
      lines > 1
        ? {
            display: 'block',
            flex: 1,
            minWidth: 0,
            lineClamp: lines,
            overflow: 'hidden',
            textOverflow: 'ellipsis',
          }
        : { ...oneLine, flex: 1, minWidth: 0 },
      side.says,
    ),
  );
}

/** What the card says when `n` sides do not fit (the input's words, from the catalogs). @param {string[]} labels @param {number} n */
const more = (labels, n) => labels[n - 1] ?? labels.at(-1) ?? `+ ${n}`;

const resvgFonts = { fontFiles, loadSystemFonts: false, defaultFontFamily: FAMILY, sansSerifFamily: FAMILY };

/**
 * The locator drawn on its own, to the panel's pixel size: resvg does not pass its fonts to an SVG
 * nested as an image, so the map's labels would be lost if satori embedded the SVG itself.
 * @param {string} svg
 * @param {number} width
 * @param {number} height
 */
function locatorPng(svg, width, height) {
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'width', value: width },
    font: resvgFonts,
    background: PAPER,
  });
  const png = resvg.render();
  if (png.height !== height && Math.abs(png.height - height) > 2)
    throw new Error(
      `locator of ${png.width}×${png.height} for a ${width}×${height} panel: size it with CARD_LOCATOR`,
    );
  return png.asPng();
}

/** @param {Node} tree */
async function toPng(tree) {
  const svg = await satori(/** @type {any} */ (tree), {
    width: CARD_WIDTH,
    height: CARD_HEIGHT,
    fonts: /** @type {NonNullable<typeof fonts>} */ (loadFonts()),
  });
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'original' },
    // satori draws text as outlines; resvg still gets the fonts so that nothing falls back to the system's.
    font: resvgFonts,
    background: PAPER,
    shapeRendering: 2,
    textRendering: 1,
  });
  return resvg.render().asPng();
}

/**
 * The link-preview card of one incident (PNG, 1200×630).
 * @param {CardInput} input
 * @returns {Promise<Buffer>}
 */
export async function renderCard(input) {
  return toPng(cardElement(input));
}

/**
 * The incident card as a satori element tree (what renderCard draws), for tests and tools.
 * @param {CardInput} input
 * @returns {Node}
 */
export function cardElement(input) {
  const { kicker, title, place, sides, level, brand, tagline, locatorSvg } = input;
  const overflow = sides.length > MAX_SIDES;
  const shown = overflow ? sides.slice(0, MAX_SIDES - 1) : sides;
  const fit = layout(input, shown, overflow);

  const content = h(
    'div',
    { display: 'flex', flexDirection: 'column', flex: 1, overflow: 'hidden' },
    h(
      'div',
      {
        ...oneLine,
        flexShrink: 0,
        fontSize: KICKER.size,
        lineHeight: `${KICKER.line}px`,
        fontWeight: 700,
        color: MUTED,
        textTransform: 'uppercase',
        letterSpacing: 1.6,
        marginBottom: KICKER.after,
      },
      kicker,
    ),
    h(
      'div',
      {
        display: 'block',
        flexShrink: 0,
        width: fit.titleWidth,
        fontSize: fit.size,
        fontWeight: 700,
        lineHeight: `${Math.round(fit.size * 1.1)}px`,
        letterSpacing: TITLE_SPACING,
        lineClamp: fit.titleLines,
        overflow: 'hidden',
        textOverflow: 'ellipsis',
      },
      title,
    ),
    h(
      'div',
      {
        ...oneLine,
        flexShrink: 0,
        fontSize: PLACE.size,
        lineHeight: `${PLACE.line}px`,
        color: MUTED,
        marginTop: PLACE.before,
      },
      place,
    ),
    h('div', { display: 'flex', flex: 1, minHeight: SPACER }),
    level &&
      h(
        'div',
        {
          display: 'flex',
          flexDirection: 'row',
          alignItems: 'center',
          flexShrink: 0,
          marginBottom: LEVEL.after,
        },
        h('div', {
          display: 'flex',
          width: 14,
          height: 14,
          borderRadius: 7,
          backgroundColor: level.colour,
          marginRight: 10,
          flexShrink: 0,
        }),
        h(
          'div',
          {
            ...oneLine,
            fontSize: LEVEL.size,
            lineHeight: `${LEVEL.line}px`,
            fontWeight: 700,
            color: INK,
            flex: 1,
            minWidth: 0,
          },
          level.label,
        ),
      ),
    h(
      'div',
      { display: 'flex', flexDirection: 'column', flexShrink: 0, gap: fit.rowGap },
      ...shown.map((s) => sideRow(s, fit, fit.saysLines)),
      overflow &&
        h(
          'div',
          {
            ...oneLine,
            fontSize: fit.rowSize,
            lineHeight: `${fit.rowLine}px`,
            color: MUTED,
            paddingLeft: BAR,
          },
          more(input.more, sides.length - shown.length),
        ),
    ),
  );
  return frame(content, locatorSvg, brand, tagline);
}

/**
 * The home page's card: the title, how many incidents, the whole-Mali locator.
 * @param {HomeCardInput} input
 * @returns {Promise<Buffer>}
 */
export async function renderHomeCard(input) {
  return toPng(homeCardElement(input));
}

/**
 * The home card as a satori element tree.
 * @param {HomeCardInput} input
 * @returns {Node}
 */
export function homeCardElement({ kicker, title, tagline, figure, noun, brand = 'Recoupe', locatorSvg }) {
  const column = CARD_WIDTH - HOME_MAP_WIDTH - 60 - 40;
  const lines = linesFor(title, HOME_TITLE, column, true, TITLE_SPACING);
  const titleWidth = lines > 1 && lines <= 4 ? balancedWidth(title, HOME_TITLE, lines, column) : column;
  const content = h(
    'div',
    { display: 'flex', flexDirection: 'column', flex: 1 },
    h(
      'div',
      {
        ...oneLine,
        fontSize: 21,
        fontWeight: 700,
        color: MUTED,
        textTransform: 'uppercase',
        letterSpacing: 1.6,
        marginBottom: 14,
      },
      kicker,
    ),
    h(
      'div',
      {
        display: 'block',
        width: titleWidth,
        fontSize: HOME_TITLE,
        fontWeight: 700,
        lineHeight: `${Math.round(HOME_TITLE * 1.1)}px`,
        letterSpacing: TITLE_SPACING,
        lineClamp: 4,
        overflow: 'hidden',
        textOverflow: 'ellipsis',
      },
      title,
    ),
    h('div', { display: 'flex', flex: 1, minHeight: 20 }),
    h(
      'div',
      { display: 'flex', flexDirection: 'row', alignItems: 'baseline' },
      h('div', { display: 'flex', fontSize: 96, fontWeight: 700, lineHeight: 1, marginRight: 18 }, figure),
      h('div', { display: 'flex', fontSize: 34, color: MUTED }, noun),
    ),
  );
  return frame(content, locatorSvg, brand, tagline, HOME_MAP_WIDTH);
}
