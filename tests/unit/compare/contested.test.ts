import { describe, expect, it } from 'vitest';
import { contestedness, largestToll } from '../../../src/lib/compare/contested';
import { claim, incident, lere } from './fixture';

describe('contestedness', () => {
  it('rates Léré sharply disputed, ×7 on soldiers killed', () => {
    expect(contestedness(lere)).toMatchObject({
      sides: 2,
      maxRatio: 7,
      conflicts: 1,
      level: 'sharply-disputed',
    });
  });

  it('rates an incident only one side spoke about as single-sourced', () => {
    const one = incident([
      claim('army-1', 'army', '2023-01-01', [{ measure: 'killed', group: 'army', value: 3 }]),
    ]);
    expect(contestedness(one).level).toBe('single');
  });

  it('rates agreeing sides as agreed', () => {
    const two = incident([
      claim('army-1', 'army', '2023-01-01', [{ measure: 'killed', group: 'army', value: 3 }]),
      claim('un-1', 'un', '2023-01-02', [{ measure: 'killed', group: 'army', value: { min: 2, max: 4 } }]),
    ]);
    expect(contestedness(two).level).toBe('agreed');
  });

  it('does not call versions "agreed" when sides never gave numbers for the same figure', () => {
    const apart = incident([
      claim('army-1', 'army', '2023-01-01', [{ measure: 'killed', group: 'jihadists', value: 20 }]),
      claim('jihadists-1', 'jihadists', '2023-01-02', [
        {
          measure: 'killed',
          group: 'army',
          wording: { text: 'des dizaines', lang: 'fr', gloss: { en: 'dozens' } },
        },
      ]),
    ]);
    expect(contestedness(apart)).toMatchObject({ level: 'uncompared', compared: 0 });
  });

  it('does not call an open "at least" bound consistent with a number an agreement (Tinzaouaten: ≥ 20 and 84)', () => {
    const open = incident([
      claim('russia-1', 'russia', '2024-07-28', [
        { measure: 'killed', group: 'russia', value: { at_least: 20 } },
      ]),
      claim('rebels-1', 'rebels', '2024-08-01', [{ measure: 'killed', group: 'russia', value: 84 }]),
    ]);
    expect(contestedness(open)).toMatchObject({ level: 'uncompared', conflicts: 0 });
  });

  it('still lets a bound conflict: at least 30 against 5 is a gap', () => {
    const gap = incident([
      claim('army-1', 'army', '2024-07-28', [{ measure: 'killed', group: 'army', value: 5 }]),
      claim('rebels-1', 'rebels', '2024-08-01', [
        { measure: 'killed', group: 'army', value: { at_least: 30 } },
      ]),
    ]);
    expect(contestedness(gap).level).toBe('sharply-disputed');
  });

  it('counts a denial as disputed even with no figures', () => {
    const denied = incident([
      claim('army-1', 'army', '2023-01-01', []),
      claim('russia-1', 'russia', '2023-01-02', [], 'denial'),
    ]);
    expect(contestedness(denied)).toMatchObject({ level: 'disputed', denial: true });
  });

  it('sorts a sharper dispute above a milder one', () => {
    const mild = incident([
      claim('army-1', 'army', '2023-01-01', [{ measure: 'killed', group: 'army', value: 10 }]),
      claim('rebels-1', 'rebels', '2023-01-02', [{ measure: 'killed', group: 'army', value: 12 }]),
    ]);
    expect(contestedness(lere).score).toBeGreaterThan(contestedness(mild).score);
    expect(
      Number.isFinite(
        contestedness(
          incident([
            claim('army-1', 'army', '2023-01-01', [{ measure: 'killed', group: 'army', value: 0 }]),
            claim('rebels-1', 'rebels', '2023-01-02', [{ measure: 'killed', group: 'army', value: 12 }]),
          ]),
        ).score,
      ),
    ).toBe(true);
  });
});

describe('largestToll', () => {
  it('sums a claim’s killed figures over groups and takes the largest claim', () => {
    expect(largestToll(lere)).toBe(43);
  });

  it('reads one side only, and is undefined for a side that gave no toll', () => {
    expect(largestToll(lere, 'army')).toBe(5);
    expect(largestToll(lere, 'un')).toBeUndefined();
  });
});
