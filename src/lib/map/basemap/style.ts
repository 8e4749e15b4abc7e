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

/** The words around the basemap's credits, in the reader's language (the catalog's `mapCredits`),
 *  each with its own punctuation (« Lieux : » / "Places:"). */
export interface MapCredits {
  madeWith: string;
  publicDomain: string;
  dataFrom: string;
  divisions: string;
  places: string;
}

const esc = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * Credits for MapLibre's attribution control, one per licence the data carries: HTML made here
 * (fixed links), with the catalog's words escaped; `data` adds the incidents' own credit line.
 */
export function basemapAttribution(c: MapCredits, data?: string): string {
  return [
    `${esc(c.madeWith)} <a href="https://www.naturalearthdata.com/">Natural Earth</a> (${esc(c.publicDomain)})`,
    `${esc(c.dataFrom)} <a href="https://whosonfirst.org/docs/licenses/">Who’s On First</a>`,
    `${esc(c.divisions)} Mesoshapes / OCHA`,
    `${esc(c.places)} <a href="https://www.geonames.org/">GeoNames</a>, <a href="https://creativecommons.org/licenses/by/4.0/">CC BY 4.0</a>`,
    ...(data ? [esc(data)] : []),
  ].join(' · ');
}

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
  /** The attribution control's HTML (see `basemapAttribution`): it follows the style, so a
   *  language switch (setStyle) changes it too. */
  attribution: string;
}

/** The complete basemap style; add incident sources and layers on top of it. */
export function basemapStyle({ base, lang, attribution }: BasemapOptions): StyleSpecification {
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
        attribution,
      },
    },
    layers: basemapLayers(lang),
  };
}
