import { describe, expect, it } from 'vitest';
import { loadGazetteer } from '../../../geo/data/gazetteer';
import { formatProblem, lintDataset, lintIncident } from '../../../geo/data/lint';
import type { Figure, Incident } from '../../../src/lib/incidents/schema';
import { claim, inc } from '../../unit/builders';

const gazetteer = loadGazetteer();
const FILE = 'geo/incidents/x.json';
const lint = (i: Incident) => lintIncident(i, FILE, gazetteer).map(formatProblem);
const two = (figures: Figure[], summary: string) =>
  inc('2023-09-17-lere', {
    claims: [
      claim('army', figures, { summary: { fr: summary, en: 'The army says.' } }),
      claim('rebels', [], { id: 'rebels-1' }),
    ],
  });
const killed = (value: Figure['value']): Figure => ({ measure: 'killed', group: 'civilians', value });

describe('the data lint', () => {
  it('passes a clean incident', () => {
    expect(lint(two([killed(5)], "L'armée compte cinq civils tués."))).toEqual([]);
  });

  it.each([
    ['au moins une vingtaine de civils tués', { at_least: 20 }],
    ['plus d’une centaine de morts', { at_least: 101 }],
    ['une quinzaine à une vingtaine de morts', { min: 15, max: 20 }],
    ['une vingtaine de civils tués', 20],
  ] as const)('finds « %s » stored as a number', (words, value) => {
    const problems = lint(two([killed(value)], `Selon l'armée, ${words}.`));
    expect(problems.join('\n')).toMatch(
      /claims\[0\] \(army-1\)\.figures\[0\]\.value: .* turned into a number/,
    );
  });

  it('leaves distances and other nouns alone (« à une trentaine de kilomètres »)', () => {
    expect(lint(two([killed(30)], 'Attaque à une trentaine de kilomètres de Gao : 30 civils tués.'))).toEqual(
      [],
    );
  });

  it('keeps approximate words from carrying a value', () => {
    const f: Figure = {
      ...killed(30),
      wording: { text: 'une trentaine', lang: 'fr', gloss: { en: 'about thirty' } },
    };
    expect(lint(two([f], 'Une attaque.'))[0]).toMatch(/are approximate: they stay words/);
  });

  it('asks for the words a range came from', () => {
    expect(lint(two([killed({ min: 15, max: 26 })], 'Une attaque.'))[0]).toMatch(
      /a range needs the source's words/,
    );
  });

  it('refuses a sum in place of the parts', () => {
    const problems = lint(two([killed(10)], 'Une attaque : 5 + 5 = 10 véhicules.'));
    expect(problems[0]).toMatch(/summary: a sum/);
  });

  it('finds an outlet that is not a proper name, an English claimant in French, and editor’s words', () => {
    const i = two([], 'Une attaque.');
    i.claims[0]!.sources[0]!.outlet = 'Koaci (AFP)';
    i.claims[0]!.claimant = { fr: 'FAMa general staff communiqué', en: 'FAMa general staff communiqué' };
    i.verification = { fr: 'Incident de départ du projet.', en: 'Seed incident.' };
    const all = lint(i).join('\n');
    expect(all).toMatch(/outlet: "Koaci \(AFP\)": an outlet is a proper name/);
    expect(all).toMatch(/claimant\.fr: the claimant is the same English text/);
    expect(all).toMatch(/verification\.fr: readers see an editor's word/);
  });

  it('finds a "TODO" placeholder wherever it was left, reader text or not', () => {
    const i = two([], 'Une attaque.');
    i.parties = ['FAMa', 'TODO'];
    i.claims[1]!.sources[0]!.outlet = 'TODO';
    i.title = { fr: 'TODO: titre', en: 'Attack' };
    expect(lint(i).filter((p) => p.includes('TODO'))).toEqual([
      `${FILE} › incident "2023-09-17-lere" › title.fr: still says "TODO" (a placeholder from npm run new-incident): write what the sources say`,
      `${FILE} › incident "2023-09-17-lere" › parties[1]: still says "TODO" (a placeholder from npm run new-incident): write what the sources say`,
      `${FILE} › incident "2023-09-17-lere" › claims[1] (rebels-1).sources[0].outlet: still says "TODO" (a placeholder from npm run new-incident): write what the sources say`,
    ]);
  });

  it('finds English left in a French text', () => {
    const i = two([], 'Une attaque.');
    i.title = { fr: 'The army said the attackers were killed after the fighting', en: 'Army says' };
    expect(lint(i).join('\n')).toMatch(/title\.fr: the French text reads as English/);
  });

  it('finds a point farther from its gazetteer record than its precision (Talataye, 31 km off)', () => {
    const i = two([], 'Une attaque.');
    i.place = { ...i.place, lat: 15.7118 + 0.3, precision_km: 2 };
    expect(lint(i).join('\n')).toMatch(/place: the point is 33\.\d km from geonames 2454104 \(Léré\)/);
  });

  it('asks an incident with one side’s version to say so', () => {
    const i = inc('2023-09-17-lere', { claims: [claim('army')] });
    expect(lint(i).join('\n')).toMatch(/only one side's version/);
    i.verification = {
      fr: 'Seule la version de l’armée a été trouvée.',
      en: 'Only the army’s version was found.',
    };
    expect(lint(i)).toEqual([]);
  });

  it('finds one place name with two points far apart, unless a detail says why', () => {
    const a = inc('2017-07-26-takalote', { place: { name: 'Takalote', lat: 18.0, lon: 1.5 } });
    const b = inc('2024-07-09-takalote', { place: { name: 'Takalote', lat: 18.2, lon: 1.5 } });
    const problems = lintDataset([
      { incident: a, file: 'a.json' },
      { incident: b, file: 'b.json' },
    ]).map(formatProblem);
    expect(problems[0]).toMatch(/"Takalote" is 22\.\d km from the same place in 2017-07-26-takalote/);
    b.place.detail = { fr: 'Deux lieux de ce nom.', en: 'Two places of that name.' };
    expect(
      lintDataset([
        { incident: a, file: 'a.json' },
        { incident: b, file: 'b.json' },
      ]),
    ).toEqual([]);
  });
});
