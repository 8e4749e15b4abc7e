// Lines up every side's figures for one incident: rows are measure × group, columns are the sides
// that spoke. The latest claim of a side is its current figure; earlier ones stay visible as
// revisions (Tarkint 2020: the army said 2, then 29 soldiers killed).
import { GROUPS, MEASURES, SIDES } from '../incidents/schema';
import type { Claim, Figure, Group, Incident, Measure, Side } from '../incidents/schema';
import { toInterval } from './values';

export interface CellEntry {
  claim: Claim;
  figure: Figure;
}

export interface Gap {
  /** The side giving the lowest figure, and its upper bound. */
  lowSide: Side;
  low: number;
  /** The side giving the highest figure, and its lower bound. */
  highSide: Side;
  high: number;
  /** high / low; Infinity when the low figure is 0. Only set when the claims cannot both be true. */
  ratio: number;
}

export interface FigureRow {
  measure: Measure;
  group: Group;
  /** Per side, the claims giving this figure, oldest first (the last is the side's current figure). */
  cells: Partial<Record<Side, CellEntry[]>>;
  /** Set when two sides' current figures cannot both be true (their intervals do not overlap). */
  gap?: Gap;
}

export interface Alignment {
  /** Sides that made at least one claim, in the canonical order. */
  sides: Side[];
  rows: FigureRow[];
}

/** A month-only date sorts after the days of that month (it is known only to fall somewhere in it). */
const dateKey = (d: string) => (d.length === 7 ? `${d}-99` : d);

/** Claims in the order they were made; ties by id. */
export const byDate = (a: Claim, b: Claim) =>
  dateKey(a.date).localeCompare(dateKey(b.date)) || a.id.localeCompare(b.id);

/** The gap between sides' current figures for one row, if they conflict. */
export function rowGap(cells: FigureRow['cells']): Gap | undefined {
  let lowest: { side: Side; high: number } | undefined;
  let highest: { side: Side; low: number } | undefined;
  for (const side of SIDES) {
    const entries = cells[side];
    const current = entries?.[entries.length - 1];
    const interval = toInterval(current?.figure.value);
    if (!interval) continue;
    if (!lowest || interval[1] < lowest.high) lowest = { side, high: interval[1] };
    if (!highest || interval[0] > highest.low) highest = { side, low: interval[0] };
  }
  if (!lowest || !highest || lowest.side === highest.side || highest.low <= lowest.high) return undefined;
  return {
    lowSide: lowest.side,
    low: lowest.high,
    highSide: highest.side,
    high: highest.low,
    ratio: lowest.high === 0 ? Infinity : highest.low / lowest.high,
  };
}

export function alignFigures(incident: Incident): Alignment {
  const claims = [...incident.claims].sort(byDate);
  const sides = SIDES.filter((s) => claims.some((c) => c.side === s));
  const rowsByKey = new Map<string, FigureRow>();
  for (const claim of claims) {
    for (const figure of claim.figures) {
      const key = `${figure.measure}/${figure.group}`;
      let row = rowsByKey.get(key);
      if (!row) rowsByKey.set(key, (row = { measure: figure.measure, group: figure.group, cells: {} }));
      (row.cells[claim.side] ??= []).push({ claim, figure });
    }
  }
  const rank = (r: FigureRow) => MEASURES.indexOf(r.measure) * GROUPS.length + GROUPS.indexOf(r.group);
  const rows = [...rowsByKey.values()].sort((a, b) => rank(a) - rank(b));
  for (const row of rows) {
    const gap = rowGap(row.cells);
    if (gap) row.gap = gap;
  }
  return { sides, rows };
}
