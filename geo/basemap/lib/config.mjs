// The map's geography in one place: the basemap build, the app's style and the incident schema
// all read these (the app imports this file too).

/**
 * [west, south, east, north]: the area the basemap data covers, Mali plus a margin. Incident
 * points must fall inside it, so one plotted in Senegal or the sea is caught.
 * @type {readonly [number, number, number, number]}
 */
export const CLIP_BOX = [-13, 9, 6, 26];

/**
 * [west, south, east, north]: Mali's own extent, for a first view that frames the whole country.
 * @type {readonly [number, number, number, number]}
 */
export const MALI_VIEW = [-12.3, 10.1, 4.3, 25.1];

/** Deepest tile zoom written; MapLibre over-zooms beyond it. */
export const MAX_TILE_ZOOM = 9;
