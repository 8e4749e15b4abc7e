import { describe, expect, it } from 'vitest';
import { BarScale } from '../../../src/components/explore/timeline-scale';
import { emptyBins } from '../../../src/lib/explore/histogram';

const months = new BarScale(emptyBins({ start: '2023-01-01', end: '2023-12-31' }, 'month'), 'month');

describe('BarScale', () => {
  it('finds the bar holding a day, clamping days outside', () => {
    expect(months.barOf('2023-03-15')).toBe(2);
    expect(months.barOf('1999-01-01')).toBe(0);
    expect(months.barOf('2030-01-01')).toBe(11);
  });

  it('places a day’s start and end inside its bar', () => {
    expect(months.x('2023-01-01', 'start')).toBe(0);
    expect(months.x('2023-12-31', 'end')).toBe(100);
    expect(months.x('2023-07-01', 'start')).toBe(50);
  });

  it('turns a pair of bars into a period, in either order; all bars is no period', () => {
    expect(months.range(8, 10)).toEqual({ from: '2023-09-01', to: '2023-11-30' });
    expect(months.range(10, 8)).toEqual({ from: '2023-09-01', to: '2023-11-30' });
    expect(months.range(0, 11)).toEqual({ from: undefined, to: undefined });
  });

  it('reads the bar under a pointer, clamped to the track', () => {
    expect(months.barAt(0.5)).toBe(6);
    expect(months.barAt(-0.2)).toBe(0);
    expect(months.barAt(1)).toBe(11);
  });

  it('labels months for weekly bars and thins year labels to fit', () => {
    const weeks = new BarScale(emptyBins({ start: '2023-09-01', end: '2023-11-30' }, 'week'), 'week');
    expect(weeks.ticks('en').map((t) => t.text)).toEqual(['Aug', 'Sept', 'Oct', 'Nov']);
    const years = new BarScale(emptyBins({ start: '2012-01-01', end: '2026-02-01' }, 'month'), 'month');
    expect(years.ticks('fr', 10).map((t) => t.text)).toEqual([
      '2012',
      '2014',
      '2016',
      '2018',
      '2020',
      '2022',
      '2024',
      '2026',
    ]);
  });
});
