// Named MapLibre expressions shared by the basemap layers.
import type {
  DataDrivenPropertyValueSpecification,
  ExpressionSpecification,
  FilterSpecification,
} from 'maplibre-gl';
import type { Lang } from '../../i18n/locales';

/**
 * Label text in `lang`. Every labelled feature carries `name_fr`; other languages' names
 * (`name_en`) only exist where that language has its own (countries, Timbuktu, Black Volta), so
 * they fall back to the French name.
 */
export function labelField(lang: Lang): ExpressionSpecification {
  return lang === 'fr' ? ['get', 'name_fr'] : ['coalesce', ['get', `name_${lang}`], ['get', 'name_fr']];
}

/** Linear interpolation over zoom: `byZoom(4, 1, 9, 2)` is 1 at zoom 4, 2 at zoom 9. */
export function byZoom(...stops: number[]): ExpressionSpecification {
  return ['interpolate', ['linear'], ['zoom'], ...stops] as ExpressionSpecification;
}

export const isMali: ExpressionSpecification = ['==', ['get', 'adm0_a3'], 'MLI'];
const inMali: ExpressionSpecification = ['==', ['get', 'country'], 'MLI'];

/** Place rank from the gazetteer: 1 capital, 2 regional seat, 3 cercle seat or landmark … 6 village. */
const rank: ExpressionSpecification = ['get', 'rank'];

/** Places whose rank is at most `max`. */
export function rankAtMost(max: number): FilterSpecification {
  return ['<=', rank, max];
}

export const isVillage: FilterSpecification = ['==', rank, 6];

/** Lower ranks are placed first, so a village label never wins a spot over a town's. */
export const placeSortKey: ExpressionSpecification = rank;

/** Text size per rank, growing a little with zoom. */
export const placeTextSize: DataDrivenPropertyValueSpecification<number> = [
  'interpolate',
  ['linear'],
  ['zoom'],
  4,
  ['match', rank, 1, 14, 2, 12, 3, 10.5, 10],
  9,
  ['match', rank, 1, 17, 2, 15, 3, 13, 4, 12, 5, 11.5, 11],
];

/** Dot radius per rank; villages get none, their name alone marks them. */
export const placeDotRadius: DataDrivenPropertyValueSpecification<number> = [
  'interpolate',
  ['linear'],
  ['zoom'],
  4,
  ['match', rank, 1, 3.5, 2, 2.6, 1.8],
  9,
  ['match', rank, 1, 5, 2, 4, 3, 3.2, 2.6],
];

export const placeTextColour = (mali: string, neighbour: string): ExpressionSpecification => [
  'case',
  inMali,
  mali,
  neighbour,
];

/** Capitals and regional seats in SemiBold, every other place in Regular. */
export const placeFont = (regular: string[], semibold: string[]): ExpressionSpecification => [
  'case',
  ['<=', rank, 2],
  ['literal', semibold],
  ['literal', regular],
];
