import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { VectorTile } from '@mapbox/vector-tile';
import { PbfReader } from 'pbf';
import type { FeatureCollection, Position } from 'geojson';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildBasemap,
  FONT_STACKS,
  initialViewFiles,
  INITIAL_VIEW_ZOOMS,
} from '../../../geo/basemap/build.mjs';
import { buildLayers } from '../../../geo/basemap/lib/layers.mjs';
import { CLIP_BOX } from '../../../geo/basemap/lib/config.mjs';
import { lonLatToTile } from '../../../geo/basemap/lib/tiles.mjs';
import { basemapStyle } from '../../../src/lib/map/basemap/style';

const BUDGET_GZIP = 250 * 1024;
// mapshaper rounds to 5 decimals; allow that much past the box edge.
const EPSILON = 1e-5;

let out: string;
let files: { path: string; size: number }[];

beforeAll(async () => {
  out = mkdtempSync(join(tmpdir(), 'basemap-'));
  files = await buildBasemap({ outDir: out });
}, 60_000);
afterAll(() => rmSync(out, { recursive: true, force: true }));

const read = (path: string) => readFileSync(join(out, path));
const hashes = (dir: string, list: { path: string }[]) =>
  list.map(
    (f) =>
      `${f.path} ${createHash('sha256')
        .update(readFileSync(join(dir, f.path)))
        .digest('hex')}`,
  );

function placesInTile(z: number, lon: number, lat: number): string[] {
  const [x, y] = lonLatToTile(lon, lat, z);
  const layer = new VectorTile(new PbfReader(read(`basemap/tiles/${z}/${x}/${y}.pbf`))).layers.places;
  if (!layer) return [];
  return Array.from({ length: layer.length }, (_, i) => String(layer.feature(i).properties.name_fr));
}

describe('basemap build', () => {
  it('writes the same bytes on every run', async () => {
    const again = mkdtempSync(join(tmpdir(), 'basemap-'));
    try {
      const second = await buildBasemap({ outDir: again });
      expect(hashes(again, second)).toEqual(hashes(out, files));
    } finally {
      rmSync(again, { recursive: true, force: true });
    }
  }, 60_000);

  it.each(INITIAL_VIEW_ZOOMS)('keeps the first whole-Mali view at zoom %i under 250 KB gzip', (zoom) => {
    const total = initialViewFiles(zoom).reduce((sum, p) => sum + gzipSync(read(p), { level: 9 }).length, 0);
    expect(total).toBeLessThanOrEqual(BUDGET_GZIP);
  });

  it('names Tombouctou, Gao, Kidal, Ménaka and Léré, accents intact, in the zoom-5 tiles', () => {
    const names = [
      ...placesInTile(5, -3.0, 16.77),
      ...placesInTile(5, -0.04, 16.27),
      ...placesInTile(5, 1.41, 18.44),
      ...placesInTile(5, 2.4, 15.92),
      ...placesInTile(5, -4.91, 15.71),
    ];
    expect(names).toEqual(expect.arrayContaining(['Tombouctou', 'Gao', 'Kidal', 'Ménaka', 'Léré']));
  });

  it('leaves villages out of the tiles that show the whole country', () => {
    expect(placesInTile(5, -4.91, 15.71)).not.toContain('Maghel Nague');
    expect(placesInTile(9, -4.95, 15.7)).toContain('Maghel Nague');
  });

  it('writes glyph ranges 0-255 and 256-511 (French accents, Latin Extended-A) for every font', () => {
    for (const stack of FONT_STACKS) {
      expect(read(`glyphs/${stack}/0-255.pbf`).length).toBeGreaterThan(10_000);
      expect(read(`glyphs/${stack}/256-511.pbf`).length).toBeGreaterThan(10_000);
    }
  });

  it('builds glyphs for every font the style asks for', () => {
    const fonts = basemapStyle({ base: '/', lang: 'fr', attribution: '' })
      .layers.flatMap((layer) => JSON.stringify(layer.layout?.['text-font' as never] ?? []))
      .join(' ');
    const named = [...fonts.matchAll(/Noto Sans [A-Za-z]+/g)].map((m) => m[0]);
    expect(named.length).toBeGreaterThan(0);
    for (const font of named) expect(FONT_STACKS).toContain(font);
  });
});

describe('basemap layers', () => {
  let bands: Record<string, Record<string, FeatureCollection>>;
  beforeAll(async () => {
    bands = await buildLayers();
  }, 30_000);

  const positionsOf = (coords: unknown): Position[] =>
    Array.isArray(coords) && typeof coords[0] === 'number'
      ? [coords as Position]
      : Array.isArray(coords)
        ? coords.flatMap(positionsOf)
        : [];
  const positions = (fc: FeatureCollection): Position[] =>
    fc.features.flatMap((f) =>
      f.geometry && 'coordinates' in f.geometry ? positionsOf(f.geometry.coordinates) : [],
    );

  it('are GeoJSON FeatureCollections with geometry in every feature', () => {
    for (const layers of Object.values(bands)) {
      for (const [name, fc] of Object.entries(layers)) {
        expect(fc.type, name).toBe('FeatureCollection');
        for (const f of fc.features) {
          expect(f.type, name).toBe('Feature');
          expect(['Point', 'LineString', 'MultiLineString', 'Polygon', 'MultiPolygon'], name).toContain(
            f.geometry?.type,
          );
        }
      }
    }
  });

  it('stay inside the clip box', () => {
    const [west, south, east, north] = CLIP_BOX;
    // One assertion over every vertex (an expect per vertex made this test take seconds).
    const outside: string[] = [];
    for (const layers of Object.values(bands)) {
      for (const [name, fc] of Object.entries(layers)) {
        for (const [lon = NaN, lat = NaN] of positions(fc)) {
          const inside =
            lon >= west - EPSILON &&
            lon <= east + EPSILON &&
            lat >= south - EPSILON &&
            lat <= north + EPSILON;
          if (!inside) outside.push(`${name} ${lon},${lat}`);
        }
      }
    }
    expect(outside).toEqual([]);
  });

  it('draw Ménaka as one of Mali’s regions', () => {
    const names = bands.low?.region_labels?.features.map((f) => f.properties?.name_fr);
    expect(names).toContain('Ménaka');
  });
});
