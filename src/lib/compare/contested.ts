// How contested an incident is: for each figure that two or more sides gave as numbers, the
// ratio between the highest and lowest claim; plus whether responsibility or the event itself is
// disputed (a side's denial). Used for marker colour and for sorting.
import type { Incident, Side } from '../incidents/schema.ts';
import { alignFigures, headline, statement, type Cell } from './align.ts';
import type { ContestLevel } from './levels.ts';

export type { ContestLevel };

export interface Contestedness {
  /** Sides that made claims. */
  sides: number;
  /** Largest high/low ratio between sides' conflicting figures; 1 when none conflict. */
  maxRatio: number;
  /** Number of figures on which sides conflict. */
  conflicts: number;
  /** Number of figures that two or more sides gave as numbers. */
  compared: number;
  /** A side denied the event or its responsibility. */
  denial: boolean;
  level: ContestLevel;
  /** For sorting, higher = more contested. Finite. */
  score: number;
}

/** Ratios at or above this read as "sharply disputed" (×3: e.g. 15 vs 5). */
export const SHARP_RATIO = 3;

export function contestedness(incident: Incident): Contestedness {
  const { sides, rows } = alignFigures(incident);
  const gaps = rows.flatMap((r) => (r.gap ? [r.gap] : []));
  const maxRatio = gaps.reduce((m, g) => Math.max(m, g.ratio), 1);
  const denial = incident.claims.some((c) => c.stance === 'denial');
  const compared = rows.filter((r) => sides.filter((side) => hasNumber(r.cells[side])).length >= 2).length;
  let level: ContestLevel;
  if (sides.length < 2) level = 'single';
  else if (maxRatio >= SHARP_RATIO) level = 'sharply-disputed';
  else if (gaps.length > 0 || denial) level = 'disputed';
  else if (compared > 0) level = 'agreed';
  else level = 'uncompared';
  // An infinite ratio (0 vs n) counts as ×100 for sorting.
  const ratioScore = Math.log2(Math.min(maxRatio, 100));
  const score = ratioScore + (denial ? 1 : 0) + gaps.length * 0.1 + sides.length * 0.01;
  return { sides: sides.length, maxRatio, conflicts: gaps.length, compared, denial, level, score };
}

/**
 * Whether a side's headline in a row has a number that can agree with another: words cannot, and
 * neither can an open "at least" bound (« au moins 20 » is consistent with 84, which is no
 * agreement). Both can still conflict (see rowGap).
 */
function hasNumber(cell: Cell | undefined): boolean {
  const interval = headline(cell)?.interval;
  return interval !== undefined && Number.isFinite(interval[1]);
}

/**
 * The largest death toll any claim gives, for sizing markers (never shown as a side's figure):
 * a claim's killed figures summed over groups, lower bounds, each group counted once (its total,
 * or its parts). Optionally from one side only; undefined when no claim gives a killed number.
 */
export function largestToll(incident: Incident, side?: Side): number | undefined {
  let best: number | undefined;
  for (const claim of incident.claims) {
    if (side && claim.side !== side) continue;
    let sum: number | undefined;
    for (const group of new Set(claim.figures.filter((f) => f.measure === 'killed').map((f) => f.group))) {
      const figures = claim.figures.filter((f) => f.measure === 'killed' && f.group === group);
      const n = statement(claim, figures).interval?.[0];
      if (n !== undefined) sum = (sum ?? 0) + n;
    }
    if (sum !== undefined && (best === undefined || sum > best)) best = sum;
  }
  return best;
}
