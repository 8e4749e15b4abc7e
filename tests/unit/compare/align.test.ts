import { describe, expect, it } from 'vitest';
import { alignFigures, rowGap } from '../../../src/lib/compare/align';
import { claim, incident, lere } from './fixture';

describe('alignFigures', () => {
  it('puts each side that spoke in a column, in canonical order', () => {
    expect(alignFigures(lere).sides).toEqual(['army', 'rebels']);
  });

  it('makes one row per measure × group, killed before missing before neutralised', () => {
    const keys = alignFigures(lere).rows.map((r) => `${r.measure}/${r.group}`);
    expect(keys).toEqual([
      'killed/army',
      'killed/rebels',
      'wounded/army',
      'missing/army',
      'neutralised/assailants',
    ]);
  });

  it('shows the gap between the army and the rebels on soldiers killed: 35 vs 5, ×7', () => {
    const row = alignFigures(lere).rows.find((r) => r.measure === 'killed' && r.group === 'army');
    expect(row?.gap).toEqual({ lowSide: 'army', low: 5, highSide: 'rebels', high: 35, ratio: 7 });
  });

  it('gives no gap for a figure only one side gave, or given only in words', () => {
    const rows = alignFigures(lere).rows;
    expect(rows.find((r) => r.measure === 'wounded')?.gap).toBeUndefined();
    expect(rows.find((r) => r.group === 'rebels')?.gap).toBeUndefined();
  });

  it('keeps a side’s revisions in date order, the latest last (Tarkint: 2 then 29)', () => {
    const tarkint = incident([
      claim('army-2', 'army', '2020-03-20', [{ measure: 'killed', group: 'army', value: 29 }]),
      claim('army-1', 'army', '2020-03-19', [{ measure: 'killed', group: 'army', value: 2 }]),
    ]);
    const cell = alignFigures(tarkint).rows[0]?.cells.army;
    expect(cell?.map((e) => e.figure.value)).toEqual([2, 29]);
  });

  it('places a claim dated only by its month after the days of that month', () => {
    const monthly = incident([
      claim('un-1', 'un', '2023-09', [{ measure: 'killed', group: 'civilians', value: 3 }]),
      claim('un-2', 'un', '2023-09-30', [{ measure: 'killed', group: 'civilians', value: 2 }]),
    ]);
    expect(alignFigures(monthly).rows[0]?.cells.un?.map((e) => e.claim.id)).toEqual(['un-2', 'un-1']);
  });

  it('does not mutate the incident', () => {
    const before = JSON.stringify(lere);
    alignFigures(lere);
    expect(JSON.stringify(lere)).toBe(before);
  });
});

describe('rowGap', () => {
  const entry = (value: Parameters<typeof claim>[3][number]['value']) => [
    {
      claim: claim('x-1' as never, 'army', '2023-01-01', []),
      figure: { measure: 'killed' as const, group: 'army' as const, value },
    },
  ];

  it('sees no conflict when ranges overlap', () => {
    expect(rowGap({ army: entry({ min: 5, max: 10 }), rebels: entry(8) })).toBeUndefined();
  });

  it('compares an "at least" bound by its floor', () => {
    expect(rowGap({ army: entry(5), rebels: entry({ at_least: 20 }) })?.ratio).toBe(4);
  });

  it('reports an infinite ratio when one side says none', () => {
    expect(rowGap({ army: entry(0), jihadists: entry(12) })?.ratio).toBe(Infinity);
  });
});
