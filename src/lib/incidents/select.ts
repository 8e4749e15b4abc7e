/** Small pure helpers over parsed incidents, shared by the build and the app. */
import { IncidentError, parseIncident } from './parse';
import type { FigureValue, Incident } from './schema';

/** The dataset's one order: by start date, then id. GeoJSON feature ids and CSV rows follow it. */
export function byDateThenId(a: Incident, b: Incident): number {
  return a.date.start.localeCompare(b.date.start) || a.id.localeCompare(b.id);
}

/** A figure value as the bounds it states: exact → min = max; "at least" → min only; words → neither. */
export function valueBounds(value: FigureValue | undefined): { min?: number; max?: number } {
  if (value === undefined) return {};
  if (typeof value === 'number') return { min: value, max: value };
  if ('at_least' in value) return { min: value.at_least };
  return { min: value.min, max: value.max };
}

/**
 * Incidents back from `incidents.geojson` as fetched (not from MapLibre, which flattens nested
 * properties to strings). Each goes through `parseIncident` again: the file is data from the
 * network, and typed data only ever comes from the parser.
 */
export function incidentsFromFeatureCollection(fc: unknown): Incident[] {
  const features = isFeatureCollection(fc) ? fc.features : undefined;
  if (!features) {
    throw new IncidentError(
      [{ path: '', message: 'expected a GeoJSON FeatureCollection' }],
      'incidents.geojson',
    );
  }
  return features.map((feature, i) => {
    const properties =
      typeof feature === 'object' && feature !== null ? Reflect.get(feature, 'properties') : undefined;
    return parseIncident(properties, `incidents.geojson › features[${i}]`);
  });
}

function isFeatureCollection(fc: unknown): fc is { features: unknown[] } {
  return (
    typeof fc === 'object' &&
    fc !== null &&
    Reflect.get(fc, 'type') === 'FeatureCollection' &&
    Array.isArray(Reflect.get(fc, 'features'))
  );
}
