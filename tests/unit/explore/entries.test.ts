import { describe, expect, it } from 'vitest';
import { buildIndex, lastDay } from '../../../src/lib/explore/entries';
import { hasSearchDoc, incidentDoc, prepareSearch } from '../../../src/lib/explore/search';
import { DATASET, digest, inc } from './fixture';

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

describe('prepareSearch', () => {
  const many = Array.from({ length: 200 }, (_, k) =>
    digest(inc(`2023-01-01-n${k}`, { title: { fr: `Attaque à Léré ${k}`, en: `Attack at Léré ${k}` } })),
  );
  /** A scheduler that queues work, run by hand with a chosen idle budget. */
  function queue() {
    const jobs: ((budget: () => number) => void)[] = [];
    return {
      schedule: (work: (budget: () => number) => void) => void jobs.push(work),
      run: (budgetMs: number) => jobs.shift()?.(() => budgetMs),
      get pending() {
        return jobs.length;
      },
    };
  }

  it('prepares every incident over idle slices, one batch of 64 when there is no time left', () => {
    const q = queue();
    prepareSearch(many, q.schedule);
    expect(many.some(hasSearchDoc)).toBe(false);
    q.run(0);
    expect(many.filter(hasSearchDoc)).toHaveLength(64);
    while (q.pending) q.run(0);
    expect(many.every(hasSearchDoc)).toBe(true);
    expect(incidentDoc(many[0]!).some((f) => f.plain.includes('|lere|0'))).toBe(true);
  });

  it('does more per slice while the page is idle, and stops when cancelled', () => {
    const fresh = many.map((i) => ({ ...i }));
    const q = queue();
    const cancel = prepareSearch(fresh, q.schedule);
    q.run(1000);
    expect(fresh.every(hasSearchDoc)).toBe(true);
    const other = many.map((i) => ({ ...i }));
    const q2 = queue();
    prepareSearch(other, q2.schedule)();
    q2.run(1000);
    expect(other.some(hasSearchDoc)).toBe(false);
    cancel();
  });
});
