// The explore index: everything filtering, sorting and drawing need per incident, read from the
// digests the build computed (no figure alignment in the browser), so a filter step is a scan over
// plain values.
import { addDays, monthEnd } from '../dates';
import type { IncidentDigest } from '../incidents/digest';
import { EVENT_TYPES, REGIONS, SIDES, type EventType, type Region, type Side } from '../incidents/schema';

export interface IndexEntry {
  /** The incident as the index has it (its digest: no claims' texts). */
  incident: IncidentDigest;
  contest: IncidentDigest['contest'];
  /** Sides with at least one claim, in SIDES order. */
  sides: readonly Side[];
  /** Largest death toll any claim gives; undefined when no claim gives a killed number. */
  toll: number | undefined;
  /** The same, per side that gave one. */
  tollBy: Partial<Record<Side, number>>;
  /** First and last day the incident may have happened on (ISO), widened by its date precision. */
  start: string;
  end: string;
  /** Main region first, then the others it spread to. */
  regions: readonly Region[];
}

export interface FilterIndex {
  /** Oldest first, in the order given (the loader sorts by date, then id). */
  entries: readonly IndexEntry[];
  byId: ReadonlyMap<string, IndexEntry>;
  /** First start and last end over all incidents; undefined for an empty dataset. */
  extent: { start: string; end: string } | undefined;
  /** What the dataset contains, for the filter controls (schema order). */
  present: { sides: readonly Side[]; types: readonly EventType[]; regions: readonly Region[] };
}

/** The last day an incident may have happened on: its end, or the end of its week or month. */
export function lastDay(date: IncidentDigest['date']): string {
  if (date.end) return date.end;
  if (date.precision === 'week') return addDays(date.start, 6);
  if (date.precision === 'month') return monthEnd(date.start);
  return date.start;
}

export function indexEntry(incident: IncidentDigest): IndexEntry {
  return {
    incident,
    contest: incident.contest,
    sides: incident.sides,
    toll: incident.toll,
    tollBy: incident.tollBy,
    start: incident.date.start,
    end: lastDay(incident.date),
    regions: [incident.place.region, ...(incident.place.other_regions ?? [])],
  };
}

export function buildIndex(incidents: readonly IncidentDigest[]): FilterIndex {
  const entries = incidents.map(indexEntry);
  let start: string | undefined;
  let end: string | undefined;
  const sides = new Set<Side>();
  const types = new Set<EventType>();
  const regions = new Set<Region>();
  for (const e of entries) {
    if (start === undefined || e.start < start) start = e.start;
    if (end === undefined || e.end > end) end = e.end;
    for (const s of e.sides) sides.add(s);
    for (const t of e.incident.types) types.add(t);
    for (const r of e.regions) regions.add(r);
  }
  const inOrder = <T>(all: readonly T[], set: Set<T>) => all.filter((x) => set.has(x));
  return {
    entries,
    byId: new Map(entries.map((e) => [e.incident.id, e])),
    extent: start && end ? { start, end } : undefined,
    present: {
      sides: inOrder(SIDES, sides),
      types: inOrder(EVENT_TYPES, types),
      regions: inOrder(REGIONS, regions),
    },
  };
}
