import { describe, expect, it } from 'vitest';
import { CONTEST_LEVELS, levelRank } from '../../../src/lib/compare/levels';
import { levelColour } from '../../../src/lib/map/incident-style';
import { LEVEL_COLOUR_RAMP, LEVEL_COLOURS } from '../../../src/lib/theme';

describe('contest levels', () => {
  it('have one order, least to most contested (a cluster shows its most contested member: the max rank)', () => {
    expect(CONTEST_LEVELS).toEqual(['single', 'uncompared', 'agreed', 'disputed', 'sharply-disputed']);
    expect(CONTEST_LEVELS.map(levelRank)).toEqual([0, 1, 2, 3, 4]);
  });

  it('colour each rank on the map with that level’s own colour', () => {
    const expr = levelColour(['get', 'level']) as unknown[];
    // ['match', input, 0, c0, 1, c1, …, fallback]
    const byRank = new Map<number, unknown>();
    for (let i = 2; i < expr.length - 1; i += 2) byRank.set(expr[i] as number, expr[i + 1]);
    for (const level of CONTEST_LEVELS) {
      const colour = byRank.get(levelRank(level)) ?? expr[expr.length - 1];
      expect(colour, level).toBe(LEVEL_COLOURS[level]);
    }
    expect(LEVEL_COLOUR_RAMP).toEqual(CONTEST_LEVELS.map((l) => LEVEL_COLOURS[l]));
  });
});
