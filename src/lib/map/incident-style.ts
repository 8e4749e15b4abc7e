// Style of the incident layers: named expressions and colours, no map calls. Colour says how far
// the sides' versions diverge — never who is right; size says the highest toll anyone claimed.
import type {
  CircleLayerSpecification,
  ExpressionSpecification,
  LineLayerSpecification,
  SymbolLayerSpecification,
} from 'maplibre-gl';
import { LEVEL_COLOUR_RAMP } from '../theme';

export const SOURCE_POINTS = 'incidents';
export const SOURCE_AREAS = 'incident-areas';
/** Just the selected incident, unclustered, so it stays visible even inside a cluster. */
export const SOURCE_SELECTED = 'incident-selected';
export const SOURCE_SELECTED_AREA = 'incident-selected-area';

/** ['match', level, 0, colour, 1, colour, …] over a numeric level (its rank in CONTEST_LEVELS). */
export function levelColour(level: ExpressionSpecification): ExpressionSpecification {
  const ramp = LEVEL_COLOUR_RAMP;
  return [
    'match',
    level,
    ...ramp.slice(0, -1).flatMap((c, i) => [i, c]),
    ramp[ramp.length - 1]!,
  ] as ExpressionSpecification;
}

/** Radius grows with the square root of the toll so area, not radius, tracks the number. */
export function tollRadius(toll: ExpressionSpecification): ExpressionSpecification {
  return ['interpolate', ['linear'], ['sqrt', toll], 0, 5, 1, 6, 10, 20, 20, 30];
}

const isSelected: ExpressionSpecification = ['boolean', ['feature-state', 'selected'], false];
const isHovered: ExpressionSpecification = ['boolean', ['feature-state', 'hover'], false];
const isDimmed: ExpressionSpecification = ['==', ['get', 'dim'], 1];
const isApprox: ExpressionSpecification = ['==', ['get', 'approx'], 1];

/** Each approximate location's error radius, to scale at every zoom (r0 doubles per level). */
export const areaCircle: CircleLayerSpecification = {
  id: 'incident-areas',
  type: 'circle',
  source: SOURCE_AREAS,
  paint: {
    'circle-radius': [
      'interpolate',
      ['exponential', 2],
      ['zoom'],
      0,
      ['get', 'r0'],
      24,
      ['*', ['get', 'r0'], 2 ** 24],
    ],
    'circle-color': levelColour(['get', 'level']),
    'circle-opacity': 0.08,
    'circle-stroke-color': levelColour(['get', 'level']),
    'circle-stroke-width': 1,
    'circle-stroke-opacity': 0.6,
    'circle-pitch-alignment': 'map',
  },
};

/** The selected incident's error circle, exact and dashed. */
export const selectedArea: LineLayerSpecification = {
  id: 'incident-selected-area',
  type: 'line',
  source: SOURCE_SELECTED_AREA,
  paint: { 'line-color': '#111111', 'line-width': 1.5, 'line-dasharray': [2, 2] },
};

export const clusterCircle: CircleLayerSpecification = {
  id: 'incident-clusters',
  type: 'circle',
  source: SOURCE_POINTS,
  filter: ['has', 'point_count'],
  paint: {
    'circle-color': levelColour(['get', 'level']),
    'circle-radius': ['interpolate', ['linear'], ['get', 'point_count'], 2, 13, 10, 18, 50, 26],
    'circle-stroke-color': '#ffffff',
    'circle-stroke-width': 2,
    'circle-opacity': 0.92,
  },
};

export function clusterCount(font: string[]): SymbolLayerSpecification {
  return {
    id: 'incident-cluster-count',
    type: 'symbol',
    source: SOURCE_POINTS,
    filter: ['has', 'point_count'],
    layout: {
      'text-field': ['to-string', ['get', 'point_count']],
      'text-font': font,
      'text-size': 12,
      'text-allow-overlap': true,
      // A count must never push a town's name off the map.
      'text-ignore-placement': true,
    },
    paint: { 'text-color': '#ffffff' },
  };
}

/** Single incidents: a filled disc for a known place, a ring for an approximate one. */
export const pointCircle: CircleLayerSpecification = {
  id: 'incident-points',
  type: 'circle',
  source: SOURCE_POINTS,
  filter: ['!', ['has', 'point_count']],
  paint: {
    'circle-radius': tollRadius(['get', 'toll']),
    'circle-color': levelColour(['get', 'level']),
    'circle-opacity': ['case', isDimmed, 0.12, isApprox, 0.35, 0.88],
    'circle-stroke-color': [
      'case',
      isSelected,
      '#111111',
      isHovered,
      '#333333',
      isApprox,
      levelColour(['get', 'level']),
      '#ffffff',
    ],
    'circle-stroke-width': ['case', isSelected, 3, isHovered, 2, isApprox, 2, 1.2],
    'circle-stroke-opacity': ['case', isDimmed, 0.35, 1],
  },
};

/** A ring drawn above everything around the selected incident. */
export const selectedHalo: CircleLayerSpecification = {
  id: 'incident-selected-halo',
  type: 'circle',
  source: SOURCE_SELECTED,
  paint: {
    'circle-radius': ['+', tollRadius(['get', 'toll']), 5],
    'circle-color': 'rgba(0,0,0,0)',
    'circle-stroke-color': '#111111',
    'circle-stroke-width': 2.5,
  },
};

export const INTERACTIVE_LAYERS = [pointCircle.id, clusterCircle.id];
