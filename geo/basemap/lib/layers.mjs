// Turns the committed sources into the basemap's layers, once per detail band: clipped to the
// view box and simplified with mapshaper, whose simplification keeps shared borders shared.
import { readFileSync } from 'node:fs';
import mapshaper from 'mapshaper';
import { CLIP_BOX, MAX_TILE_ZOOM } from './config.mjs';
import { readPlaces } from './places.mjs';

const SOURCES = new URL('../sources/', import.meta.url);
/** @typedef {import('geojson').FeatureCollection} FeatureCollection */

/** @param {string} name */
const read = (name) => readFileSync(new URL(name, SOURCES), 'utf8');

/**
 * Zoom bands, each with its own geometry. The low band is what the first (whole-Mali) view
 * downloads, so it is simplified to about a pixel at zoom 5 (≈ 2 km); the high band is near
 * source precision, so borders still sit right at zoom 12.
 */
export const BANDS = [
  { name: 'low', minzoom: 0, maxzoom: 5, interval: 1500 },
  { name: 'mid', minzoom: 6, maxzoom: 7, interval: 250 },
  { name: 'high', minzoom: 8, maxzoom: MAX_TILE_ZOOM, interval: 40 },
];

/** First zoom at which each layer is in the tiles; features may start later (`minzoom` property). */
/** @type {Record<string, number>} */
export const LAYER_MINZOOM = {
  countries: 0,
  borders: 0,
  mali_outline: 0,
  country_labels: 0,
  lakes: 0,
  lake_labels: 5,
  rivers: 0,
  regions: 3,
  region_labels: 4,
  admin1_neighbours: 5,
  cercles: 6,
  places: 0,
};

const ENGLISH_REGION_NAMES = { Tombouctou: 'Timbuktu' };
const OUT = `precision=0.00001 format=geojson geojson-type=FeatureCollection`;
const CLIP = `-clip bbox=${CLIP_BOX.join(',')}`;
// Neighbouring Mesoshapes polygons do not share exact vertices (slivers of ~100 m), so without
// snapping their common border is only partly "inner" and region lines come out broken.
const MESH_FIX = `-clean snap-interval=0.002 gap-fill-area=20km2`;

/**
 * @param {string} commands
 * @param {Record<string, string>} inputs
 * @returns {Promise<Record<string, any>>} parsed `-o` outputs by file name
 */
async function run(commands, inputs) {
  // mapshaper consumes the files it is handed, so each run gets its own copy of the cache.
  const out = await mapshaper.applyCommands(`${commands} -quiet`, { ...inputs });
  return Object.fromEntries(Object.entries(out).map(([file, body]) => [file, JSON.parse(body.toString())]));
}

// Every labelled feature gets name_fr and name_en, so the style needs a single label expression.
const NAME_FR_EN = {
  countries: `name_fr = name_fr || name, name_en = name`,
  lakes: `name_en = name, name_fr = name_fr || name`,
  rivers: `name_fr = name, name_en = name_en || name`,
  regions: `name_fr = name, name_en = ${JSON.stringify(ENGLISH_REGION_NAMES)}[name] || name`,
};

/**
 * @param {Record<string, string>} inputs
 * @param {(typeof BANDS)[number]} band
 * @returns {Promise<Record<string, FeatureCollection>>}
 */
async function bandLayers(inputs, band) {
  const simplify = `-simplify interval=${band.interval} keep-shapes`;
  const {
    'countries.json': countries,
    'borders.json': borders,
    'country_labels.json': countryLabels,
    'mali.json': mali,
    'mali_outline.json': maliOutline,
  } = await run(
    `-i countries.geojson name=countries ${CLIP} ${simplify} -each '${NAME_FR_EN.countries}'` +
      ` -filter-fields adm0_a3,name_fr,name_en` +
      ` -innerlines + name=borders -filter-fields target=borders` +
      ` -points inner + name=country_labels target=countries` +
      ` -filter 'adm0_a3 == "MLI"' + name=mali target=countries` +
      // A line of its own: a polygon's outline also runs along every tile edge.
      ` -lines + name=mali_outline target=mali -filter-fields target=mali_outline` +
      ` -o target=* ${OUT}`,
    inputs,
  );
  const withMali = { ...inputs, 'mali.json': JSON.stringify(mali) };
  // Mali's own divisions come from another source whose outer border sits 1–5 km off Natural
  // Earth's: clipping their inner lines to NE's Mali keeps them from poking across the border.
  const { 'regions.json': regions, 'region_labels.json': regionLabels } = await run(
    `-i regions.geojson ${MESH_FIX} ${simplify} -each '${NAME_FR_EN.regions}' -filter-fields name_fr,name_en` +
      ` -points inner + name=region_labels -innerlines target=regions -clip mali.json` +
      ` -o target=regions,region_labels ${OUT}`,
    withMali,
  );
  const { 'cercles.json': cercles } = await run(
    `-i cercles.geojson ${MESH_FIX} ${simplify} -innerlines -clip mali.json -o cercles.json ${OUT}`,
    withMali,
  );
  const { 'admin1_neighbours.json': admin1 } = await run(
    `-i admin1.geojson -filter 'adm0_a3 != "MLI"' ${CLIP} ${simplify} -filter-fields adm0_a3` +
      ` -o admin1_neighbours.json ${OUT}`,
    inputs,
  );
  const { 'rivers.json': rivers } = await run(
    `-i rivers.geojson ${CLIP} ${simplify} -each '${NAME_FR_EN.rivers}, minzoom = Math.floor(min_zoom)'` +
      ` -filter-fields name_fr,name_en,minzoom -o rivers.json ${OUT}`,
    inputs,
  );
  const { 'lakes.json': lakes, 'lake_labels.json': lakeLabels } = await run(
    `-i lakes.geojson ${CLIP} ${simplify} -each '${NAME_FR_EN.lakes}' -filter-fields name_fr,name_en` +
      ` -points inner + name=lake_labels -o target=lakes,lake_labels ${OUT}`,
    inputs,
  );
  return {
    countries,
    borders,
    mali_outline: maliOutline,
    country_labels: countryLabels,
    lakes,
    lake_labels: lakeLabels,
    rivers,
    regions,
    region_labels: regionLabels,
    admin1_neighbours: admin1,
    cercles,
  };
}

/** All layers for every band, as GeoJSON FeatureCollections: `{ low: { countries, … }, … }`. */
/** @returns {Promise<Record<string, Record<string, FeatureCollection>>>} */
export async function buildLayers() {
  const inputs = {
    'countries.geojson': read('ne_10m_admin0_countries.geojson'),
    'regions.geojson': read('mali_adm1.geojson'),
    'cercles.geojson': read('mali_adm2.geojson'),
    'admin1.geojson': read('ne_10m_admin1_lines.geojson'),
    'rivers.geojson': read('ne_10m_rivers.geojson'),
    'lakes.geojson': read('ne_10m_lakes.geojson'),
  };
  const places = readPlaces(new URL('places.csv', SOURCES));
  /** @type {Record<string, Record<string, FeatureCollection>>} */
  const bands = {};
  for (const band of BANDS) bands[band.name] = { ...(await bandLayers(inputs, band)), places };
  return bands;
}
