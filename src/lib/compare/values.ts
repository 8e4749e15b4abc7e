// Reading claimed figure values as intervals, so numbers, ranges and "at least" bounds compare
// honestly. Words have no interval: they are shown, never computed with.
import type { FigureValue } from '../incidents/schema';

/** [low, high]; high is Infinity for an "at least" bound. */
export type Interval = readonly [number, number];

export function toInterval(value: FigureValue | undefined): Interval | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'number') return [value, value];
  if ('at_least' in value) return [value.at_least, Infinity];
  return [value.min, value.max];
}

/** The smallest number the claim commits to (used for tolls and marker sizes). */
export function lowerBound(value: FigureValue | undefined): number | undefined {
  return toInterval(value)?.[0];
}
