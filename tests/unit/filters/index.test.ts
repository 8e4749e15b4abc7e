import { describe, expect, it } from 'vitest';
import { buildIndex, lastDay } from '../../../src/lib/filters/index';
import { DATASET } from './fixture';

describe('buildIndex', () => {
  const index = buildIndex(DATASET);
  const tinza = index.byId.get('2024-07-25-tinzaouaten')!;

  it('records the sides that spoke, in schema order', () => {
    expect(tinza.sides).toEqual(['rebels', 'jihadists', 'russia']);
  });

  it('records the largest toll overall and per side', () => {
    expect(tinza.toll).toBe(50);
    expect(tinza.tollBy).toEqual({ rebels: 47, jihadists: 50, russia: 5 });
  });

  it('records how contested each incident is', () => {
    expect(tinza.contest.level).toBe('sharply-disputed');
    expect(index.byId.get('2023-11-01-anefis-month')!.contest.level).toBe('single');
  });

  it('spans the data from the first start to the last end', () => {
    expect(index.extent).toEqual({ start: '2023-09-17', end: '2024-07-25' });
  });

  it('lists what the data contains for the controls', () => {
    expect(index.present.sides).toEqual(['army', 'rebels', 'jihadists', 'russia']);
    expect(index.present.regions).toEqual(['Tombouctou', 'Gao', 'Kidal']);
    expect(index.present.types).toEqual(['attack-on-base', 'clash', 'drone-strike']);
  });

  it('has no extent for an empty dataset', () => {
    expect(buildIndex([])).toMatchObject({ entries: [], extent: undefined });
  });

  it('does not mutate the incidents', () => {
    const before = JSON.stringify(DATASET);
    buildIndex(DATASET);
    expect(JSON.stringify(DATASET)).toBe(before);
  });
});

describe('lastDay', () => {
  it.each([
    [{ start: '2023-09-30', end: '2023-10-02', precision: 'day' as const }, '2023-10-02'],
    [{ start: '2023-09-17', precision: 'day' as const }, '2023-09-17'],
    [{ start: '2023-09-17', precision: 'week' as const }, '2023-09-23'],
    [{ start: '2024-02-01', precision: 'month' as const }, '2024-02-29'],
  ])('of %j is %s', (date, expected) => {
    expect(lastDay(date)).toBe(expected);
  });
});
