// The basemap's layers, bottom to top. Every id starts with `basemap-`; the source is `basemap`.
import type { FilterSpecification, LayerSpecification } from 'maplibre-gl';
import { COLOURS as C, FONTS } from './palette';
import {
  byZoom,
  isMali,
  labelField,
  placeDotRadius,
  placeFont,
  placeSortKey,
  placeTextColour,
  placeTextSize,
  rankAtMost,
  isVillage,
} from './expressions';
import type { Lang } from '../../i18n/locales';

export const SOURCE = 'basemap';
const from = (sourceLayer: string) => ({ source: SOURCE, 'source-layer': sourceLayer });
const halo = { 'text-halo-color': C.halo, 'text-halo-width': 1.4, 'text-halo-blur': 0.4 };

function geometryLayers(): LayerSpecification[] {
  return [
    { id: 'basemap-background', type: 'background', paint: { 'background-color': C.land } },
    {
      id: 'basemap-land',
      type: 'fill',
      ...from('countries'),
      paint: { 'fill-color': ['case', isMali, C.mali, C.land], 'fill-antialias': false },
    },
    { id: 'basemap-lakes', type: 'fill', ...from('lakes'), paint: { 'fill-color': C.water } },
    {
      id: 'basemap-rivers',
      type: 'line',
      ...from('rivers'),
      layout: { 'line-join': 'round', 'line-cap': 'round' },
      paint: { 'line-color': C.river, 'line-width': byZoom(3, 0.6, 6, 1.2, 9, 2.2) },
    },
    {
      id: 'basemap-neighbour-provinces',
      type: 'line',
      ...from('admin1_neighbours'),
      minzoom: 5,
      paint: {
        'line-color': C.neighbourProvince,
        'line-width': byZoom(5, 0.5, 9, 1),
        'line-dasharray': [3, 2],
      },
    },
    {
      id: 'basemap-cercles',
      type: 'line',
      ...from('cercles'),
      minzoom: 6,
      layout: { 'line-join': 'round' },
      paint: { 'line-color': C.cercle, 'line-width': byZoom(6, 0.5, 9, 1) },
    },
    {
      id: 'basemap-regions',
      type: 'line',
      ...from('regions'),
      layout: { 'line-join': 'round' },
      paint: { 'line-color': C.region, 'line-width': byZoom(3, 0.6, 6, 1, 9, 1.6), 'line-dasharray': [4, 2] },
    },
    {
      // A soft sand band along Mali's border, the atlas way of marking the subject country.
      // Centred rather than offset inward: the outline's direction is not guaranteed.
      id: 'basemap-mali-border-glow',
      type: 'line',
      ...from('mali_outline'),
      layout: { 'line-join': 'round' },
      paint: {
        'line-color': C.maliBorderGlow,
        'line-width': byZoom(3, 4, 6, 7, 9, 10),
        'line-opacity': 0.7,
      },
    },
    {
      id: 'basemap-borders',
      type: 'line',
      ...from('borders'),
      layout: { 'line-join': 'round' },
      paint: { 'line-color': C.border, 'line-width': byZoom(3, 0.8, 6, 1.2, 9, 1.8) },
    },
    {
      id: 'basemap-mali-border',
      type: 'line',
      ...from('mali_outline'),
      layout: { 'line-join': 'round' },
      paint: { 'line-color': C.maliBorder, 'line-width': byZoom(3, 1, 6, 1.5, 9, 2.2) },
    },
  ];
}

function labelLayers(lang: Lang): LayerSpecification[] {
  const text = labelField(lang);
  return [
    {
      id: 'basemap-place-dots',
      type: 'circle',
      ...from('places'),
      filter: rankAtMost(5),
      paint: {
        'circle-radius': placeDotRadius,
        'circle-color': C.dot,
        'circle-stroke-color': C.halo,
        'circle-stroke-width': 1,
      },
    },
    {
      id: 'basemap-river-labels',
      type: 'symbol',
      ...from('rivers'),
      minzoom: 5,
      layout: {
        'symbol-placement': 'line',
        'text-field': text,
        'text-font': FONTS.italic,
        'text-size': byZoom(5, 10, 9, 12.5),
        'text-letter-spacing': 0.1,
        'symbol-spacing': 400,
        'text-max-angle': 30,
      },
      paint: { 'text-color': C.waterLabel, ...halo },
    },
    {
      id: 'basemap-lake-labels',
      type: 'symbol',
      ...from('lake_labels'),
      minzoom: 7,
      layout: { 'text-field': text, 'text-font': FONTS.italic, 'text-size': 11 },
      paint: { 'text-color': C.waterLabel, ...halo },
    },
    {
      id: 'basemap-region-labels',
      type: 'symbol',
      ...from('region_labels'),
      minzoom: 5,
      maxzoom: 9,
      layout: {
        'text-field': text,
        'text-font': FONTS.regular,
        'text-transform': 'uppercase',
        'text-size': byZoom(5, 10, 8, 13),
        'text-letter-spacing': 0.18,
        'text-max-width': 8,
        'symbol-sort-key': 20,
      },
      paint: { 'text-color': C.regionLabel, ...halo },
    },
    {
      id: 'basemap-country-labels',
      type: 'symbol',
      ...from('country_labels'),
      filter: ['!', isMali] as FilterSpecification,
      layout: {
        'text-field': text,
        'text-font': FONTS.semibold,
        'text-transform': 'uppercase',
        'text-size': byZoom(3, 10, 7, 14),
        'text-letter-spacing': 0.2,
        'text-max-width': 7,
      },
      paint: { 'text-color': C.countryLabel, ...halo },
    },
    {
      id: 'basemap-mali-label',
      type: 'symbol',
      ...from('country_labels'),
      filter: isMali,
      maxzoom: 5.5,
      layout: {
        'text-field': text,
        'text-font': FONTS.semibold,
        'text-transform': 'uppercase',
        'text-size': byZoom(3, 14, 5, 20),
        'text-letter-spacing': 0.35,
      },
      paint: { 'text-color': C.maliLabel, ...halo },
    },
    {
      // Villages have no dot and keep their distance, so close up the map still reads as a map
      // rather than a list of names; towns, in the next layer, are placed before them.
      id: 'basemap-village-labels',
      type: 'symbol',
      ...from('places'),
      filter: isVillage,
      minzoom: 9,
      layout: {
        'text-field': text,
        'text-font': FONTS.regular,
        'text-size': byZoom(9, 10, 12, 12),
        'text-max-width': 7,
        'text-padding': 14,
      },
      paint: { 'text-color': C.village, ...halo },
    },
    {
      id: 'basemap-place-labels',
      type: 'symbol',
      ...from('places'),
      filter: rankAtMost(5),
      layout: {
        'text-field': text,
        'text-font': placeFont(FONTS.regular, FONTS.semibold),
        'text-size': placeTextSize,
        'text-variable-anchor': ['left', 'right', 'top', 'bottom'],
        'text-radial-offset': 0.45,
        'text-justify': 'auto',
        'text-max-width': 8,
        'symbol-sort-key': placeSortKey,
        'text-padding': 3,
      },
      paint: { 'text-color': placeTextColour(C.place, C.neighbourPlace), ...halo },
    },
  ];
}

/** All basemap layers for `lang`, bottom to top. */
export function basemapLayers(lang: Lang): LayerSpecification[] {
  return [...geometryLayers(), ...labelLayers(lang)];
}

/** First layer of the label group (place dots, then names): see BASEMAP_BEFORE_LAYER. */
export const FIRST_LABEL_LAYER = 'basemap-place-dots';
