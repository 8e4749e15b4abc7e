import { describe, expect, it } from 'vitest';
import { applyFilters, sortEntries } from '../../../src/lib/explore/apply';
import { buildIndex } from '../../../src/lib/explore/entries';
import { isFiltering, parseFilters, type Filters } from '../../../src/lib/url/codec';
import { addSummaries } from '../../../src/lib/explore/search';
import { searchTextOf } from '../../../src/lib/incidents/digest';
import { DATASET, INCIDENTS } from './fixture';

const index = buildIndex(DATASET);
// The search reads the claims' summaries once they are loaded (data/search.json).
addSummaries(new Map(INCIDENTS.map((i) => [i.id, searchTextOf(i)])));
const ids = (f: Filters) => applyFilters(index, f).map((e) => e.incident.id);

describe('applyFilters', () => {
  it.each<[string, Filters, string[]]>([
    ['no filter keeps every incident, oldest first', {}, DATASET.map((i) => i.id)],
    [
      'from/to are inclusive on both ends',
      { from: '2023-09-17', to: '2023-10-05' },
      ['2023-09-17-lere', '2023-09-30-ber', '2023-10-05-kidal-denial'],
    ],
    [
      'a multi-day incident counts in every month it overlaps',
      { from: '2023-10-01', to: '2023-10-31' },
      ['2023-09-30-ber', '2023-10-05-kidal-denial'],
    ],
    [
      'a month-precise incident may have happened on any day of its month',
      { from: '2023-11-20', to: '2023-11-25' },
      ['2023-11-01-anefis-month'],
    ],
    [
      'side keeps incidents where any of the chosen sides made a claim',
      { side: ['jihadists'] },
      ['2023-11-01-anefis-month', '2024-07-25-tinzaouaten'],
    ],
    [
      'several sides are alternatives',
      { side: ['jihadists', 'russia'] },
      ['2023-11-01-anefis-month', '2024-07-25-tinzaouaten'],
    ],
    ['type', { type: ['drone-strike'] }, ['2023-10-05-kidal-denial']],
    ['region includes the regions an incident spread to', { region: ['Gao'] }, ['2023-11-01-anefis-month']],
    [
      'contested: conflicting figures from two sides, not a denial alone',
      { contested: true },
      ['2023-09-17-lere', '2023-09-30-ber', '2024-07-25-tinzaouaten'],
    ],
    ['search finds a spelling the data does not use', { q: 'Tin-Zaouatene' }, ['2024-07-25-tinzaouaten']],
    ['search is accent-insensitive', { q: 'anefis' }, ['2023-11-01-anefis-month']],
    ['search reads claimants', { q: 'zallaqa' }, ['2024-07-25-tinzaouaten']],
    ['search reads summaries in both languages', { q: 'rebels say' }, ['2024-07-25-tinzaouaten']],
    ['every search term must match', { q: 'kidal drone' }, []],
    [
      'filters combine',
      { region: ['Kidal'], side: ['rebels'], from: '2024-01-01' },
      ['2024-07-25-tinzaouaten'],
    ],
  ])('%s', (_name, filters, expected) => {
    expect(ids(filters)).toEqual(expected);
  });

  it('ignores the dates when asked (for the timeline bars)', () => {
    const f: Filters = { from: '2030-01-01', side: ['army'] };
    expect(applyFilters(index, f, { ignoreDates: true })).toHaveLength(3);
    expect(applyFilters(index, f)).toHaveLength(0);
  });

  it('does not mutate the index or the filters', () => {
    const f: Filters = { side: ['rebels', 'army'], q: 'kidal', sort: 'contested' };
    const before = JSON.stringify(f);
    const entries = [...index.entries];
    sortEntries(applyFilters(index, f), 'contested');
    expect(JSON.stringify(f)).toBe(before);
    expect(index.entries).toEqual(entries);
  });
});

describe('filters from a link', () => {
  it.each<[string, string, Filters]>([
    ['an unknown side is dropped', 'side=martians', {}],
    ['known sides survive next to junk', 'side=army,x', { side: ['army'] }],
    ['an impossible date is dropped', 'from=2023-02-30&to=2023-13-01', {}],
    [
      'a reversed range is put in order',
      'from=2024-01-01&to=2023-01-01',
      { from: '2023-01-01', to: '2024-01-01' },
    ],
    ['a blank search is no search', 'q=%20%20-%20', {}],
    ['an unknown "as" side is dropped', 'as=nobody', {}],
  ])('%s', (_name, query, expected) => {
    expect(parseFilters(new URLSearchParams(query))).toEqual(expected);
  });

  it('widens rather than empties the view for a junk parameter', () => {
    const f = parseFilters(new URLSearchParams('side=martians&type=picnic'));
    expect(applyFilters(index, f)).toHaveLength(DATASET.length);
  });

  it('says whether anything narrows the view (sort and "as" do not)', () => {
    expect(isFiltering({ sort: 'contested', as: 'army' })).toBe(false);
    expect(isFiltering({ contested: true })).toBe(true);
  });
});

describe('sortEntries', () => {
  it('lists newest first by default', () => {
    expect(sortEntries(index.entries).map((e) => e.incident.id)[0]).toBe('2024-07-25-tinzaouaten');
  });

  it('lists the most contested first, then newest', () => {
    const order = sortEntries(index.entries, 'contested').map((e) => e.incident.id);
    // Tinzaouaten (50 vs 5, ×10) and Léré (35 vs 5, ×7) above Ber (12 vs 10); single-sided last.
    expect(order.slice(0, 2)).toEqual(['2024-07-25-tinzaouaten', '2023-09-17-lere']);
    expect(order.at(-1)).toBe('2023-11-01-anefis-month');
  });
});
