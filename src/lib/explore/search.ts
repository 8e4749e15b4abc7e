import type { Incident } from '../incidents/schema';
// Search: the text of each incident that a query is matched against, and its normalisation. Readers type place names the way their outlet spells them: accents, case,
// hyphens, spaces and apostrophes never matter ("Tin-Zaouatène" = "tinzaouatene"), and a light
// spelling fold covers the usual French/English transliterations of Tamasheq and Arabic names.

// Anything but printable ASCII takes the slower folding path.
const NON_ASCII = /[^ -~\t\n\r]/;
// The combining-mark blocks that Latin letters decompose into (a third the cost of /\p{M}/u);
// marks of other scripts go with their letters, which are not searchable as a-z anyway.
// eslint-disable-next-line no-misleading-character-class -- these are the marks, matched alone to remove them
const COMBINING_MARKS = /[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]/g;

/** Lowercase ASCII letters and digits only, split into words (accents and ligatures folded). */
export function words(text: string): string[] {
  let t = text.toLowerCase();
  // Most text needs no folding; Unicode normalisation is the costly step of building the index.
  if (NON_ASCII.test(t))
    t = t
      .normalize('NFD')
      .replace(COMBINING_MARKS, '')
      .replace(/œ/g, 'oe')
      .replace(/æ/g, 'ae')
      .replace(/ß/g, 'ss');
  return t.split(/[^a-z0-9]+/).filter(Boolean);
}

/**
 * One word's spelling fold: "ou" = "w" (Tinzaouaten / Tinzawaten), a doubled letter counts once
 * (Tessalit / Tesalit), a final "e" is optional (Tinzawatene / Tinzawaten).
 */
export function foldWord(word: string): string {
  const w = word.replace(/ou/g, 'w').replace(/(.)\1+/g, '$1');
  return w.length > 3 ? w.replace(/e$/, '') : w;
}

/** A field as searched: its words run together, so spaces and hyphens never matter. */
export function compact(text: string): string {
  return words(text).join('');
}

export function compactFolded(text: string): string {
  return words(text).map(foldWord).join('');
}

/** Both forms of a field, splitting it into words once. */
export function compactBoth(text: string): { plain: string; folded: string } {
  const w = words(text);
  return { plain: w.join(''), folded: w.map(foldWord).join('') };
}

/**
 * The query's terms. Every term must be found (in one field) for an incident to match; a term is
 * a whitespace-separated piece, with its own hyphens and apostrophes ignored.
 */
export function queryTerms(q: string): { plain: string; folded: string }[] {
  return q
    .split(/\s+/)
    .map((piece) => ({ plain: compact(piece), folded: compactFolded(piece) }))
    .filter((t) => t.plain.length > 0);
}

/** Fields are joined with a separator no term contains, so a term never spans two fields. */
export const FIELD_SEPARATOR = '|';

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
