import { describe, expect, it } from 'vitest';
import { buildIndex, indexEntry } from '../../../src/lib/explore/entries';
import {
  areaOutline,
  featureIds,
  pxPerKmAtZoom0,
  toAreas,
  toPoints,
} from '../../../src/lib/map/incident-features';
import { DATASET, digest, inc } from '../explore/fixture';

const index = buildIndex(DATASET);
const ids = featureIds(DATASET);
const props = (asSide?: Parameters<typeof toPoints>[2]) =>
  Object.fromEntries(
    toPoints(index.entries, ids, asSide).features.map((f) => [f.properties.slug, f.properties]),
  );

describe('toPoints', () => {
  it('gives every incident a feature id ≥ 1 (supercluster drops 0)', () => {
    const features = toPoints(index.entries, ids).features;
    expect(features.map((f) => f.id)).toEqual([1, 2, 3, 4, 5]);
  });

  it('sizes by the largest toll any side claimed, and colours by contest level', () => {
    expect(props()['2024-07-25-tinzaouaten']).toMatchObject({ toll: 50, level: 4, dim: 0 });
  });

  it('as each side tells it: sizes by that side’s toll and dims incidents it did not speak about', () => {
    const russia = props('russia');
    expect(russia['2024-07-25-tinzaouaten']).toMatchObject({ toll: 5, dim: 0 });
    expect(russia['2023-09-17-lere']).toMatchObject({ toll: 0, dim: 1 });
  });

  it('draws the same from precomputed facts as from the incidents themselves', () => {
    const direct = toPoints(DATASET.map(indexEntry), ids, 'rebels');
    expect(toPoints(index.entries, ids, 'rebels')).toEqual(direct);
  });

  it('keeps the feature ids of the full dataset when drawing a filtered subset', () => {
    const subset = index.entries.filter((e) => e.incident.id.includes('kidal'));
    expect(toPoints(subset, ids).features.map((f) => f.id)).toEqual([3]);
  });

  it('does not mutate the entries', () => {
    const before = JSON.stringify(index.entries);
    toPoints(index.entries, ids, 'army');
    toAreas(index.entries);
    expect(JSON.stringify(index.entries)).toBe(before);
  });
});

describe('toAreas', () => {
  it('draws an area only where the location may be more than 2 km off', () => {
    const far = indexEntry(digest(inc('2023-01-01-far', { place: { precision_km: 25 } })));
    const near = indexEntry(digest(inc('2023-01-02-near', { place: { precision_km: 1 } })));
    expect(toAreas([far, near]).features.map((f) => f.properties.slug)).toEqual(['2023-01-01-far']);
  });

  it('outlines only an approximate selection, as a closed polygon', () => {
    const far = indexEntry(digest(inc('2023-01-01-far', { place: { precision_km: 25 } })));
    const near = indexEntry(digest(inc('2023-01-02-near', { place: { precision_km: 1 } })));
    const ring = areaOutline(far).features[0]?.geometry.coordinates[0] ?? [];
    expect(ring.length).toBe(65);
    expect(ring[0]).toEqual(ring[ring.length - 1]);
    expect(areaOutline(near).features).toEqual([]);
    expect(areaOutline(undefined).features).toEqual([]);
  });
});

describe('uncertainty areas to scale', () => {
  it('draws 10 km at the equator as 128 px at zoom 10 (512-px tiles)', () => {
    // 40,075 km / (512 × 2^10) ≈ 76.4 m per pixel at zoom 10, so 10 km ≈ 130.8 px.
    expect(10 * pxPerKmAtZoom0(0) * 2 ** 10).toBeCloseTo(130.8, 0);
  });

  it('grows with latitude as Web Mercator stretches distances', () => {
    expect(pxPerKmAtZoom0(60)).toBeCloseTo(2 * pxPerKmAtZoom0(0), 6);
  });
});
