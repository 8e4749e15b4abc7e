// Counting incidents per week or per month for the timeline. Weeks for spans up to half a year
// (months would be a handful of bars), months beyond (weeks would be hairlines).
import { addDays, dayNumber, monthStart, weekStart } from '../dates';

export type BinUnit = 'week' | 'month';

export interface Bin {
  /** First and last day of the bin (ISO, inclusive). */
  start: string;
  end: string;
  count: number;
}

/** Spans longer than this many days are binned by month. */
export const WEEKLY_MAX_DAYS = 183;

export function chooseUnit(extent: { start: string; end: string }): BinUnit {
  const span = (dayNumber(extent.end) ?? 0) - (dayNumber(extent.start) ?? 0);
  return span <= WEEKLY_MAX_DAYS ? 'week' : 'month';
}

export function binStart(iso: string, unit: BinUnit): string {
  return unit === 'week' ? weekStart(iso) : monthStart(iso);
}

export function nextBinStart(iso: string, unit: BinUnit): string {
  return unit === 'week' ? addDays(weekStart(iso), 7) : monthStart(iso, 1);
}

/**
 * Empty bins covering the extent, whole weeks (Monday first) or whole months. Capped so a junk
 * extent cannot build millions of bars.
 */
export function emptyBins(extent: { start: string; end: string }, unit: BinUnit, max = 2000): Bin[] {
  const bins: Bin[] = [];
  for (let s = binStart(extent.start, unit); s <= extent.end && bins.length < max;) {
    const next = nextBinStart(s, unit);
    bins.push({ start: s, end: addDays(next, -1), count: 0 });
    s = next;
  }
  return bins;
}

/** Incidents per bin, each counted once, in the bin of its first day; dates outside are skipped. */
export function histogram(
  starts: readonly string[],
  extent: { start: string; end: string },
  unit: BinUnit = chooseUnit(extent),
): { unit: BinUnit; bins: Bin[] } {
  const bins = emptyBins(extent, unit);
  const at = new Map(bins.map((b, i) => [b.start, i]));
  for (const s of starts) {
    const i = at.get(binStart(s, unit));
    if (i !== undefined) bins[i]!.count++;
  }
  return { unit, bins };
}
