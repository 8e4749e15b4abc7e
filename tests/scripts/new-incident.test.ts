// `npm run new-incident`: the file it starts names its incident from the date and the place, takes
// the point from the gazetteer, and can never pass the build until an editor has replaced every
// TODO — each one alone is enough to fail the parser or the data lint.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { loadGazetteer } from '../../geo/data/gazetteer';
import { formatProblem, lintIncident } from '../../geo/data/lint';
import { IncidentError, parseIncident } from '../../src/lib/incidents/parse';
import { fold, loadPlaces, main, slug } from '../../scripts/new-incident.mjs';

type Places = ReturnType<typeof loadPlaces>;
let places: Places;
beforeAll(() => {
  places = loadPlaces();
});

const NOW = new Date('2026-11-30T10:00:00Z');
const temps: string[] = [];
afterEach(() => {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** Runs the tool in a fresh temp folder; what it printed, its exit code and the files it wrote. */
async function scaffold(args: string[], opts: { ask?: (q: string) => Promise<string>; dir?: string } = {}) {
  const dir = opts.dir ?? mkdtempSync(join(tmpdir(), 'recoupe-new-'));
  if (!opts.dir) temps.push(dir);
  const out: string[] = [];
  const err: string[] = [];
  const code = await main([...args, '--dir', dir], {
    log: (l: string) => out.push(l),
    error: (l: string) => err.push(l),
    now: () => NOW,
    ask: opts.ask,
    places,
  });
  const files = readdirSync(dir).filter((f) => f.endsWith('.json'));
  const read = (name: string) => JSON.parse(readFileSync(join(dir, name), 'utf8')) as Record<string, unknown>;
  return { code, out: out.join('\n'), err: err.join('\n'), files, read, dir };
}

/** Every problem the build would report for one incident file's content: the parser's, then the lint's. */
function buildProblems(json: unknown, file: string): string[] {
  try {
    const incident = parseIncident(json, file, { latest: '2026-12-01' });
    return lintIncident(incident, file, loadGazetteer()).map(formatProblem);
  } catch (error) {
    if (error instanceof IncidentError) return error.message.split('\n');
    throw error;
  }
}

/** Paths of every string that still holds a TODO. */
function todoPaths(value: unknown, path = ''): string[] {
  if (typeof value === 'string') return /\bTODO\b/.test(value) ? [path] : [];
  if (Array.isArray(value)) return value.flatMap((v, i) => todoPaths(v, `${path}[${i}]`));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => todoPaths(v, path ? `${path}.${k}` : k));
  return [];
}

/** What an editor would write at each TODO (a single-side incident, so verification says so). */
const EDITOR: Record<string, unknown> = {
  'date.precision': 'day',
  'title.fr': 'Frappe de drone près du village',
  'title.en': 'Drone strike near the village',
  'place.region': 'Kidal',
  'place.lat': 19.95427,
  'place.lon': 2.96732,
  'place.precision_km': 5,
  'place.precision_note.fr': 'Centre du village.',
  'place.precision_note.en': 'Village centre.',
  'place.located_by.fr': 'Situé par un article de RFI, à 10 km au nord de la ville.',
  'place.located_by.en': 'Located by an RFI article, 10 km north of the town.',
  'types[0]': 'drone-strike',
  'parties[0]': 'FAMa',
  'verification.fr': 'Une seule version, celle de l’armée, invérifiable sur place.',
  'verification.en': 'Only the army’s version; it cannot be checked on the ground.',
  'claims[0].id': 'army-1',
  'claims[0].claimant.fr': 'Communiqué de l’état-major des FAMa',
  'claims[0].claimant.en': 'FAMa general staff communiqué',
  'claims[0].side': 'army',
  'claims[0].stance': 'statement',
  'claims[0].date': '2024-07-28',
  'claims[0].language': 'fr',
  'claims[0].summary.fr': 'L’armée annonce une frappe contre des combattants.',
  'claims[0].summary.en': 'The army announces a strike on fighters.',
  'claims[0].sources[0].url': 'https://example.org/communique',
  'claims[0].sources[0].outlet': 'Koaci',
  'claims[0].sources[0].published': '2024-07-28',
  'claims[0].sources[0].language': 'fr',
};

function setPath(root: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.match(/[^.[\]]+/g)!;
  let at = root as Record<string, unknown>;
  for (const key of keys.slice(0, -1)) at = at[key] as Record<string, unknown>;
  at[keys.at(-1)!] = value;
}

/** The scaffold with every TODO filled as an editor would, except `keep`. */
function filledExcept(json: Record<string, unknown>, keep?: string): Record<string, unknown> {
  const copy = structuredClone(json);
  for (const path of todoPaths(json)) {
    if (path === keep) continue;
    if (!(path in EDITOR)) throw new Error(`the test has no editor's value for ${path}`);
    setPath(copy, path, EDITOR[path]);
  }
  return copy;
}

describe('npm run new-incident', () => {
  it('names the file from the date and the place, with the gazetteer’s point and today as published', async () => {
    const r = await scaffold(['--date', '2024-07-27', '--place', 'Tinzaouaten']);
    expect(r.code).toBe(0);
    expect(r.files).toEqual(['2024-07-27-tinzaouaten.json']);
    const json = r.read('2024-07-27-tinzaouaten.json');
    expect(json).toMatchObject({
      $schema: './schema.json',
      id: '2024-07-27-tinzaouaten',
      published: '2026-11-30',
      date: { start: '2024-07-27' },
      place: {
        name: 'Tinzaouaten',
        region: 'Kidal',
        cercle: 'Abeïbara',
        lat: 19.95427,
        lon: 2.96732,
        gazetteer: { source: 'geonames', id: '2476086', name: 'Tin Zaouatine' },
      },
    });
    expect(r.out).toContain('geonames:2476086');
    // Everything the sources must say is left to the editor, nothing made up.
    expect(todoPaths(json)).toEqual([
      'date.precision',
      'title.fr',
      'title.en',
      'place.precision_km',
      'place.precision_note.fr',
      'place.precision_note.en',
      'types[0]',
      'parties[0]',
      'verification.fr',
      'verification.en',
      'claims[0].id',
      'claims[0].claimant.fr',
      'claims[0].claimant.en',
      'claims[0].side',
      'claims[0].stance',
      'claims[0].date',
      'claims[0].language',
      'claims[0].summary.fr',
      'claims[0].summary.en',
      'claims[0].sources[0].url',
      'claims[0].sources[0].outlet',
      'claims[0].sources[0].published',
      'claims[0].sources[0].language',
    ]);
    expect(json.claims).toMatchObject([{ figures: [] }]);
  });

  it('finds a place by another spelling and adds --what to the id', async () => {
    const r = await scaffold([
      '--date',
      '2024-07-30',
      '--place',
      'Tin-Zaouatène',
      '--what',
      'Frappes de drone',
    ]);
    expect(r.files).toEqual(['2024-07-30-tin-zaouatene-frappes-de-drone.json']);
    expect((r.read(r.files[0]!).place as { gazetteer: unknown }).gazetteer).toEqual({
      source: 'geonames',
      id: '2476086',
      name: 'Tin Zaouatine',
    });
  });

  it('takes the titles given, and leaves the rest for the editor', async () => {
    const r = await scaffold([
      '--date',
      '2023-09-17',
      '--place',
      'Léré',
      '--gazetteer',
      'geonames:2454104',
      '--title-fr',
      'Attaque de Léré',
      '--title-en',
      'Attack on Léré',
    ]);
    const json = r.read('2023-09-17-lere.json');
    expect(json.title).toEqual({ fr: 'Attaque de Léré', en: 'Attack on Léré' });
    expect(todoPaths(json)).not.toContain('title.fr');
    expect(todoPaths(json)).toContain('claims[0].side');
  });

  it('lists the candidates and writes nothing when the name is ambiguous', async () => {
    const r = await scaffold(['--date', '2024-07-27', '--place', 'Madina']);
    expect(r.code).toBe(1);
    expect(r.files).toEqual([]);
    expect(r.err).toMatch(/\d+ places are called "Madina"/);
    expect(r.err).toMatch(/geonames:\d+ {2}Madina — cercle/);
    expect(r.err).toContain('--gazetteer');
  });

  it('takes the record --gazetteer names, or the one picked in a terminal', async () => {
    const picked = await scaffold([
      '--date',
      '2024-07-27',
      '--place',
      'Madina',
      '--gazetteer',
      'geonames:6867171',
    ]);
    expect(picked.code).toBe(0);
    expect(picked.read(picked.files[0]!).place).toMatchObject({ gazetteer: { id: '6867171' } });

    const asked: string[] = [];
    const answers = ['2', '', ''];
    const chosen = await scaffold(['--date', '2024-07-27', '--place', 'Madina'], {
      ask: async (q) => {
        asked.push(q);
        return answers.shift() ?? '';
      },
    });
    expect(chosen.code).toBe(0);
    expect(asked[0]).toMatch(/Which one/);
    const candidates = places.filter((p) => p.names.some((n) => fold(n) === 'madina'));
    const second = chosen.out.match(/\n {2}2\. (geonames|wof):(\d+)/)!;
    expect(candidates.some((p) => p.id === second[2])).toBe(true);
    expect(chosen.read(chosen.files[0]!).place).toMatchObject({ gazetteer: { id: second[2] } });
  });

  it('refuses a place no gazetteer has, unless --located-by says the editor will locate it', async () => {
    const refused = await scaffold(['--date', '2024-07-27', '--place', 'Ber']);
    expect(refused.code).toBe(1);
    expect(refused.files).toEqual([]);
    expect(refused.err).toContain('no place called "Ber" in geo/gazetteer/');
    expect(refused.err).toContain('--located-by');

    const located = await scaffold(['--date', '2024-07-27', '--place', 'Ber', '--located-by']);
    expect(located.code).toBe(0);
    const place = located.read('2024-07-27-ber.json').place as Record<string, unknown>;
    expect(place.gazetteer).toBeUndefined();
    expect(place).toMatchObject({ lat: 'TODO', lon: 'TODO', region: 'TODO' });
    expect(todoPaths(place, 'place')).toContain('place.located_by.fr');
  });

  it.each([
    ['2023-02-30', 'expects a real day'],
    ['2023-9-17', 'expects a real day'],
    ['2026-12-02', 'is in the future (after 2026-12-01)'],
  ])('refuses the date %s', async (date, message) => {
    const r = await scaffold(['--date', date, '--place', 'Léré']);
    expect(r.code).toBe(1);
    expect(r.err).toContain(message);
    expect(r.files).toEqual([]);
  });

  it('never overwrites an incident, and says how to tell a second one apart', async () => {
    const first = await scaffold([
      '--date',
      '2023-09-17',
      '--place',
      'Léré',
      '--gazetteer',
      'geonames:2454104',
    ]);
    const before = readFileSync(join(first.dir, '2023-09-17-lere.json'), 'utf8');
    writeFileSync(join(first.dir, '2023-09-17-lere.json'), `${before.trim()} `);
    const again = await scaffold(['--date', '2023-09-17', '--place', 'Lere'], { dir: first.dir });
    expect(again.code).toBe(1);
    expect(again.err).toContain('exists already');
    expect(again.err).toContain('--what');
    expect(readFileSync(join(first.dir, '2023-09-17-lere.json'), 'utf8')).toBe(`${before.trim()} `);
  });

  it('asks for what is missing in a terminal, and says what is missing otherwise', async () => {
    const answers = ['2023-09-17', 'Léré', '1', 'Attaque de Léré', ''];
    const asked = await scaffold([], { ask: async () => answers.shift() ?? '' });
    expect(asked.code).toBe(0);
    // Two places are called Léré: the one in the north (Niafunké) is listed, and picked, first.
    expect(asked.read('2023-09-17-lere.json').place).toMatchObject({ gazetteer: { id: '2454104' } });
    expect(asked.read('2023-09-17-lere.json').title).toEqual({
      fr: 'Attaque de Léré',
      en: 'TODO: title in English',
    });

    const missing = await scaffold(['--place', 'Léré']);
    expect(missing.code).toBe(1);
    expect(missing.err).toContain('Start date (YYYY-MM-DD) is missing');
  });

  it('prints its usage with --help and refuses unknown options', async () => {
    expect((await scaffold(['--help'])).out).toContain('Usage: npm run new-incident');
    const bad = await scaffold(['--date', '2023-09-17', '--place', 'Léré', '--colour', 'red']);
    expect(bad.code).toBe(1);
    expect(bad.files).toEqual([]);
  });

  it('makes ids from lowercase ASCII words', () => {
    expect(slug('Léré')).toBe('lere');
    expect(slug('Tin Zaouatine')).toBe('tin-zaouatine');
    expect(slug('  Anéfis / In-Khalil ')).toBe('anefis-in-khalil');
    expect(fold('Tin-Zaouatène')).toBe(fold('tin zaouatene'));
  });
});

describe('a scaffolded file and the build', () => {
  it.each([
    ['a gazetteer place', ['--place', 'Tinzaouaten']],
    ['a place located in words', ['--place', 'Ber', '--located-by']],
  ])('fails the build as written (%s)', async (_label, args) => {
    const r = await scaffold(['--date', '2024-07-27', ...args]);
    const file = `geo/incidents/${r.files[0]!}`;
    expect(buildProblems(r.read(r.files[0]!), file).length).toBeGreaterThan(0);
  });

  it.each([
    ['a gazetteer place', ['--place', 'Tinzaouaten']],
    ['a place located in words', ['--place', 'Ber', '--located-by']],
  ])(
    'passes once every TODO is filled, and fails while any single one is left (%s)',
    async (_label, args) => {
      const r = await scaffold(['--date', '2024-07-27', ...args]);
      const json = r.read(r.files[0]!);
      const file = `geo/incidents/${r.files[0]!}`;
      expect(buildProblems(filledExcept(json), file)).toEqual([]);
      const todos = todoPaths(json);
      expect(todos.length).toBeGreaterThan(20);
      const passing = todos.filter((path) => buildProblems(filledExcept(json, path), file).length === 0);
      expect(passing).toEqual([]);
    },
  );

  it('writes nothing into the real dataset in these tests', () => {
    expect(existsSync('geo/incidents/2024-07-27-tinzaouaten.json')).toBe(false);
  });
});
