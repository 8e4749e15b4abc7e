// `npm run new-incident`: starts an incident file for an editor. It writes
// geo/incidents/<date>-<place>[-<what>].json with the id made from the date and the place, the
// place's point and record from the gazetteer (geo/gazetteer/), `published` = today, and "TODO"
// everywhere only an editor can say what goes: the claim's side, words, date and sources, the
// title, the types, the parties, the precision. Every TODO fails the parser or the data lint, so
// the build refuses the file until each one is filled: the file can never pass with made-up
// content, and the build's messages (file › incident › field) are the editor's checklist.
//
//   npm run new-incident -- --date 2024-07-27 --place "Tinzaouaten" [--what drone-strike]
//                           [--title-fr "…" --title-en "…"] [--gazetteer geonames:2476086]
//                           [--located-by]
//
// Without --date or --place, in a terminal, it asks. Run with --help for every option.
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import Papa from 'papaparse';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DEFAULT_DIR = join(ROOT, 'geo', 'incidents');
const GAZETTEER = join(ROOT, 'geo', 'gazetteer', 'gazetteer_mali_full.csv');
/** The 66 places conflict reporting names most, with the press's spellings added by hand. */
const CURATED = join(ROOT, 'geo', 'gazetteer', 'gazetteer.csv');
const TODO = 'TODO';
const ID_PATTERN = /^\d{4}-\d{2}-\d{2}-[a-z0-9]+(?:-[a-z0-9]+)*$/;

const USAGE = `Usage: npm run new-incident -- --date YYYY-MM-DD --place "<name>" [options]

Writes geo/incidents/<date>-<place>.json: the id from the date and the place, the place's point
from the gazetteer (geo/gazetteer/), published = today, and "TODO" wherever an editor must write
what the sources say. The build fails until every TODO is filled; its messages name each field.

Options:
  --date YYYY-MM-DD      the incident's first day
  --place "<name>"       the place, as the French-language press spells it ("Tinzaouaten");
                         looked up by name and other names in the gazetteer
  --what <words>         added to the id to tell two incidents at one place and date apart
                         ("drone strike" → 2024-07-27-tinzaouaten-drone-strike)
  --title-fr "<text>"    the title in French (else TODO)
  --title-en "<text>"    the title in English (else TODO)
  --gazetteer <src>:<id> the record to use when the name matches several (geonames:2476086, wof:…)
  --located-by           the place is in no gazetteer: the point is left TODO, and
                         place.located_by says in words what located it
  --dir <folder>         where incident files go (default geo/incidents)
  --help                 this text

Exit code 0 when the file was written; 1 on bad usage, an unknown or ambiguous place, or an
incident that exists already.`;

/**
 * @typedef {object} Io
 * @property {(line: string) => void} log
 * @property {(line: string) => void} error
 * @property {(() => Date)} now
 * @property {((question: string) => Promise<string>) | undefined} ask asks in a terminal; undefined when not interactive
 *
 * @typedef {object} Place
 * @property {string} name the gazetteer's name
 * @property {string[]} names every name the record is known by (name, alternate and press spellings)
 * @property {number} lat
 * @property {number} lon
 * @property {string} cercle
 * @property {string} region the admin-1 region as the gazetteer names it now
 * @property {'geonames' | 'wof'} source
 * @property {string} id
 */

class UsageError extends Error {}

