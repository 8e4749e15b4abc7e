import { describe, expect, it } from 'vitest';
import { alignFigures, headline, rowGap, statement } from '../../../src/lib/compare/align';
import { claim, incident, lere } from './fixture';

describe('alignFigures', () => {
  it('puts each side that spoke in a column, in canonical order', () => {
    expect(alignFigures(lere).sides).toEqual(['army', 'rebels']);
  });

  it('gives columns only to sides with a figure; a side that spoke without one is still a side', () => {
    const quiet = incident([
      claim('army-1', 'army', '2020-03-19', [{ measure: 'killed', group: 'army', value: 2 }]),
      claim('independent-1', 'independent', '2020-03-20', []),
    ]);
    expect(alignFigures(quiet).sides).toEqual(['army', 'independent']);
    expect(alignFigures(quiet).withFigures).toEqual(['army']);
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
    expect(cell?.whole.map((e) => e.total?.value)).toEqual([2, 29]);
  });

  it('places a claim dated only by its month after the days of that month', () => {
    const monthly = incident([
      claim('un-1', 'un', '2023-09', [{ measure: 'killed', group: 'civilians', value: 3 }]),
      claim('un-2', 'un', '2023-09-30', [{ measure: 'killed', group: 'civilians', value: 2 }]),
    ]);
    expect(alignFigures(monthly).rows[0]?.cells.un?.whole.map((e) => e.claim.id)).toEqual(['un-2', 'un-1']);
  });

  it('does not mutate the incident', () => {
    const before = JSON.stringify(lere);
    alignFigures(lere);
    expect(JSON.stringify(lere)).toBe(before);
  });
});

describe('claims about part of an event', () => {
  // Aguelhok 2012: a 2017 account of the first assault ("1 soldier killed") must not stand for the
  // whole siege the army described in 2012.
  const aguelhok = incident([
    claim('army-1', 'army', '2012-02-13', [{ measure: 'killed', group: 'army', value: 60 }]),
    {
      ...claim('army-2', 'army', '2017-01-18', [{ measure: 'killed', group: 'army', value: 1 }]),
      scope: { fr: 'premier assaut', en: 'first assault' },
    },
    claim('independent-1', 'independent', '2012-03-01', [{ measure: 'killed', group: 'army', value: 82 }]),
  ]);

  it('keep a side’s headline on its latest claim about the whole event', () => {
    const cell = alignFigures(aguelhok).rows[0]!.cells.army!;
    expect(headline(cell)?.claim.id).toBe('army-1');
    expect(cell.partial.map((s) => s.claim.id)).toEqual(['army-2']);
  });

  it('leave the gap to whole-event claims (82 vs 60, not 82 vs 1)', () => {
    expect(alignFigures(aguelhok).rows[0]?.gap).toMatchObject({ low: 60, high: 82 });
  });
});

describe('parts a side stated', () => {
  const bourem = incident([
    claim('rebels-1', 'rebels', '2023-09-13', [
      { measure: 'vehicles_lost', group: 'army', value: 39, qualifiers: ['destroyed'] },
      { measure: 'vehicles_lost', group: 'army', value: 15, qualifiers: ['seized'] },
    ]),
    claim('army-1', 'army', '2023-09-13', [{ measure: 'vehicles_lost', group: 'army', value: 3 }]),
  ]);

  it('stay parts, with Recoupe’s sum marked as a sum (never the side’s figure)', () => {
    const said = headline(alignFigures(bourem).rows[0]!.cells.rebels);
    expect(said?.total).toBeUndefined();
    expect(said?.parts.map((p) => p.value)).toEqual([39, 15]);
    expect(said).toMatchObject({ interval: [54, 54], summed: true });
  });

  it('compare through that sum', () => {
    expect(alignFigures(bourem).rows[0]?.gap).toMatchObject({ low: 3, high: 54 });
  });

  it('give no sum when a part is only words', () => {
    const words = statement(claim('x-1' as never, 'rebels', '2023-01-01', []), [
      { measure: 'killed', group: 'army', value: 3, qualifiers: ['officers'] },
      {
        measure: 'killed',
        group: 'army',
        qualifiers: ['soldiers'],
        wording: { text: 'des dizaines', lang: 'fr', gloss: { en: 'dozens' } },
      },
    ]);
    expect(words.interval).toBeUndefined();
  });
});

describe('rowGap', () => {
  const entry = (value: Parameters<typeof claim>[3][number]['value']) => {
    const c = claim('x-1' as never, 'army', '2023-01-01', []);
    return {
      whole: [statement(c, [{ measure: 'killed' as const, group: 'army' as const, value }])],
      partial: [],
    };
  };
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
