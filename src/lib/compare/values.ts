// Reading claimed figure values as intervals, so numbers, ranges and "at least" bounds compare
// honestly. Words have no interval: they are shown, never computed with.
import type { FigureValue } from '../incidents/schema.ts';

/** [low, high]; high is Infinity for an "at least" bound. */
export type Interval = readonly [number, number];

export function toInterval(value: FigureValue | undefined): Interval | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'number') return [value, value];
  if ('at_least' in value) return [value.at_least, Infinity];
  return [value.min, value.max];
}

/** The sum of intervals: Recoupe's arithmetic over parts a side stated (never a side's own figure). */
export function sumIntervals(intervals: readonly Interval[]): Interval {
  return intervals.reduce<Interval>((acc, [lo, hi]) => [acc[0] + lo, acc[1] + hi], [0, 0]);
}

/** The smallest number the claim commits to (used for tolls and marker sizes). */
export function lowerBound(value: FigureValue | undefined): number | undefined {
  return toInterval(value)?.[0];
}

/** A figure value as the bounds it states: exact → min = max; "at least" → min only; words → neither. */
export function valueBounds(value: FigureValue | undefined): { min?: number; max?: number } {
  if (value === undefined) return {};
  if (typeof value === 'number') return { min: value, max: value };
  if ('at_least' in value) return { min: value.at_least };
  return { min: value.min, max: value.max };
}
