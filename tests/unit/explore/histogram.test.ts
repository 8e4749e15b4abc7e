import { describe, expect, it } from 'vitest';
import { dayNumber, weekStart } from '../../../src/lib/dates';
import { chooseUnit, emptyBins, histogram } from '../../../src/lib/explore/histogram';
import { activePreset, presets } from '../../../src/lib/explore/presets';

describe('dates', () => {
  it.each(['2023-02-29', '2023-13-01', 'yesterday', '2023-1-1', ''])('rejects %j as a day', (iso) => {
    expect(dayNumber(iso)).toBeUndefined();
  });

  it.each([
    ['2023-09-17', '2023-09-11'], // a Sunday belongs to the week starting the Monday before
    ['2023-09-18', '2023-09-18'],
    ['2024-01-03', '2024-01-01'],
  ])('puts %s in the week starting %s', (iso, monday) => {
    expect(weekStart(iso)).toBe(monday);
  });
});

describe('histogram', () => {
  it('bins by week up to half a year, by month beyond', () => {
    expect(chooseUnit({ start: '2023-09-01', end: '2023-12-31' })).toBe('week');
    expect(chooseUnit({ start: '2020-03-19', end: '2024-12-01' })).toBe('month');
  });

  it('covers the extent with whole months, empty ones included', () => {
    const bins = emptyBins({ start: '2023-11-14', end: '2024-02-09' }, 'month');
    expect(bins.map((b) => [b.start, b.end])).toEqual([
      ['2023-11-01', '2023-11-30'],
      ['2023-12-01', '2023-12-31'],
      ['2024-01-01', '2024-01-31'],
      ['2024-02-01', '2024-02-29'],
    ]);
  });

  it('counts each incident once, in the bin of its first day', () => {
    const { unit, bins } = histogram(['2023-09-17', '2023-09-18', '2023-09-24', '2023-10-02'], {
      start: '2023-09-17',
      end: '2023-10-02',
    });
    expect(unit).toBe('week');
    expect(bins.map((b) => [b.start, b.count])).toEqual([
      ['2023-09-11', 1],
      ['2023-09-18', 2],
      ['2023-09-25', 0],
      ['2023-10-02', 1],
    ]);
  });

  it('skips dates outside the extent and caps the number of bins', () => {
    const { bins } = histogram(['1999-01-01'], { start: '2023-01-01', end: '2023-01-31' }, 'month');
    expect(bins).toEqual([{ start: '2023-01-01', end: '2023-01-31', count: 0 }]);
    expect(emptyBins({ start: '0001-01-01', end: '9999-12-31' }, 'week', 50)).toHaveLength(50);
  });
});

describe('presets', () => {
  it('counts months back from the last incident, not from today', () => {
    expect(presets('2024-12-01')).toEqual([
      { id: 'all', from: undefined, to: undefined },
      { id: '3m', from: '2024-10-01', to: '2024-12-31' },
      { id: '6m', from: '2024-07-01', to: '2024-12-31' },
      { id: '12m', from: '2024-01-01', to: '2024-12-31' },
    ]);
  });

  it('offers only "all" without data', () => {
    expect(presets(undefined).map((p) => p.id)).toEqual(['all']);
  });

  it('recognises the active preset, and none for a custom range', () => {
    const list = presets('2024-12-01');
    expect(activePreset(list, '2024-07-01', '2024-12-31')).toBe('6m');
    expect(activePreset(list, undefined, undefined)).toBe('all');
    expect(activePreset(list, '2024-07-02', '2024-12-31')).toBeUndefined();
  });
});