/** Lowercase ASCII letters and digits only: "Tin-Zaouatène" and "tin zaouatene" fold alike. */
export function fold(/** @type {string} */ s) {
  return s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

/** An id part: lowercase ASCII words joined by hyphens ("Léré" → "lere", "Tin Zaouatine" → "tin-zaouatine"). */
export function slug(/** @type {string} */ s) {
  return s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Whether `iso` is a real calendar day (2023-02-30 is not). */
export function isDay(/** @type {string} */ iso) {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === iso;
}

const isoDay = (/** @type {Date} */ d) => d.toISOString().slice(0, 10);

/**
 * The gazetteer's records, each with every name it is known by.
 * @param {string} [file] @param {string} [curated]
 * @returns {Place[]}
 */
export function loadPlaces(file = GAZETTEER, curated = CURATED) {
  /** @type {(path: string) => Record<string, string>[]} */
  const rows = (path) => Papa.parse(readFileSync(path, 'utf8'), { header: true, skipEmptyLines: true }).data;
  /** @type {Map<string, string[]>} */
  const pressNames = new Map();
  if (existsSync(curated)) {
    for (const r of rows(curated)) {
      const extra = (r.alt_names_curated ?? '').split(';').map((s) => s.replace(/\(.*\)/, '').trim());
      for (const key of [`geonames:${r.geonameid}`, `wof:${r.wof_id}`]) pressNames.set(key, extra);
    }
  }
  /** @type {Place[]} */
  const places = [];
  for (const r of rows(file)) {
    if (!r.lat || !r.lon || !(r.geonameid || r.wof_id)) continue;
    const source = r.geonameid ? 'geonames' : 'wof';
    const id = /** @type {string} */ (r.geonameid || r.wof_id);
    const names = [
      r.name ?? '',
      ...(r.alt_names ?? '').split(';'),
      ...(pressNames.get(`geonames:${r.geonameid}`) ?? []),
      ...(pressNames.get(`wof:${r.wof_id}`) ?? []),
    ]
      .map((s) => s.trim())
      .filter(Boolean);
    places.push({
      name: r.name ?? '',
      names: [...new Set(names)],
      lat: Number(r.lat),
      lon: Number(r.lon),
      cercle: r.cercle ?? '',
      region: r.adm1_current ?? '',
      source,
      id,
    });
  }
  return places;
}

/** Candidates in the north Recoupe covers are listed first, then the centre (Mopti), then the rest. */
const NORTH = ['Tombouctou', 'Taoudénit', 'Gao', 'Kidal', 'Ménaka'];
const rank = (/** @type {Place} */ p) =>
  NORTH.some((r) => p.region.startsWith(r)) ? 0 : p.region === 'Mopti' ? 1 : 2;
const northFirst = (/** @type {Place} */ a, /** @type {Place} */ b) => rank(a) - rank(b);

/** Records whose name or any other name folds to the same letters as `name`, northern ones first. */
export function findPlaces(/** @type {Place[]} */ places, /** @type {string} */ name) {
  const want = fold(name);
  return places.filter((p) => p.names.some((n) => fold(n) === want)).sort(northFirst);
}

/** A few records whose names start like `name`, to suggest a spelling. */
function nearPlaces(/** @type {Place[]} */ places, /** @type {string} */ name) {
  const start = fold(name).slice(0, 5);
  if (start.length < 3) return [];
  return places
    .filter((p) => p.names.some((n) => fold(n).startsWith(start)))
    .sort(northFirst)
    .slice(0, 8);
}

const describePlace = (/** @type {Place} */ p) =>
  `${p.source}:${p.id}  ${p.name} — ${[p.cercle && `cercle ${p.cercle}`, p.region].filter(Boolean).join(', ') || 'no cercle or region'} (${p.lat}, ${p.lon})`;

/** The regions an incident may name: read from schema.json, so there is one list. */
function regions() {
  const schema = JSON.parse(readFileSync(join(DEFAULT_DIR, 'schema.json'), 'utf8'));
  return /** @type {string[]} */ (schema.properties.place.properties.region.enum);
}

/**
 * The new incident, TODO wherever an editor must say what the sources say.
 * @param {{ id: string, date: string, today: string, place: string, titleFr?: string | undefined,
 *   titleEn?: string | undefined, record?: Place | undefined, region?: string | undefined }} o
 */
export function skeleton(o) {
  const { record } = o;
  const place = {
    name: o.place,
    region: o.region ?? TODO,
    ...(record?.cercle ? { cercle: record.cercle } : {}),
    lat: record ? record.lat : TODO,
    lon: record ? record.lon : TODO,
    precision_km: TODO,
    precision_note: {
      fr: 'TODO : de combien le point peut s’écarter du lieu, et pourquoi',
      en: 'TODO: how far the point may be off, and why',
    },
    ...(record
      ? { gazetteer: { source: record.source, id: record.id, name: record.name } }
      : {
          located_by: {
            fr: 'TODO : ce qui a permis de situer le lieu, source nommée',
            en: 'TODO: what located the place, naming the source',
          },
        }),
  };
  return {
    $schema: './schema.json',
    id: o.id,
    published: o.today,
    date: { start: o.date, precision: TODO },
    title: { fr: o.titleFr ?? 'TODO : titre en français', en: o.titleEn ?? 'TODO: title in English' },
    place,
    types: [TODO],
    parties: [TODO],
    verification: {
      fr: 'TODO : ce qui peut être recoupé et ce qui ne peut pas l’être',
      en: 'TODO: what can and cannot be checked',
    },
    disagreements: [],
    claims: [
      {
        id: 'TODO-1',
        claimant: { fr: 'TODO : qui a parlé', en: 'TODO: who spoke' },
        side: TODO,
        stance: TODO,
        date: TODO,
        language: TODO,
        summary: { fr: 'TODO : résumé, dans vos mots', en: 'TODO: summary, in your own words' },
        figures: [],
        sources: [{ url: TODO, outlet: TODO, published: TODO, language: TODO }],
      },
    ],
  };
}

/** @type {Io} */
const defaultIo = {
  log: (line) => console.log(line),
  error: (line) => console.error(line),
  now: () => new Date(),
  ask: undefined,
};

/**
 * Runs the tool. Returns the exit code instead of exiting, so tests run it in-process.
 * @param {string[]} argv the arguments after the script name
 * @param {Partial<Io> & { places?: Place[] }} [overrides]
 * @returns {Promise<number>}
 */
export async function main(argv, overrides = {}) {
  const io = { ...defaultIo, ...overrides };
  try {
    return await run(argv, io, overrides.places);
  } catch (e) {
    const code = /** @type {{ code?: unknown }} */ (e).code;
    if (!(e instanceof UsageError) && !(typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS')))
      throw e;
    io.error(`new-incident: ${/** @type {Error} */ (e).message}`);
    return 1;
  }
}

/** @param {string[]} argv @param {Io} io @param {Place[] | undefined} knownPlaces */
async function run(argv, io, knownPlaces) {
  const { values, positionals } = parseArgs({
    args: argv,
    strict: true,
    allowPositionals: true,
    options: {
      date: { type: 'string' },
      place: { type: 'string' },
      what: { type: 'string' },
      'title-fr': { type: 'string' },
      'title-en': { type: 'string' },
      gazetteer: { type: 'string' },
      'located-by': { type: 'boolean', default: false },
      dir: { type: 'string' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    io.log(USAGE);
    return 0;
  }
  if (positionals.length) throw new UsageError(`unexpected argument "${positionals[0]}" (see --help)`);
  const dir = values.dir === undefined ? DEFAULT_DIR : resolve(values.dir);
  const ask = async (/** @type {string} */ question) => {
    if (!io.ask) throw new UsageError(`${question.replace(/:\s*$/, '')} is missing (see --help)`);
    return (await io.ask(question)).trim();
  };

  const optional = async (/** @type {string} */ question) =>
    (io.ask ? (await io.ask(question)).trim() : '') || undefined;

  const today = isoDay(io.now());
  const latest = isoDay(new Date(io.now().getTime() + 86_400_000));
  const date = values.date ?? (await ask('Start date (YYYY-MM-DD): '));
  if (!isDay(date)) throw new UsageError(`--date expects a real day as YYYY-MM-DD; got "${date}"`);
  if (date > latest) throw new UsageError(`--date ${date} is in the future (after ${latest})`);
  const placeName = (values.place ?? (await ask('Place, as the French-language press spells it: '))).trim();
  if (!slug(placeName)) throw new UsageError(`--place expects a name; got "${placeName}"`);

  const id = [date, slug(placeName), values.what ? slug(values.what) : ''].filter(Boolean).join('-');
  if (!ID_PATTERN.test(id)) throw new UsageError(`cannot make an id from these words: "${id}"`);
  const file = join(dir, `${id}.json`);
  const shown = relative(process.cwd(), file) || file;
  if (existsSync(file))
    throw new UsageError(
      `${shown} exists already. Another incident at the same place and date? Tell it apart with --what <words> (e.g. --what drone-strike).`,
    );

  const places = knownPlaces ?? loadPlaces();
  /** @type {Place | undefined} */
  let record;
  if (values.gazetteer) {
    const m = /^(geonames|wof):(\d+)$/.exec(values.gazetteer);
    if (!m) throw new UsageError(`--gazetteer expects geonames:<id> or wof:<id>; got "${values.gazetteer}"`);
    record = places.find((p) => p.source === m[1] && p.id === m[2]);
    if (!record) throw new UsageError(`${values.gazetteer} is not in geo/gazetteer/`);
  } else if (!values['located-by']) {
    const found = findPlaces(places, placeName);
    if (found.length === 1) record = found[0];
    else if (found.length > 1) record = await choose(found, placeName, io);
    else {
      const near = nearPlaces(places, placeName);
      throw new UsageError(
        [
          `no place called "${placeName}" in geo/gazetteer/ (its other names were searched too).`,
          ...(near.length ? ['Names that start alike:', ...near.map((p) => `  ${describePlace(p)}`)] : []),
          'Check the spelling, or pick a record with --gazetteer <src>:<id>. If no gazetteer has the',
          'place (geo/gazetteer/README.md lists some known to be missing), pass --located-by: the',
          'point is then yours to give, with what located it, in words.',
        ].join('\n'),
      );
    }
  }

  const known = regions();
  const region = record && known.includes(record.region) ? record.region : undefined;
  const titleFr =
    values['title-fr'] ?? (io.ask ? await optional('Title in French (Enter: leave TODO): ') : undefined);
  const titleEn =
    values['title-en'] ?? (io.ask ? await optional('Title in English (Enter: leave TODO): ') : undefined);
  const incident = skeleton({
    id,
    date,
    today,
    place: placeName,
    titleFr,
    titleEn,
    record,
    region,
  });
  writeFileSync(file, `${JSON.stringify(incident, null, 2)}\n`, { flag: 'wx' });

  io.log(`Wrote ${shown}`);
  io.log(
    record
      ? `  place: ${placeName} → ${describePlace(record)}${region ? '' : ' (region: TODO, the gazetteer names none of ours)'}`
      : `  place: ${placeName}, in no gazetteer: give lat, lon and place.located_by`,
  );
  const same = sameNamePoints(dir, placeName, id);
  if (same.length) {
    io.log(
      '  other incidents at this place (two incidents at one named place share its point, or say why not in place.detail):',
    );
    for (const s of same) io.log(`    ${s}`);
  }
  io.log('Next: replace every "TODO" with what the sources say (add claims and figures as needed:');
  io.log('geo/incidents/README.md). `npm run build` lists what is left, each line naming the field.');
  return 0;
}

/** The points other incidents give a place of the same name, so the editor can share them. */
function sameNamePoints(/** @type {string} */ dir, /** @type {string} */ name, /** @type {string} */ id) {
  const want = fold(name);
  /** @type {string[]} */
  const out = [];
  for (const f of readdirSync(dir).sort()) {
    if (!ID_PATTERN.test(f.replace(/\.json$/, '')) || f === `${id}.json`) continue;
    try {
      const other = JSON.parse(readFileSync(join(dir, f), 'utf8'));
      if (fold(other.place?.name ?? '') === want)
        out.push(`${other.id}: ${other.place.lat}, ${other.place.lon} (±${other.place.precision_km} km)`);
    } catch {
      // A broken file is the build's to report, with its name.
    }
  }
  return out;
}

/**
 * Several records answer to the name: in a terminal, the editor picks one; otherwise the
 * candidates are listed and nothing is written.
 * @param {Place[]} found @param {string} name @param {Io} io
 */
async function choose(found, name, io) {
  const lines = found.map((p, i) => `  ${i + 1}. ${describePlace(p)}`);
  if (!io.ask)
    throw new UsageError(
      [
        `${found.length} places are called "${name}" in geo/gazetteer/:`,
        ...lines,
        'Pick one with --gazetteer <src>:<id> (e.g. --gazetteer ' + `${found[0]?.source}:${found[0]?.id}).`,
      ].join('\n'),
    );
  io.log(`${found.length} places are called "${name}":`);
  for (const line of lines) io.log(line);
  const answer = await io.ask(`Which one (1–${found.length})? `);
  const picked = found[Number(answer.trim()) - 1];
  if (!picked) throw new UsageError(`no choice "${answer.trim()}"; run again and pick a number`);
  return picked;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  /** @type {Partial<Io>} */
  const io = {};
  /** @type {import('node:readline/promises').Interface | undefined} */
  let rl;
  if (process.stdin.isTTY) {
    rl = createInterface({ input: process.stdin, output: process.stdout });
    const terminal = rl;
    io.ask = (question) => terminal.question(question);
  }
  main(process.argv.slice(2), io).then(
    (code) => {
      rl?.close();
      process.exitCode = code;
    },
    (e) => {
      rl?.close();
      console.error(e);
      process.exitCode = 1;
    },
  );
}
