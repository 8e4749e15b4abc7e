/**
 * The data lint: what the schema cannot catch, over the whole dataset, each problem a sentence
 * naming file, incident, claim and field. Run by the build (it fails on any problem) and by
 * `npm test`. The rules are the truth rules of geo/incidents/README.md:
 * - words stay words: « une vingtaine » is never stored as 20;
 * - parts stay parts: a sum ("5 + 5") is never a side's figure;
 * - every text a reader sees is in French and English, with no editor's notes left in;
 * - outlets are proper names (the agency they republish goes to `origin`);
 * - a point lies within its precision of the gazetteer record it names, and two incidents at one
 *   named place share its point (or say why not);
 * - an incident with one side's version says so;
 * - no "TODO" placeholder (`npm run new-incident` writes them) is left anywhere in the file.
 */
import type { Claim, Figure, Incident, Localized } from '../../src/lib/incidents/schema.ts';
import { distanceKm, lookup, type Gazetteer } from './gazetteer.ts';

export interface LintProblem {
  file: string;
  incident: string;
  /** e.g. `claims[2] (army-1).figures[0]`, or `place`. */
  where: string;
  message: string;
}

export function formatProblem(p: LintProblem): string {
  return `${p.file} › incident "${p.incident}" › ${p.where}: ${p.message}`;
}

// Approximate French number words: a number made of them is Recoupe's, not the source's.
const APPROX: Record<string, number> = {
  dizaine: 10,
  douzaine: 12,
  quinzaine: 15,
  vingtaine: 20,
  trentaine: 30,
  quarantaine: 40,
  cinquantaine: 50,
  soixantaine: 60,
  centaine: 100,
};
const APPROX_RE = new RegExp(
  `\\b(?:une|d['’]une)\\s+(${Object.keys(APPROX).join('|')})s?\\b\\s*»?\\s*(?:(?:de|d['’])\\s*(\\p{L}+))?`,
  'giu',
);
/** The measure a noun after the words names ("une vingtaine de blessés" → wounded). */
const NOUN_MEASURE: [RegExp, Figure['measure']][] = [
  [
    /^(morts?|tués?|victimes?|corps|personnes|civils|soldats|militaires|combattants|assaillants|jihadistes|djihadistes|terroristes|rebelles|casques)$/i,
    'killed',
  ],
  [/^blessés?$/i, 'wounded'],
  [/^(prisonniers?|captifs?|otages?|détenus?)$/i, 'captured'],
  [/^disparus?$/i, 'missing'],
  [/^(véhicules?|pick-?up|motos?|blindés?)$/i, 'vehicles_lost'],
];
/** Words that say a figure is approximate; a `value` beside them was made from words. */
const APPROX_WORDING =
  /\b(dizaines?|douzaines?|quinzaines?|vingtaines?|trentaines?|quarantaines?|cinquantaines?|soixantaines?|centaines?|dozens?|scores|plusieurs|several|many|nombreux|nombreuses)\b/i;

