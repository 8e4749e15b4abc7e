// Cuts the band layers into Mapbox Vector Tiles, one directory per zoom, so MapLibre only
// downloads the detail the current view needs (a GeoJSON source is fetched whole on load).
import { GeoJSONVT } from '@maplibre/geojson-vt';
import { fromGeojsonVt } from '@maplibre/vt-pbf';
import { BANDS, LAYER_MINZOOM } from './layers.mjs';
import { CLIP_BOX } from './config.mjs';

const EXTENT = 4096;

/**
 * @param {number} lon @param {number} lat @param {number} z
 * @returns {[number, number]} x, y of the tile holding the point
 */
export function lonLatToTile(lon, lat, z) {
  const n = 2 ** z;
  const x = Math.floor(((lon + 180) / 360) * n);
  const rad = (lat * Math.PI) / 180;
  const y = Math.floor(((1 - Math.log(Math.tan(rad) + 1 / Math.cos(rad)) / Math.PI) / 2) * n);
  return [Math.min(n - 1, Math.max(0, x)), Math.min(n - 1, Math.max(0, y))];
}

/**
 * Tile coordinates [x, y] at zoom z whose area meets the box.
 * @param {readonly [number, number, number, number]} box [west, south, east, north]
 * @param {number} z
 */
export function tilesCovering([west, south, east, north], z) {
  const [x0, y0] = lonLatToTile(west, north, z);
  const [x1, y1] = lonLatToTile(east, south, z);
  /** @type {[number, number][]} */
  const tiles = [];
  for (let x = x0; x <= x1; x++) for (let y = y0; y <= y1; y++) tiles.push([x, y]);
  return tiles;
}

/**
 * Yields `{ z, x, y, bytes }` for every tile of the clip box from zoom 0 to the last band's
 * maxzoom, in a fixed order. Features enter a tile at their own `minzoom` property when they
 * have one (ranked places, minor rivers), else at their layer's.
 * @param {Record<string, Record<string, import('geojson').FeatureCollection>>} bands from buildLayers()
 * @returns {Generator<{ z: number, x: number, y: number, bytes: Uint8Array }>}
 */
export function* cutTiles(bands) {
  /** @param {string} layer */
  const layerMinzoom = (layer) => LAYER_MINZOOM[layer] ?? Infinity;
  for (const band of BANDS) {
    const indexes = Object.entries(bands[band.name] ?? {})
      .filter(([layer]) => layerMinzoom(layer) <= band.maxzoom)
      .map(
        ([layer, fc]) =>
          /** @type {const} */ ([
            layer,
            new GeoJSONVT(fc, {
              maxZoom: band.maxzoom,
              indexMaxZoom: 0,
              extent: EXTENT,
              buffer: 64,
              tolerance: 3,
            }),
          ]),
      );
    for (let z = band.minzoom; z <= band.maxzoom; z++) {
      for (const [x, y] of tilesCovering(CLIP_BOX, z)) {
        /** @type {Record<string, import('@maplibre/geojson-vt').GeoJSONVTTile>} */
        const layers = {};
        for (const [layer, index] of indexes) {
          if (layerMinzoom(layer) > z) continue;
          const tile = index.getTile(z, x, y);
          const features = tile?.features.filter((f) => (f.tags?.minzoom ?? 0) <= z) ?? [];
          // The filtered features keep the shape vt-pbf reads; only their count changes.
          if (tile && features.length) layers[layer] = /** @type {typeof tile} */ ({ ...tile, features });
        }
        yield { z, x, y, bytes: fromGeojsonVt(layers, { version: 2, extent: EXTENT }) };
      }
    }
  }
}
