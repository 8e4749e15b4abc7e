// Applying the URL's filters to the index, and ordering the result. Pure: the index and the
// filters are read, never changed.
import { EVENT_TYPES, REGIONS, SIDES, type EventType, type Region, type Side } from '../incidents/schema';
import type { Filters } from '../url/codec';
import { dayNumber } from './dates';
import { searchText, type FilterIndex, type IndexEntry } from './index';
import { queryTerms } from './text';

/** Filters with every value known to be meaningful: enum values checked, dates real and ordered. */
export interface CleanFilters {
  from?: string;
  to?: string;
  side?: Side[];
  type?: EventType[];
  region?: Region[];
  q?: string;
  contested?: boolean;
  sort?: 'contested';
  as?: Side;
}

function known<T extends string>(all: readonly T[], values: readonly string[] | undefined): T[] | undefined {
  const kept = (values ?? []).filter((v): v is T => (all as readonly string[]).includes(v));
  return kept.length ? kept : undefined;
}

/**
 * Drops what a hand-edited or stale link may carry that means nothing here (an unknown side, a
 * 31st of February), so a broken parameter widens the view instead of emptying it. A reversed
 * range is read as the range the reader meant.
 */
export function cleanFilters(f: Filters): CleanFilters {
  const out: CleanFilters = {};
  let from = f.from && dayNumber(f.from) !== undefined ? f.from : undefined;
  let to = f.to && dayNumber(f.to) !== undefined ? f.to : undefined;
  if (from && to && from > to) [from, to] = [to, from];
  if (from) out.from = from;
  if (to) out.to = to;
  const side = known(SIDES, f.side);
  const type = known(EVENT_TYPES, f.type);
  const region = known(REGIONS, f.region);
  if (side) out.side = side;
  if (type) out.type = type;
  if (region) out.region = region;
  const q = f.q?.trim();
  if (q && queryTerms(q).length) out.q = q;
  if (f.contested) out.contested = true;
  if (f.sort === 'contested') out.sort = 'contested';
  const as = known(SIDES, f.as ? [f.as] : undefined)?.[0];
  if (as) out.as = as;
  return out;
}

/** True when any filter narrows the incidents (sort and "as" do not). */
export function isFiltering(f: CleanFilters): boolean {
  return Boolean(f.from || f.to || f.side || f.type || f.region || f.q || f.contested);
}

/**
 * "Contested": two or more sides gave numbers for the same figure and they conflict. A denial
 * without conflicting figures is not enough, nor are sides that spoke about different things.
 */
export function isContested(e: IndexEntry): boolean {
  return (
    (e.contest.level === 'disputed' || e.contest.level === 'sharply-disputed') && e.contest.conflicts > 0
  );
}

/**
 * The incidents matching every filter, in index order (oldest first). Within one filter, values
 * are alternatives (side=army,rebels: either spoke). Dates overlap inclusively: an incident from
 * 30 Sept to 2 Oct is in October. `ignoreDates` gives what the other filters leave (the timeline's
 * bars).
 */
export function applyFilters(
  index: FilterIndex,
  filters: Filters,
  opts: { ignoreDates?: boolean } = {},
): IndexEntry[] {
  const f = cleanFilters(filters);
  const from = opts.ignoreDates ? undefined : f.from;
  const to = opts.ignoreDates ? undefined : f.to;
  const terms = f.q ? queryTerms(f.q) : [];
  return index.entries.filter((e) => {
    if (from && e.end < from) return false;
    if (to && e.start > to) return false;
    if (f.side && !f.side.some((s) => e.sides.includes(s))) return false;
    if (f.type && !f.type.some((t) => e.incident.types.includes(t))) return false;
    if (f.region && !f.region.some((r) => e.regions.includes(r))) return false;
    if (f.contested && !isContested(e)) return false;
    if (!terms.length) return true;
    const { text, folded } = searchText(e.incident);
    return terms.every((t) => text.includes(t.plain) || folded.includes(t.folded));
  });
}

const newestFirst = (a: IndexEntry, b: IndexEntry) =>
  b.start.localeCompare(a.start) || b.incident.id.localeCompare(a.incident.id);

/** List order: newest first, or most contested first (then newest). Returns a new array. */
export function sortEntries(entries: readonly IndexEntry[], sort?: 'contested'): IndexEntry[] {
  const out = [...entries];
  if (sort === 'contested') return out.sort((a, b) => b.contest.score - a.contest.score || newestFirst(a, b));
  return out.sort(newestFirst);
}
