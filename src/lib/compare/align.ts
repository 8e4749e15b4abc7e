// Lines up every side's figures for one incident: rows are measure × group, columns the sides that
// spoke. In a cell, each claim that gave this figure is one statement: a total, or the parts the
// side stated ("39 destroyed, 15 seized"). A side's headline is its latest statement about the
// whole event; earlier ones stay visible as revisions (Tarkint 2020: the army said 2, then 29
// killed), and statements about part of the event (a claim's `scope`) stay beside it, never in it.
import { GROUPS, MEASURES, SIDES } from '../incidents/schema.ts';
import type { Claim, Figure, Group, Incident, Measure, Side } from '../incidents/schema.ts';
import { sumIntervals, toInterval, type Interval } from './values.ts';

/** What one claim says for one row: its total, or its parts. */
export interface Statement {
  claim: Claim;
  /** The figure the side gave for the whole row, when it gave one. */
  total?: Figure | undefined;
  /** The parts the side gave instead (figures with qualifiers), in the claim's order. */
  parts: Figure[];
  /**
   * What the statement commits to: the total's interval, or — Recoupe's arithmetic, labelled as
   * such wherever shown — the sum of the parts when every part has a number. Undefined for words.
   */
  interval?: Interval | undefined;
  /** The interval is Recoupe's sum of the side's parts, not a number the side gave. */
  summed: boolean;
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

export interface Cell {
  /** Statements about the whole event, oldest first: the last is the side's headline. */
  whole: Statement[];
  /** Statements about part of the event (claims with a scope), oldest first. */
  partial: Statement[];
}

export interface FigureRow {
  measure: Measure;
  group: Group;
  cells: Partial<Record<Side, Cell>>;
  /** Set when two sides' headline figures cannot both be true (their intervals do not overlap). */
  gap?: Gap;
}

export interface Alignment {
  /** Sides that made at least one claim, in the canonical order. */
  sides: Side[];
  /** Sides that gave at least one figure (the comparison's columns), in the canonical order. */
  withFigures: Side[];
  rows: FigureRow[];
}

/** A month-only date sorts after the days of that month (it is known only to fall somewhere in it). */
const dateKey = (d: string) => (d.length === 7 ? `${d}-99` : d);

/** Claims in the order they were made; ties by id. */
export const byDate = (a: Claim, b: Claim) =>
  dateKey(a.date).localeCompare(dateKey(b.date)) || a.id.localeCompare(b.id);

/** A side's headline statement in a cell: its latest about the whole event. */
export function headline(cell: Cell | undefined): Statement | undefined {
  return cell?.whole[cell.whole.length - 1];
}

/** One claim's statement for a row, from its figures for that measure and group. */
export function statement(claim: Claim, figures: readonly Figure[]): Statement {
  const total = figures.find((f) => !f.qualifiers);
  const parts = figures.filter((f) => f.qualifiers);
  if (total) return { claim, total, parts, interval: toInterval(total.value), summed: false };
  const intervals = parts.map((p) => toInterval(p.value));
  const all = intervals.every((i): i is Interval => i !== undefined);
  return { claim, parts, interval: all && parts.length ? sumIntervals(intervals) : undefined, summed: true };
}

/** The gap between sides' headline figures for one row, if they conflict. */
export function rowGap(cells: FigureRow['cells']): Gap | undefined {
  let lowest: { side: Side; high: number } | undefined;
  let highest: { side: Side; low: number } | undefined;
  for (const side of SIDES) {
    const interval = headline(cells[side])?.interval;
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
    const byRow = new Map<string, Figure[]>();
    for (const figure of claim.figures) {
      const key = `${figure.measure}/${figure.group}`;
      byRow.set(key, [...(byRow.get(key) ?? []), figure]);
    }
    for (const [key, figures] of byRow) {
      const { measure, group } = figures[0]!;
      let row = rowsByKey.get(key);
      if (!row) rowsByKey.set(key, (row = { measure, group, cells: {} }));
      const cell = (row.cells[claim.side] ??= { whole: [], partial: [] });
      (claim.scope ? cell.partial : cell.whole).push(statement(claim, figures));
    }
  }
  const rank = (r: FigureRow) => MEASURES.indexOf(r.measure) * GROUPS.length + GROUPS.indexOf(r.group);
  const rows = [...rowsByKey.values()].sort((a, b) => rank(a) - rank(b));
  for (const row of rows) {
    const gap = rowGap(row.cells);
    if (gap) row.gap = gap;
  }
  const withFigures = sides.filter((s) => rows.some((r) => r.cells[s]));
  return { sides, withFigures, rows };
}
