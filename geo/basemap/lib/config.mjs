// Shared constants for the basemap build; the style module mirrors them in TypeScript.

/** [west, south, east, north]: the area the shared sources cover, Mali plus a margin. */
/** @type {[number, number, number, number]} */
export const CLIP_BOX = [-13, 9, 6, 26];

/** Deepest tile zoom written; MapLibre over-zooms beyond it. */
export const MAX_TILE_ZOOM = 9;
