// The app loads exactly what the build publishes (dist/data/incidents.geojson) and re-checks it
// with the same parser the build used, so a stale or hand-edited file fails loudly, not silently.
import { parseIncident } from '../incidents/parse';
import type { Incident } from '../incidents/schema';

export class DataError extends Error {
  override name = 'DataError';
}

/** Incidents in date order (oldest first), then by id. */
export function incidentsFromGeoJSON(json: unknown): Incident[] {
  const fc = json as { type?: unknown; features?: unknown };
  if (fc?.type !== 'FeatureCollection' || !Array.isArray(fc.features)) {
    throw new DataError('incidents.geojson is not a GeoJSON FeatureCollection');
  }
  // No file name: the parser would then require id = file name, which only holds in geo/incidents/.
  const incidents = fc.features.map((f: { properties?: unknown }) => parseIncident(f?.properties));
  return incidents.sort((a, b) => a.date.start.localeCompare(b.date.start) || a.id.localeCompare(b.id));
}

export async function loadIncidents(base: string, fetcher: typeof fetch = fetch): Promise<Incident[]> {
  const res = await fetcher(`${base}data/incidents.geojson`);
  if (!res.ok) throw new DataError(`incidents.geojson: HTTP ${res.status}`);
  return incidentsFromGeoJSON(await res.json());
}
