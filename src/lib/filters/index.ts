// The filter index: everything filtering, sorting and drawing need per incident, computed once per
// dataset so a filter step is a scan over plain values (no figure alignment, no text folding).
import { contestedness, largestToll, type Contestedness } from '../compare/contested';
import {
  EVENT_TYPES,
  REGIONS,
  SIDES,
  type EventType,
  type Incident,
  type Region,
  type Side,
} from '../incidents/schema';
import { addDays, monthEnd } from './dates';
import { FIELD_SEPARATOR, compactBoth } from './text';

export interface IndexEntry {
  incident: Incident;
  /** First and last day the incident may have happened on (ISO), widened by its date precision. */
  start: string;
  end: string;
  contest: Contestedness;
  /** Sides with at least one claim (any stance), in SIDES order. */
  sides: readonly Side[];
  /** Largest death toll any claim gives; undefined when no claim gives a killed number. */
  toll: number | undefined;
  /** The same, per side that gave one. */
  tollBy: Partial<Record<Side, number>>;
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
export function lastDay(date: Incident['date']): string {
  if (date.end) return date.end;
  if (date.precision === 'week') return addDays(date.start, 6);
  if (date.precision === 'month') return monthEnd(date.start);
  return date.start;
}

function searchFields(inc: Incident): string[] {
  return [
    inc.title.fr,
    inc.title.en,
    inc.place.name,
    ...(inc.place.alt_names ?? []),
    inc.place.detail?.fr ?? '',
    inc.place.detail?.en ?? '',
    inc.place.region,
    ...(inc.place.other_regions ?? []),
    ...inc.parties,
    ...inc.claims.flatMap((c) => [c.claimant, c.summary.fr, c.summary.en]),
  ];
}

export function indexEntry(incident: Incident): IndexEntry {
  const spoke = new Set(incident.claims.map((c) => c.side));
  const sides = SIDES.filter((s) => spoke.has(s));
  const tollBy: Partial<Record<Side, number>> = {};
  for (const side of sides) {
    const t = largestToll(incident, side);
    if (t !== undefined) tollBy[side] = t;
  }
  return {
    incident,
    start: incident.date.start,
    end: lastDay(incident.date),
    contest: contestedness(incident),
    sides,
    toll: largestToll(incident),
    tollBy,
    regions: [incident.place.region, ...(incident.place.other_regions ?? [])],
  };
}

/** An incident's searchable text, normalised (see text.ts): plain and spelling-folded. */
export interface SearchText {
  text: string;
  folded: string;
}
// Folding text is most of the cost of indexing (100,000 incidents: seconds), and only a search
// needs it: it is made on the first search that reaches an incident, then kept with it.
const searchCache = new WeakMap<Incident, SearchText>();

/** Whether an incident's search text is already folded. */
export function hasSearchText(incident: Incident): boolean {
  return searchCache.has(incident);
}

export function searchText(incident: Incident): SearchText {
  let s = searchCache.get(incident);
  if (!s) {
    const fields = searchFields(incident).map(compactBoth);
    s = {
      text: fields.map((f) => f.plain).join(FIELD_SEPARATOR),
      folded: fields.map((f) => f.folded).join(FIELD_SEPARATOR),
    };
    searchCache.set(incident, s);
  }
  return s;
}

/** Runs `work` when the page is idle; `work` gets how many milliseconds it may use. */
export type IdleScheduler = (work: (budgetMs: () => number) => void) => void;

const browserIdle: IdleScheduler = (work) => {
  if (typeof requestIdleCallback === 'function')
    // No timeout: on a busy page the work waits (a search folds what is left itself).
    requestIdleCallback((d) => work(() => d.timeRemaining()));
  else setTimeout(() => work(() => 8), 50);
};

/**
 * Folds the search text of every incident ahead of the first search, a slice at a time while the
 * page is idle, so neither loading nor the first search waits for it. Returns a cancel function.
 */
export function prepareSearch(
  incidents: readonly Incident[],
  schedule: IdleScheduler = browserIdle,
): () => void {
  let next = 0;
  let cancelled = false;
  const slice = (budgetMs: () => number) => {
    if (cancelled) return;
    // At least one batch per slice, more while the idle time lasts.
    do {
      const end = Math.min(next + 64, incidents.length);
      for (; next < end; next++) searchText(incidents[next]!);
    } while (next < incidents.length && budgetMs() > 1);
    if (next < incidents.length) schedule(slice);
  };
  if (incidents.length) schedule(slice);
  return () => (cancelled = true);
}

export function buildIndex(incidents: readonly Incident[]): FilterIndex {
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
