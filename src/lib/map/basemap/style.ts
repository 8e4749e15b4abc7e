// The offline basemap style: vector tiles and glyphs built by geo/basemap/build.mjs and served
// from the app's own origin (contract §5: no request leaves the origin by default).
import type { StyleSpecification } from 'maplibre-gl';
import { CLIP_BOX, MALI_VIEW, MAX_TILE_ZOOM } from '../../../../geo/basemap/lib/config.mjs';
import { basemapLayers, FIRST_LABEL_LAYER, SOURCE } from './layers';
import type { Lang } from '../../i18n/locales';
import { normaliseBase } from '../../url/base.js';

export { labelField } from './expressions';

/**
 * Insert incident layers before this id (`map.addLayer(layer, BASEMAP_BEFORE_LAYER)`): they then
 * cover every border and river yet stay under place dots and names, so a town stays readable
 * under a cluster of markers. Add a layer without `beforeId` to draw it over the names instead.
 */
export const BASEMAP_BEFORE_LAYER = FIRST_LABEL_LAYER;

/** [west, south, east, north] of the basemap data: Mali plus a margin (e.g. for `maxBounds`). */
export const BASEMAP_BOUNDS: [number, number, number, number] = [...CLIP_BOX];
/** Mali's extent, for a first view that frames the whole country. */
export const MALI_BOUNDS: [number, number, number, number] = [...MALI_VIEW];
/** Deepest zoom the tiles were cut at. */
export const BASEMAP_MAX_TILE_ZOOM = MAX_TILE_ZOOM;

/** Credits for MapLibre's AttributionControl, one per licence the data carries. */
export const BASEMAP_ATTRIBUTION = [
  'Made with <a href="https://www.naturalearthdata.com/">Natural Earth</a> (public domain)',
  'Data from <a href="https://whosonfirst.org/docs/licenses/">Who’s On First</a>',
  'Mali divisions: Mesoshapes / OCHA',
  'Places: <a href="https://www.geonames.org/">GeoNames</a>, <a href="https://creativecommons.org/licenses/by/4.0/">CC BY 4.0</a>',
].join(' · ');

/** `base` made absolute against the page, since MapLibre fetches glyphs and tiles from workers. */
function absoluteBase(base: string): string {
  if (/^https?:\/\//.test(base)) return base.endsWith('/') ? base : `${base}/`;
  const path = normaliseBase(base);
  return typeof location === 'undefined' ? path : `${location.origin}${path}`;
}

export interface BasemapOptions {
  /** Where the app is served from: Vite's `import.meta.env.BASE_URL`, relative or absolute. */
  base: string;
  /** Label language; names only differ where English has its own (countries, Timbuktu). */
  lang: Lang;
}

/** The complete basemap style; add incident sources and layers on top of it. */
export function basemapStyle({ base, lang }: BasemapOptions): StyleSpecification {
  const root = absoluteBase(base);
  return {
    version: 8,
    name: 'Recoupe basemap',
    glyphs: `${root}glyphs/{fontstack}/{range}.pbf`,
    sources: {
      [SOURCE]: {
        type: 'vector',
        tiles: [`${root}basemap/tiles/{z}/{x}/{y}.pbf`],
        minzoom: 0,
        maxzoom: BASEMAP_MAX_TILE_ZOOM,
        bounds: BASEMAP_BOUNDS,
        attribution: BASEMAP_ATTRIBUTION,
      },
    },
    layers: basemapLayers(lang),
  };
}
