// Derives the committed, ranked places file (sources/places.csv) from the shared gazetteers so the
// app never ships the 2.3 MB full gazetteer. Run by hand when the shared sources change:
//   node geo/basemap/derive-places.mjs [/path/to/geo-sources]
// The basemap build reads only sources/places.csv, so a fresh clone builds without ../shared.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import { CLIP_BOX } from './lib/config.mjs';

const SHARED = process.argv[2] ?? new URL('../../../shared/geo-sources', import.meta.url).pathname;
const OUT = fileURLToPath(new URL('./sources/places.csv', import.meta.url));

/** @typedef {{ name_fr: string, name_en?: string, lat: number, lon: number, rank: number, country: string }} Place */

/** @typedef {{ name: string, lat: string, lon: string, cercle: string, feature_code: string, wof_id: string }} GazetteerRow */

/** @param {string} file @returns {GazetteerRow[]} */
const csv = (file) =>
  Papa.parse(readFileSync(`${SHARED}/${file}`, 'utf8'), { header: true, skipEmptyLines: true }).data;
/** @param {string} file @returns {{ features: { properties: Record<string, any>, geometry: { coordinates: [number, number] } }[] }} */
const geojson = (file) => JSON.parse(readFileSync(`${SHARED}/${file}`, 'utf8'));
/** @param {number} lon @param {number} lat */
const inBox = (lon, lat) =>
  lon >= CLIP_BOX[0] && lon <= CLIP_BOX[2] && lat >= CLIP_BOX[1] && lat <= CLIP_BOX[3];

// Seats of Mali's regions (Taoudéni for Taoudénit, Ménaka for the region split off Gao).
const REGION_SEATS = new Set([
  'Kayes',
  'Koulikoro',
  'Sikasso',
  'Ségou',
  'Mopti',
  'Tombouctou',
  'Gao',
  'Kidal',
  'Ménaka',
  'Taoudéni',
]);
// Towns that recur in conflict reporting and must show as early as cercle seats do.
const CONFLICT_LANDMARKS = new Set([
  'Tessalit',
  'Léré',
  'Anéfis',
  'Ber',
  'Aguelhok',
  'Tinzaouaten',
  'Nampala',
  'Araouane',
  'Tin-Essako',
  'Abeïbara',
  'Andéramboukane',
  'Boni',
  'Hombori',
  'Dioura',
  'Diabaly',
  'Konna',
  'Sévaré',
]);
// Villages in the full gazetteer: abandoned places (PPLQ) and city quarters would only add noise.
const VILLAGE_CODES = new Set(['PPL', 'PPLL']);
const TOWN_CODES = new Set(['PPLA2', 'PPLA3', 'locality', 'localadmin']);

const ne = geojson('ne_10m_populated_places.geojson').features;
const neEnglish = new Map(
  ne.filter((f) => f.properties.adm0_a3 === 'MLI').map((f) => [f.properties.name_fr, f.properties.name]),
);
const cercles = new Set(geojson('mali_adm2.geojson').features.map((f) => f.properties.name));

// Sources spell the same town with and without accents (Taoudeni / Taoudéni).
/** @param {string} name */
const plain = (name) => name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
/** @type {Map<string, Place>} */
const places = new Map(); // key → row; first writer wins, so higher-ranked passes go first
/** @type {Map<string, [number, number]>} */
const namedTowns = new Map(); // plain name → [lon, lat] of ranks 1–4, which must not appear twice
// GeoNames often holds a town twice (the town and its commune seat), a few km apart: a second
// "Gao" next to Gao would read as a mistake on the map.
/** @param {Place} row */
const nearTown = (row) => {
  const town = namedTowns.get(plain(row.name_fr));
  return town !== undefined && Math.hypot(town[0] - row.lon, town[1] - row.lat) < 0.25;
};
/** @param {string} key @param {Place} row */
function add(key, row) {
  if (places.has(key) || !Number.isFinite(row.lat) || !inBox(row.lon, row.lat)) return;
  if (row.country === 'MLI' && (row.rank <= 4 ? namedTowns.has(plain(row.name_fr)) : nearTown(row))) return;
  if (row.rank <= 4 && row.country === 'MLI') namedTowns.set(plain(row.name_fr), [row.lon, row.lat]);
  const en = neEnglish.get(row.name_fr);
  places.set(key, { name_en: en && en !== row.name_fr ? en : '', ...row });
}

/** @param {string} name @param {number} otherwise */
const maliRank = (name, otherwise) =>
  name === 'Bamako'
    ? 1
    : REGION_SEATS.has(name)
      ? 2
      : cercles.has(name) || CONFLICT_LANDMARKS.has(name)
        ? 3
        : otherwise;

for (const r of csv('gazetteer.csv').filter((row) => row.lat !== '')) {
  add(`wof:${r.wof_id}`, {
    name_fr: r.name,
    lat: +r.lat,
    lon: +r.lon,
    rank: maliRank(r.name, 4),
    country: 'MLI',
  });
}

const full = csv('gazetteer_mali_full.csv');
// Cercle seats missing from the curated list: the town named like its cercle, inside it.
for (const r of full) {
  if (cercles.has(r.name) && r.cercle === r.name && TOWN_CODES.has(r.feature_code)) {
    add(`wof:${r.wof_id}`, {
      name_fr: r.name,
      lat: +r.lat,
      lon: +r.lon,
      rank: maliRank(r.name, 3),
      country: 'MLI',
    });
  }
}
// Neighbours' towns come from Natural Earth only; Mali's NE towns fill gaps left by the gazetteer.
for (const { properties: p, geometry: g } of ne) {
  const [lon, lat] = g.coordinates;
  const name_fr = p.name_fr || p.name;
  if (p.adm0_a3 === 'MLI') {
    if (!namedTowns.has(plain(p.name))) {
      add(`gn:${p.geonameid}`, {
        name_fr,
        lat,
        lon,
        rank: maliRank(name_fr, p.pop_max >= 10000 ? 3 : 4),
        country: 'MLI',
      });
    }
    continue;
  }
  // One step below Mali's towns of the same size: the map is about Mali, neighbours give context.
  const rank = p.adm0cap ? 1 : p.scalerank <= 4 ? 3 : p.scalerank <= 6 ? 4 : 5;
  add(`gn:${p.geonameid}`, { name_fr, lat, lon, rank, country: p.adm0_a3 });
}
for (const r of full) {
  const rank = TOWN_CODES.has(r.feature_code) ? 5 : VILLAGE_CODES.has(r.feature_code) ? 6 : 0;
  if (rank) add(`wof:${r.wof_id}`, { name_fr: r.name, lat: +r.lat, lon: +r.lon, rank, country: 'MLI' });
}

const rows = [...places.values()].sort(
  (a, b) => a.rank - b.rank || a.name_fr.localeCompare(b.name_fr, 'fr') || a.lat - b.lat || a.lon - b.lon,
);
const columns = ['name_fr', 'name_en', 'lat', 'lon', 'rank', 'country'];
writeFileSync(OUT, Papa.unparse(rows, { columns, newline: '\n' }) + '\n');
/** @type {Record<number, number>} */
const byRank = {};
for (const r of rows) byRank[r.rank] = (byRank[r.rank] ?? 0) + 1;
console.log(`places.csv: ${rows.length} places by rank`, byRank);
