import { describe, expect, it } from 'vitest';
import { CONTEST_LEVELS, levelRank } from '../../../src/lib/compare/levels';
import { levelColour } from '../../../src/lib/map/incident-style';
import { LEVEL_COLOUR_RAMP, LEVEL_COLOURS, SIDE_COLOURS } from '../../../src/lib/theme';

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

describe('side colours', () => {
  it('read as text at 4.5:1 or more on the panel’s paper and on white (WCAG AA)', () => {
    const lum = (hex: string) => {
      const c = [1, 3, 5]
        .map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
        .map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
      return 0.2126 * c[0]! + 0.7152 * c[1]! + 0.0722 * c[2]!;
    };
    const contrast = (a: string, b: string) => {
      const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p) as [number, number];
      return (x + 0.05) / (y + 0.05);
    };
    for (const [side, colour] of Object.entries(SIDE_COLOURS)) {
      expect(contrast(colour, '#fbfaf7'), side).toBeGreaterThanOrEqual(4.5);
      expect(contrast(colour, '#ffffff'), side).toBeGreaterThanOrEqual(4.5);
    }
  });
});
