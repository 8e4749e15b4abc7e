// Colours and fonts of the basemap: an atlas page that stays quiet so the incident colours
// (reds, oranges, purples, blues) are the loudest thing on the map.

export const COLOURS = {
  /** Neighbours' land; also the background, so the edge of the data box does not show. */
  land: '#ebe8e1',
  /** Mali: a warmer, lighter sand, enough to read as "the subject" without a heavy outline. */
  mali: '#f7f1e3',
  water: '#b9cedc',
  river: '#9bb8cc',
  waterLabel: '#5b7f9b',
  border: '#9a938b',
  maliBorder: '#7b736a',
  maliBorderGlow: '#e3d6bb',
  region: '#aaa298',
  cercle: '#cbc5bc',
  neighbourProvince: '#d6d1c9',
  countryLabel: '#8a8177',
  maliLabel: '#6d6359',
  regionLabel: '#9d9286',
  place: '#38332e',
  neighbourPlace: '#6f685f',
  village: '#6b645c',
  dot: '#4a443d',
  halo: '#fbf8f1',
} as const;

/** Font stacks; each is a directory of glyph ranges written by geo/basemap/build.mjs. */
export const FONTS = {
  regular: ['Noto Sans Regular'],
  semibold: ['Noto Sans SemiBold'],
  italic: ['Noto Sans Italic'],
};
