/** The dataset's order, shared by the build (feature ids, CSV rows) and the app. */
import type { Incident } from './schema.ts';

/** The dataset's one order: by start date, then id. GeoJSON feature ids and CSV rows follow it. */
export function byDateThenId(a: Incident, b: Incident): number {
  return a.date.start.localeCompare(b.date.start) || a.id.localeCompare(b.id);
}
