// Search. Readers type place names the way their outlet spells them: accents, case, hyphens,
// spaces and apostrophes never matter ("Tin-Zaouatène" = "tinzaouatene"), a light spelling fold
// covers the usual French/English transliterations of Tamasheq and Arabic names, and the
// gazetteer's other names of a place count too ("Aguelhoc", "Timbuktu"). A term matches the start
// of a word (so "Léré" is not found inside "le répit"), and matches in the place or the title rank
// above matches in a summary.
import type { IncidentDigest } from '../incidents/digest';

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

/** A text as searched: its words run together, so spaces and hyphens never matter. */
export function compact(text: string): string {
  return words(text).join('');
}

export function compactFolded(text: string): string {
  return words(text).map(foldWord).join('');
}

export interface Term {
  plain: string;
  folded: string;
}

/** The query's terms: whitespace-separated pieces, each with its own hyphens and apostrophes ignored. */
export function queryTerms(q: string): Term[] {
  return q
    .split(/\s+/)
    .map((piece) => ({ plain: compact(piece), folded: compactFolded(piece) }))
    .filter((t) => t.plain.length > 0);
}

/** How much a match in each kind of field counts. */
export const WEIGHTS = { place: 8, title: 4, context: 2, text: 1 } as const;
export type FieldKind = keyof typeof WEIGHTS;

/**
 * One field, ready to match: its words, plain and folded, each after a separator, so "does a word
 * start with t" is one native `includes`. Short fields (a place, a title) also keep their words
 * to match a term that runs across them: "Tinzaouaten" finds "Tin Zaouatine" when the term covers
 * a whole word and then at least three letters of the next ("le responsable" does not start with
 * "lere"). Summaries are matched word by word only: costly to run across, and never a place name.
 */
export interface SearchField {
  weight: number;
  plain: string;
  folded: string;
  words?: { plain: string[]; folded: string[] };
}

const SEP = '|';
/** A term may run across this many words at most. */
const RUN = 3;
/** Letters a term must take from the last word it runs into. */
const MIN_TAIL = 3;

function prepareField(text: string, weight: number): SearchField {
  const w = words(text);
  const folded = w.map(foldWord);
  const field: SearchField = { weight, plain: SEP + w.join(SEP), folded: SEP + folded.join(SEP) };
  if (weight > WEIGHTS.text) field.words = { plain: w, folded };
  return field;
}

/** Whether `term` starts at a word of `ws` and runs on across the next ones (see SearchField). */
function runsAcross(ws: readonly string[], term: string): boolean {
  for (let i = 0; i < ws.length; i++) {
    let rest = term;
    for (let j = i; j < Math.min(ws.length, i + RUN); j++) {
      const w = ws[j]!;
      if (j > i && w.startsWith(rest) && (rest.length >= MIN_TAIL || rest.length === w.length)) return true;
      if (!rest.startsWith(w)) break;
      rest = rest.slice(w.length);
      if (!rest) return j > i;
    }
  }
  return false;
}

/** Everything a query is matched against, for one incident. */
export type SearchDoc = readonly SearchField[];

/** What else the search reads of an incident once loaded: claimants and parties, summaries. */
export interface MoreText {
  context: string;
  text: string;
}

/** The texts of an incident to search, by kind; `more` when the rest has been loaded. */
export function searchTexts(inc: IncidentDigest, more?: MoreText): [FieldKind, string][] {
  const place = inc.place;
  const texts: [FieldKind, string][] = [];
  for (const n of [place.name, place.name_en, ...inc.names]) if (n) texts.push(['place', n]);
  texts.push(['title', inc.title.fr], ['title', inc.title.en], ['context', place.region]);
  for (const r of place.other_regions ?? []) texts.push(['context', r]);
  if (more) texts.push(['context', more.context], ['text', more.text]);
  return texts;
}

