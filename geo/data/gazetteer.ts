/**
 * The gazetteer the incident points are matched to (geo/gazetteer/gazetteer_mali_full.csv:
 * GeoNames via Who's On First), read once for the build and the data lint.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import distance from '@turf/distance';
import Papa from 'papaparse';

export interface GazetteerPlace {
  name: string;
  /** Other spellings and names (GeoNames alternate names), Latin script. */
  altNames: string[];
  lat: number;
  lon: number;
}

export interface Gazetteer {
  geonames: ReadonlyMap<string, GazetteerPlace>;
  wof: ReadonlyMap<string, GazetteerPlace>;
}

const FILE = fileURLToPath(new URL('../gazetteer/gazetteer_mali_full.csv', import.meta.url));

interface Row {
  name: string;
  alt_names: string;
  lat: string;
  lon: string;
  geonameid: string;
  wof_id: string;
}

let cached: Gazetteer | undefined;

export function loadGazetteer(file = FILE): Gazetteer {
  if (cached && file === FILE) return cached;
  const rows = Papa.parse<Row>(readFileSync(file, 'utf8'), { header: true, skipEmptyLines: true }).data;
  const geonames = new Map<string, GazetteerPlace>();
  const wof = new Map<string, GazetteerPlace>();
  for (const r of rows) {
    if (!r.lat || !r.lon) continue;
    const place: GazetteerPlace = {
      name: r.name,
      altNames: r.alt_names
        ? r.alt_names
            .split(';')
            .map((s) => s.trim())
            .filter(Boolean)
        : [],
      lat: Number(r.lat),
      lon: Number(r.lon),
    };
    if (r.geonameid) geonames.set(r.geonameid, place);
    if (r.wof_id) wof.set(r.wof_id, place);
  }
  const g = { geonames, wof };
  if (file === FILE) cached = g;
  return g;
}

export function lookup(
  g: Gazetteer,
  ref: { source: 'geonames' | 'wof'; id: string },
): GazetteerPlace | undefined {
  return g[ref.source].get(ref.id);
}

/** Great-circle distance in km between two points. */
export function distanceKm(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  return distance([a.lon, a.lat], [b.lon, b.lat], { units: 'kilometers' });
}
