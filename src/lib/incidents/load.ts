// The one way the app gets incidents: the GeoJSON the build publishes (dist/data/incidents.geojson),
// each feature re-checked by the same parser the build used, so a stale or hand-edited file fails
// loudly, not silently. (MapLibre's copy is no source: it flattens nested properties to strings.)
import { byDateThenId } from './order';
import { IncidentError, parseIncident } from './parse';
import type { Incident } from './schema';

/** Incidents from a parsed `incidents.geojson`, in the dataset's order (date, then id). */
export function incidentsFromFeatureCollection(fc: unknown): Incident[] {
  const features = isFeatureCollection(fc) ? fc.features : undefined;
  if (!features) {
    throw new IncidentError(
      [{ path: '', message: 'expected a GeoJSON FeatureCollection' }],
      'incidents.geojson',
    );
  }
  return features
    .map((feature, i) => {
      const properties =
        typeof feature === 'object' && feature !== null ? Reflect.get(feature, 'properties') : undefined;
      return parseIncident(properties, `incidents.geojson › features[${i}]`);
    })
    .sort(byDateThenId);
}

function isFeatureCollection(fc: unknown): fc is { features: unknown[] } {
  return (
    typeof fc === 'object' &&
    fc !== null &&
    Reflect.get(fc, 'type') === 'FeatureCollection' &&
    Array.isArray(Reflect.get(fc, 'features'))
  );
}

/** Fetches and checks the published dataset. */
export async function loadIncidents(base: string, fetcher: typeof fetch = fetch): Promise<Incident[]> {
  const res = await fetcher(`${base}data/incidents.geojson`);
  if (!res.ok) throw new Error(`incidents.geojson: HTTP ${res.status}`);
  return incidentsFromFeatureCollection(await res.json());
}
