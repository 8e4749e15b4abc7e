// Keeps one value per key: handing back the very same object when nothing that matters changed
// lets Svelte's deriveds stop there (they compare by identity). The explore state uses it so a
// change of language, route, "as" or sort does not re-filter 10,000 incidents.

/**
 * Returns a function that gives back its previous result while `key(value)` is unchanged, and the
 * new value otherwise.
 */
export function sameWhileKey<T>(key: (value: T) => string): (value: T) => T {
  let last: { key: string; value: T } | undefined;
  return (value) => {
    const k = key(value);
    if (last && last.key === k) return last.value;
    last = { key: k, value };
    return value;
  };
}

/** A stable text key for a plain object of filter values (key order does not matter). */
export function filtersKey(f: object): string {
  return JSON.stringify(Object.entries(f).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** What decides which incidents match: every filter but the list order and "as". */
export function matchPart<F extends { sort?: unknown; as?: unknown }>(f: F): Omit<F, 'sort' | 'as'> {
  const { sort: _sort, as: _as, ...match } = f;
  return match;
}

/** What decides the timeline's bars: the matching filters without the dates. */
export function undatedPart<F extends { from?: unknown; to?: unknown }>(f: F): Omit<F, 'from' | 'to'> {
  const { from: _from, to: _to, ...undated } = f;
  return undated;
}
