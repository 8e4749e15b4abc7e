// Reads the committed ranked places file (see derive-places.mjs) into GeoJSON points.
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';

/**
 * Zoom at which each rank enters the tiles: the capital first, then regional seats for the
 * whole-Mali view, cercle seats and conflict landmarks just after, villages only close up.
 */
/** @type {Record<string, number>} */
export const RANK_MINZOOM = { 1: 0, 2: 3, 3: 5, 4: 6, 5: 7, 6: 9 };

/**
 * @param {URL} url
 * @returns {import('geojson').FeatureCollection<import('geojson').Point>}
 */
export function readPlaces(url) {
  /** @type {Record<string, string>[]} */
  const rows = Papa.parse(readFileSync(url, 'utf8'), { header: true, skipEmptyLines: true }).data;
  return {
    type: 'FeatureCollection',
    features: rows.map((r) => ({
      type: 'Feature',
      properties: {
        name_fr: r.name_fr,
        ...(r.name_en ? { name_en: r.name_en } : {}),
        rank: Number(r.rank),
        country: r.country,
        minzoom: RANK_MINZOOM[r.rank ?? ''],
      },
      geometry: { type: 'Point', coordinates: [Number(r.lon), Number(r.lat)] },
    })),
  };
}
