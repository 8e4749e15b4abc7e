import { describe, expect, it } from 'vitest';
import { filtersKey, matchPart, sameWhileKey, undatedPart } from '../../../src/lib/explore/same';

describe('sameWhileKey', () => {
  it('hands back the first object while the key is unchanged, and the new one after', () => {
    const same = sameWhileKey<{ side?: string[] }>(filtersKey);
    const a = { side: ['army'] };
    expect(same(a)).toBe(a);
    expect(same({ side: ['army'] })).toBe(a);
    const b = { side: ['rebels'] };
    expect(same(b)).toBe(b);
    expect(same({ side: ['rebels'] })).toBe(b);
  });
});

describe('filtersKey', () => {
  it('ignores key order but not values or value order', () => {
    expect(filtersKey({ q: 'kidal', side: ['army'] })).toBe(filtersKey({ side: ['army'], q: 'kidal' }));
    expect(filtersKey({ side: ['army', 'rebels'] })).not.toBe(filtersKey({ side: ['rebels', 'army'] }));
    expect(filtersKey({ contested: true })).not.toBe(filtersKey({}));
  });
});

describe('matchPart and undatedPart', () => {
  const f = { from: '2023-01-01', to: '2023-12-31', side: ['army'], sort: 'contested', as: 'rebels' };

  it('leave out what does not change which incidents match (list order, "as")', () => {
    expect(matchPart(f)).toEqual({ from: '2023-01-01', to: '2023-12-31', side: ['army'] });
  });

  it('leave out the dates for the timeline bars, which show what any period would give', () => {
    expect(undatedPart(matchPart(f))).toEqual({ side: ['army'] });
  });

  it('give the same key after a change that does not matter to them', () => {
    const same = sameWhileKey<object>(filtersKey);
    const first = same(matchPart(f));
    expect(same(matchPart({ ...f, as: 'army', sort: undefined }))).toBe(first);
    expect(same(matchPart({ ...f, side: ['rebels'] }))).not.toBe(first);
  });
});
