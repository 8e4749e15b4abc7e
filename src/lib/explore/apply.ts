// Applying the URL's filters to the index, and ordering the result. Pure: the index and the
// filters are read, never changed. The filters come checked from the URL codec.
import type { Filters } from '../url/codec';
import type { FilterIndex, IndexEntry } from './entries';
import { incidentDoc, matchScore, queryTerms } from './search';

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
  const f = filters;
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
    return matchScore(incidentDoc(e.incident), terms) > 0;
  });
}

const newestFirst = (a: IndexEntry, b: IndexEntry) =>
  b.start.localeCompare(a.start) || b.incident.id.localeCompare(a.incident.id);

/**
 * List order: most contested first (then newest) when asked; else, during a search, the best
 * matches first (the place, then the title, above a word in a summary), then newest; else newest
 * first. Returns a new array.
 */
export function sortEntries(entries: readonly IndexEntry[], sort?: 'contested', q?: string): IndexEntry[] {
  const out = [...entries];
  if (sort === 'contested') return out.sort((a, b) => b.contest.score - a.contest.score || newestFirst(a, b));
  const terms = q ? queryTerms(q) : [];
  if (terms.length) {
    const score = new Map(out.map((e) => [e, matchScore(incidentDoc(e.incident), terms)]));
    return out.sort((a, b) => score.get(b)! - score.get(a)! || newestFirst(a, b));
  }
  return out.sort(newestFirst);
}
