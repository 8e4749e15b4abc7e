// The explore state the shell needs, derived from the data and the URL's filters: the index (once
// per dataset), what is shown, the list order, the timeline's bars and the count. Nothing here is
// stored twice: the URL is the only source of the filters.
import { countLabel } from '../i18n/format';
import type { Lang } from '../i18n/locales';
import type { IncidentDigest } from '../incidents/digest';
import { isFiltering, type Filters } from '../url/codec';
import { applyFilters, sortEntries } from './apply';
import { buildIndex } from './entries';
import { featureIds } from '../map/incident-features';
import { histogram } from './histogram';
import { prepareSearch } from './search';
import { activePreset, presets } from './presets';
import { filtersKey, matchPart, sameWhileKey, undatedPart } from './same';

export class Explore {
  #incidents: () => readonly IncidentDigest[] | undefined;
  #filters: () => Filters;

  constructor(incidents: () => readonly IncidentDigest[] | undefined, filters: () => Filters) {
    this.#incidents = incidents;
    this.#filters = filters;
  }

  readonly index = $derived.by(() => buildIndex(this.#incidents() ?? []));
  /** Stable map feature ids (≥ 1), from the whole dataset so filtering never renumbers them. */
  readonly featureIds = $derived(featureIds(this.index.entries.map((e) => e.incident)));
  // Each derived below hands back the same object while its inputs are equal, so work stops at
  // the first step that did not change: another part of the URL (language, route, ?claim=)
  // re-filters nothing, "as" and sort do not re-filter, and brushing the dates does not recount
  // the timeline's bars. (Map moves never reach here: AppUrl keeps the map view apart.)
  #sameFilters = sameWhileKey<Filters>(filtersKey);
  #sameMatch = sameWhileKey<Filters>(filtersKey);
  #sameUndated = sameWhileKey<Filters>(filtersKey);
  /** The URL's filters (checked by the codec). */
  readonly filters = $derived.by(() => this.#sameFilters(this.#filters()));
  /** What decides which incidents match: everything but the list order and "as". */
  readonly #match = $derived(this.#sameMatch(matchPart(this.filters)));
  readonly #undated = $derived(this.#sameUndated(undatedPart(this.#match)));
  readonly filtering = $derived(isFiltering(this.filters));
  /** Bumped when the search reads more text (the summaries arrived): matches are made anew. */
  #searchVersion = $state(0);
  readonly matched = $derived.by(() => {
    if (this.#match.q) void this.#searchVersion;
    return applyFilters(this.index, this.#match);
  });

  /** The search reads more text now: search again. */
  refreshSearch(): void {
    this.#searchVersion++;
  }
  /** Shown incidents, oldest first: what the map draws and j/k step through. */
  readonly shown = $derived(this.matched.map((e) => e.incident));
  /** The list's order: newest or most contested first. */
  readonly listed = $derived(
    sortEntries(this.matched, this.filters.sort, this.filters.q).map((e) => e.incident),
  );
  /** Bars: what every filter but the dates leaves, so the brush shows what a range would give. */
  readonly bars = $derived.by(() => {
    const extent = this.index.extent;
    if (!extent) return undefined;
    const undated = applyFilters(this.index, this.#undated);
    return {
      extent,
      ...histogram(
        undated.map((e) => e.start),
        extent,
      ),
    };
  });
  readonly presets = $derived(presets(this.index.extent?.end));
  readonly activePreset = $derived(activePreset(this.presets, this.filters.from, this.filters.to));

  /** Folds the search text while the page is idle; returns the cancel function. */
  prepareSearch(): (() => void) | undefined {
    const incidents = this.#incidents();
    return incidents ? prepareSearch(incidents) : undefined;
  }

  count(lang: Lang): string {
    return countLabel(this.matched, lang);
  }

  /** Whether an incident is among the shown ones (a permalink may open one that is not). */
  isShown(id: string): boolean {
    return this.#shownIds.has(id);
  }
  // Rebuilt, never mutated: a plain Set is the right tool.
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  readonly #shownIds = $derived(new Set(this.matched.map((e) => e.incident.id)));
}