export function searchDoc(texts: readonly [FieldKind, string][]): SearchDoc {
  return texts.map(([kind, text]) => prepareField(text, WEIGHTS[kind]));
}

/** Whether a term starts a word of the field, or runs from one across the next. */
function fieldHas(f: SearchField, term: Term): boolean {
  if (f.plain.includes(SEP + term.plain) || f.folded.includes(SEP + term.folded)) return true;
  return !!f.words && (runsAcross(f.words.plain, term.plain) || runsAcross(f.words.folded, term.folded));
}

/** The best weight among fields that have the term; 0 when none. */
function termScore(doc: SearchDoc, term: Term): number {
  let best = 0;
  for (const f of doc) if (f.weight > best && fieldHas(f, term)) best = f.weight;
  return best;
}

/**
 * How well a document matches the query: 0 when it does not; otherwise higher for matches in the
 * place and title. Every term must match; failing that, the whole query run together may (a place
 * typed in two pieces, "Tin Zaouaten").
 */
export function matchScore(doc: SearchDoc, terms: readonly Term[]): number {
  if (!terms.length) return 0;
  let sum = 0;
  for (const t of terms) {
    const s = termScore(doc, t);
    if (s === 0) {
      sum = 0;
      break;
    }
    sum += s;
  }
  if (sum > 0 || terms.length === 1) return sum;
  const joined = { plain: terms.map((t) => t.plain).join(''), folded: terms.map((t) => t.folded).join('') };
  return termScore(doc, joined) * terms.length;
}

// Preparing documents is most of the cost of searching (100,000 incidents: seconds), and only a
// search needs it: a document is made on the first search that reaches its incident, then kept —
// until the summaries arrive, which makes every document anew (`generation`).
const docs = new WeakMap<IncidentDigest, { generation: number; doc: SearchDoc }>();
let summaries: ReadonlyMap<string, MoreText> | undefined;
let generation = 0;

/** Adds the rest of the text to what the search reads (data/search.json, loaded on demand). */
export function addSummaries(byId: ReadonlyMap<string, MoreText>): void {
  summaries = byId;
  generation++;
}

/** Whether the summaries are part of the search yet. */
export function hasSummaries(): boolean {
  return summaries !== undefined;
}

/** Whether an incident's search document is already prepared. */
export function hasSearchDoc(incident: IncidentDigest): boolean {
  return docs.get(incident)?.generation === generation;
}

export function incidentDoc(incident: IncidentDigest): SearchDoc {
  let d = docs.get(incident);
  if (!d || d.generation !== generation) {
    d = { generation, doc: searchDoc(searchTexts(incident, summaries?.get(incident.id))) };
    docs.set(incident, d);
  }
  return d.doc;
}

/** Runs `work` when the page is idle; `work` gets how many milliseconds it may use. */
export type IdleScheduler = (work: (budgetMs: () => number) => void) => void;

const browserIdle: IdleScheduler = (work) => {
  if (typeof requestIdleCallback === 'function')
    // No timeout: on a busy page the work waits (a search prepares what is left itself).
    requestIdleCallback((d) => work(() => d.timeRemaining()));
  else setTimeout(() => work(() => 8), 50);
};

/**
 * Prepares every incident's search document ahead of the first search, a slice at a time while
 * the page is idle, so neither loading nor the first search waits for it. Returns a cancel function.
 */
export function prepareSearch(
  incidents: readonly IncidentDigest[],
  schedule: IdleScheduler = browserIdle,
): () => void {
  let next = 0;
  let cancelled = false;
  const slice = (budgetMs: () => number) => {
    if (cancelled) return;
    // At least one batch per slice, more while the idle time lasts.
    do {
      const end = Math.min(next + 64, incidents.length);
      for (; next < end; next++) incidentDoc(incidents[next]!);
    } while (next < incidents.length && budgetMs() > 1);
    if (next < incidents.length) schedule(slice);
  };
  if (incidents.length) schedule(slice);
  return () => (cancelled = true);
}