const INTERNAL =
  /\b(assistant|verify before|à vérifier avant|FIXME|seed incident|incident de départ|the research|our research|notre recherche|the importer|l['’]importateur|dataset|jeu de données|stored page|page stockée|coord_source)\b/i;

// Common words of one language that should not make up the other's text (quotes removed first).
const EN_WORDS = /\b(the|and|was|were|said|says|with|which|from|their|they|after|killed|according)\b/gi;
const FR_WORDS = /\b(le|les|des|et|est|sont|dans|avec|selon|qui|une|aux|été|ont)\b/gi;
/** English words a claimant label has when it was not translated ("FAMa general staff communiqué"). */
const CLAIMANT_EN =
  /\b(spokes(?:man|woman|person)|statement|general staff|officials?|ministry|sources?|press|army|government|residents?|witness(?:es)?|the|of|and)\b/i;
const stripQuotes = (s: string) =>
  s
    .replace(/«[^»]*»/g, ' ')
    .replace(/“[^”]*”/g, ' ')
    .replace(/"[^"]*"/g, ' ')
    .replace(/‘[^’]*’/g, ' ');
const count = (s: string, re: RegExp) => (stripQuotes(s).match(re) ?? []).length;

function wrongLanguage(text: Localized): 'fr' | 'en' | undefined {
  // Three or more of the other language's common words, and more than of its own: a missed translation.
  if (count(text.fr, EN_WORDS) >= 3 && count(text.fr, EN_WORDS) > count(text.fr, FR_WORDS)) return 'fr';
  if (count(text.en, FR_WORDS) >= 4 && count(text.en, FR_WORDS) > count(text.en, EN_WORDS)) return 'en';
  return undefined;
}

/** Every reader-facing text of an incident, with where it is. */
function readerTexts(inc: Incident): [string, Localized][] {
  const out: [string, Localized][] = [
    ['title', inc.title],
    ['verification', inc.verification],
    ['place.precision_note', inc.place.precision_note],
  ];
  if (inc.place.detail) out.push(['place.detail', inc.place.detail]);
  if (inc.place.region_note) out.push(['place.region_note', inc.place.region_note]);
  if (inc.place.located_by) out.push(['place.located_by', inc.place.located_by]);
  if (inc.date.note) out.push(['date.note', inc.date.note]);
  inc.disagreements.forEach((d, i) => out.push([`disagreements[${i}]`, d]));
  inc.history?.forEach((h, i) => out.push([`history[${i}].note`, h.note]));
  if (inc.withdrawn) out.push(['withdrawn.reason', inc.withdrawn.reason]);
  inc.other_locations?.forEach((l, i) => {
    out.push([`other_locations[${i}].name`, l.name]);
    if (l.note) out.push([`other_locations[${i}].note`, l.note]);
    if (l.located_by) out.push([`other_locations[${i}].located_by`, l.located_by]);
  });
  inc.claims.forEach((c, i) => {
    const at = claimPath(c, i);
    out.push([`${at}.claimant`, c.claimant], [`${at}.summary`, c.summary]);
    if (c.scope) out.push([`${at}.scope`, c.scope]);
    if (c.note) out.push([`${at}.note`, c.note]);
    if (c.date_note) out.push([`${at}.date_note`, c.date_note]);
  });
  return out;
}

const claimPath = (c: Claim, i: number) => `claims[${i}] (${c.id})`;

function numberOf(value: Figure['value']): number[] {
  if (value === undefined) return [];
  if (typeof value === 'number') return [value];
  if ('at_least' in value) return [value.at_least, value.at_least - 1];
  return [value.min, value.max];
}

/** A placeholder `npm run new-incident` writes where only an editor can say what goes. */
const TODO = /\bTODO\b/;

/** Every string in the incident still holding a TODO, with its path (claims named by id). */
function placeholders(inc: Incident): string[] {
  const found: string[] = [];
  const walk = (value: unknown, path: string): void => {
    if (typeof value === 'string') {
      if (TODO.test(value)) found.push(path);
    } else if (Array.isArray(value)) {
      value.forEach((item, i) => walk(item, `${path}[${i}]`));
    } else if (value && typeof value === 'object') {
      for (const [key, item] of Object.entries(value)) walk(item, path ? `${path}.${key}` : key);
    }
  };
  const { claims, ...rest } = inc;
  walk(rest, '');
  claims.forEach((claim, i) => walk(claim, claimPath(claim, i)));
  return found;
}

/** Problems in one incident that need no other incident. */
export function lintIncident(inc: Incident, file: string, gazetteer: Gazetteer): LintProblem[] {
  const problems: LintProblem[] = [];
  const add = (where: string, message: string) => problems.push({ file, incident: inc.id, where, message });

  for (const where of placeholders(inc))
    add(where, `still says "TODO" (a placeholder from npm run new-incident): write what the sources say`);

  for (const [where, text] of readerTexts(inc)) {
    for (const lang of ['fr', 'en'] as const) {
      const hit = INTERNAL.exec(text[lang]);
      if (hit) add(`${where}.${lang}`, `readers see an editor's word ("${hit[1]}"); rewrite it for readers`);
    }
    const wrong = wrongLanguage(text);
    if (wrong)
      add(
        `${where}.${wrong}`,
        `the ${wrong === 'fr' ? 'French' : 'English'} text reads as ${wrong === 'fr' ? 'English' : 'French'}; translate it`,
      );
  }

  inc.claims.forEach((claim, i) => {
    const at = claimPath(claim, i);
    // « une vingtaine de blessés » in the summary, and 20 wounded among its figures with no words:
    // a number made from words. (Distances, durations and other nouns are not figures.)
    for (const m of claim.summary.fr.matchAll(APPROX_RE)) {
      const n = APPROX[m[1]!.toLowerCase()]!;
      const noun = m[2];
      const measure = noun ? NOUN_MEASURE.find(([re]) => re.test(noun))?.[1] : undefined;
      if (noun && !measure) continue;
      claim.figures.forEach((f, j) => {
        if (measure && f.measure !== measure && !(measure === 'killed' && f.measure === 'neutralised'))
          return;
        if (!f.wording && numberOf(f.value).some((v) => v === n || v === n + 1))
          add(
            `${at}.figures[${j}].value`,
            `${JSON.stringify(f.value)} looks like « ${m[0].trim()} » turned into a number; keep the words as a wording with no value`,
          );
      });
    }
    claim.figures.forEach((f, j) => {
      const fat = `${at}.figures[${j}]`;
      if (f.value !== undefined && f.wording && APPROX_WORDING.test(f.wording.text))
        add(
          `${fat}.value`,
          `the words « ${f.wording.text} » are approximate: they stay words, with no value`,
        );
      if (typeof f.value === 'object' && 'min' in f.value && !f.wording)
        add(fat, `a range needs the source's words (wording) it comes from`);
      if (f.wording && f.wording.text.split(/\s+/).length > 15)
        add(
          `${fat}.wording.text`,
          `the source's words are for the figure itself, a few words; put the rest in the note`,
        );
      if (f.wording && /\d\s*\+\s*\d/.test(f.wording.text))
        add(
          `${fat}.wording.text`,
          `a sum in the wording: record each part as its own figure with qualifiers`,
        );
    });
    for (const [field, text] of [
      ['summary', claim.summary],
      ['note', claim.note],
    ] as const) {
      if (text && /\b\d+\s*\+\s*\d+\s*=/.test(`${text.fr} ${text.en}`))
        add(
          `${at}.${field}`,
          `a sum (a + b = c) in the text: record the parts the side stated, never our total`,
        );
    }
    if (claim.claimant.fr === claim.claimant.en && CLAIMANT_EN.test(stripQuotes(claim.claimant.fr)))
      add(
        `${at}.claimant.fr`,
        `the claimant is the same English text in both languages; give it in French too`,
      );
    claim.sources.forEach((s, j) => {
      if (/[()]/.test(s.outlet))
        add(
          `${at}.sources[${j}].outlet`,
          `"${s.outlet}": an outlet is a proper name; the agency it republishes goes in origin, its country in country`,
        );
    });
  });
  inc.extra_sources?.forEach((s, j) => {
    if (/[()]/.test(s.outlet))
      add(
        `extra_sources[${j}].outlet`,
        `"${s.outlet}": an outlet is a proper name; move the rest to origin or country`,
      );
  });

  const place = inc.place;
  if (place.gazetteer) {
    const record = lookup(gazetteer, place.gazetteer);
    if (!record)
      add('place.gazetteer', `${place.gazetteer.source} ${place.gazetteer.id} is not in geo/gazetteer/`);
    else {
      const km = distanceKm(place, record);
      if (km > place.precision_km + 0.5)
        add(
          'place',
          `the point is ${km.toFixed(1)} km from ${place.gazetteer.source} ${place.gazetteer.id} (${record.name}), beyond its precision of ${place.precision_km} km; use the record's point or widen precision_km and say why`,
        );
    }
  }

  const sides = new Set(inc.claims.map((c) => c.side));
  if (sides.size < 2) {
    const says =
      /\bseul|\bseule|\bunique\b/i.test(inc.verification.fr) &&
      /\bonly\b|\bsingle\b|\bone side\b/i.test(inc.verification.en);
    if (!says)
      add(
        'verification',
        `only one side's version is here: the verification must say so plainly, in both languages`,
      );
  }
  return problems;
}

/** Problems across incidents: one named place, one point (or a reason). */
export function lintDataset(entries: readonly { incident: Incident; file: string }[]): LintProblem[] {
  const problems: LintProblem[] = [];
  const byName = new Map<string, { incident: Incident; file: string }[]>();
  for (const e of entries) {
    const key = e.incident.place.name.toLowerCase();
    byName.set(key, [...(byName.get(key) ?? []), e]);
  }
  for (const group of byName.values()) {
    for (let i = 0; i < group.length; i++) {
      for (let j = i + 1; j < group.length; j++) {
        const a = group[i]!;
        const b = group[j]!;
        const km = distanceKm(a.incident.place, b.incident.place);
        if (km > 5 && !a.incident.place.detail && !b.incident.place.detail)
          problems.push({
            file: b.file,
            incident: b.incident.id,
            where: 'place',
            message: `"${b.incident.place.name}" is ${km.toFixed(1)} km from the same place in ${a.incident.id}; share its point, or say in place.detail why they differ`,
          });
      }
    }
  }
  return problems;
}
