/**
 * The 2012–2022 and 2025 research files and the gap claims, as imported (issue 7): figure for
 * figure as the research states them, with their sources, dates and the lead's date rule.
 */
import { describe, expect, it } from 'vitest';
import type { Claim, Figure } from '../../../src/lib/incidents/schema';
import { claim, incident, incidents } from './shipped';

const figures = (c: Claim) => c.figures.map((f: Figure) => [f.measure, f.group, f.value, f.wording]);

describe('Ménaka, 17 January 2012 (2012–2022 research)', () => {
  it("gives the army's communiqué figure for figure, words kept as words", () => {
    const army = claim('2012-01-17-menaka', 'Malian Ministry of Defence communiqué');
    expect(army.id).toBe('army-1');
    expect(army.date).toBe('2012-01-17');
    expect(army.date_basis).toBeUndefined();
    expect(figures(army)).toEqual([
      ['killed', 'army', 1, undefined],
      ['killed', 'rebels', undefined, 'de nombreux morts'],
      ['wounded', 'rebels', undefined, 'de nombreux blessés'],
      ['captured', 'assailants', undefined, 'des assaillants ont été faits prisonniers'],
      ['aircraft_lost', 'army', 0, undefined],
      ['vehicles_lost', 'assailants', 6, undefined],
    ]);
  });

  it("gives the MNLA's version: one army aircraft lost", () => {
    const mnla = claim('2012-01-17-menaka', 'MNLA member Moussa Ag Assarid');
    expect(mnla.side).toBe('rebels');
    expect(figures(mnla)).toEqual([['aircraft_lost', 'army', 1, undefined]]);
    expect(mnla.sources.map((s) => s.url)).toEqual([
      'https://jeuneafrique.com/177703/politique/nord-mali-des-rebelles-touaregs-attaquent-m-naka',
    ]);
  });

  it('leaves out the MNLA claim known only from undated Wikipedia mirrors (no date can be given)', () => {
    expect(incident('2012-01-17-menaka').claims.map((c) => c.claimant)).not.toContainEqual(
      expect.stringContaining('Wikipedia'),
    );
  });

  it('keeps the doubt about the region: Ménaka was then part of Gao region', () => {
    expect(incident('2012-01-17-menaka').place.region).toBe('Ménaka');
    expect(incident('2012-01-17-menaka').place.region_note?.en).toBe('Ménaka (then part of Gao region)');
  });
});

describe('Kobé, 7 February 2025 (2025 research)', () => {
  it('gives each version figure for figure, "up to 56" as words', () => {
    const id = '2025-02-07-kobe-convoy-ambush';
    expect(figures(claim(id, 'FAMa general staff communiqué'))).toEqual([
      ['neutralised', 'assailants', 19, undefined],
      ['killed', 'civilians', 25, undefined],
      ['wounded', 'civilians', 13, undefined],
    ]);
    expect(figures(claim(id, 'Local politician'))).toEqual([['killed', 'unspecified', 32, undefined]]);
    expect(figures(claim(id, 'Local official'))).toEqual([
      ['killed', 'army', undefined, 'unknown number of military casualties'],
      ['killed', 'unspecified', undefined, 'up to 56 bodies recorded at the hospital in Gao'],
    ]);
    const hrw = claim(id, 'Human Rights Watch');
    expect(hrw.date).toBe('2025-02-21');
    expect(figures(hrw)).toEqual([
      ['killed', 'civilians', { at_least: 34 }, undefined],
      ['wounded', 'civilians', 34, undefined],
    ]);
  });

  it('flags the Russian state outlet among the army claim’s relays', () => {
    const rt = claim('2025-02-07-kobe-convoy-ambush', 'FAMa general staff communiqué').sources.find((s) =>
      s.outlet.startsWith('RT France'),
    );
    expect(rt?.relay).toBe('russian-state');
  });
});

describe('gap claims added to published incidents', () => {
  it("adds the army's Taoussa communiqué as army-1 with its words and both sources", () => {
    const taoussa = incident('2023-10-04-taoussa');
    const army = claim('2023-10-04-taoussa', 'FAMa general staff communiqué (4 Oct 2023)');
    expect(army.id).toBe('army-1');
    expect(army.date).toBe('2023-10-04');
    expect(figures(army)).toEqual([
      ['neutralised', 'assailants', undefined, 'des pertes tant en vies humaines que logistiques'],
    ]);
    expect(army.sources).toEqual([
      {
        url: 'http://news.abamako.com/h/287522.html',
        outlet: 'aBamako (communiqué text)',
        published: '2023-10-05',
        language: 'fr',
      },
      { url: 'https://24heures.bf/?p=8911', outlet: '24heures.bf', language: 'fr' },
    ]);
    expect(taoussa.claims.map((c) => c.id)).toEqual(['rebels-1', 'local-1', 'army-1']);
  });

  it('never renumbers a published claim: a gap claim takes the next free number of its side', () => {
    // The Studio Tamani source speaks after the existing local-1 in date, but would be local-2 anyway;
    // the point is that the published ids keep their claims.
    const aguelhok = incident('2023-10-23-aguelhok');
    expect(aguelhok.claims.map((c) => c.id)).toEqual(['un-1', 'local-1', 'army-1', 'local-2']);
    expect(claim('2023-10-23-aguelhok', 'Security source (anonymous, to Studio Tamani)').id).toBe('local-2');
    expect(claim('2023-10-01-bamba', 'Witnesses (as reported by RFI)').id).toBe('local-1');
  });
});

describe('claims whose statement date is not recorded (date_basis)', () => {
  it('dates them by their earliest dated source and says so', () => {
    const mod = claim('2012-03-10-tessalit-amachach', 'Malian Ministry of Defence communiqué');
    expect([mod.date, mod.date_precision, mod.date_basis]).toEqual(['2012-03-12', undefined, 'published']);
  });

  it('dates them to the month when the earliest source only shows a month', () => {
    const bbc = claim('2012-03-10-tessalit-amachach', 'BBC Afrique');
    expect([bbc.date, bbc.date_precision, bbc.date_basis]).toEqual(['2012-03', 'month', 'published']);
    // A 2017-11 source may predate any day of November 2017: the month wins.
    const france = claim('2017-10-23-abeibara', 'French general staff and French Foreign Ministry');
    expect([france.date, france.date_precision, france.date_basis]).toEqual([
      '2017-11',
      'month',
      'published',
    ]);
  });

  it('marks only undated statements, and every one of them rests on a source of that date', () => {
    const marked = incidents.flatMap((i) => i.claims).filter((c) => c.date_basis === 'published');
    expect(marked).toHaveLength(25);
    for (const c of marked) {
      const dates = c.sources.flatMap((s) => (s.published ? [s.published] : []));
      expect(dates, c.claimant).toContain(c.date);
    }
  });
});

describe("claims dated from the research's own words (STATED_DATES)", () => {
  it("gives the MSA's first statement on Aklaz (27 April 2018) figure for figure, with the date's origin", () => {
    const msa = claim('2018-04-26-aklaz-awkassa', 'MSA (first statement on Aklaz, 27 Apr');
    expect([msa.date, msa.date_precision, msa.date_basis]).toEqual(['2018-04-27', undefined, undefined]);
    expect(msa.date_note).toEqual({
      fr: 'Date donnée par la recherche : première déclaration du MSA sur Aklaz, du 27 avril, au lendemain de l’attaque nocturne (relayée par Liberté).',
      en: 'Date given by the research: the MSA’s first statement on Aklaz, of 27 April, the day after the night attack (as relayed by Liberté).',
    });
    expect(msa.side).toBe('plateforme');
    expect(figures(msa)).toEqual([
      ['killed', 'jihadists', 4, undefined],
      ['killed', 'civilians', { at_least: 12 }, undefined],
      ['killed', 'plateforme', 1, undefined],
    ]);
    expect(msa.sources.map((s) => s.url)).toEqual(['https://djazairess.com/fr/liberte/391857']);
  });

  it('numbers a recovered claim after the published ids of its side, though it is earlier in date', () => {
    const aklaz = incident('2018-04-26-aklaz-awkassa');
    expect(aklaz.claims.map((c) => [c.id, c.date])).toEqual([
      ['plateforme-2', '2018-04-27'],
      ['plateforme-1', '2018-04-29'],
      ['local-1', '2018-04-29'],
      ['army-1', '2018-04'],
    ]);
  });

  it('dates to the month only when the research gives no single day', () => {
    const minister = claim('2013-02-10-gao', 'Malian Defence Minister');
    expect([minister.id, minister.date, minister.date_precision]).toEqual(['army-2', '2013-02', 'month']);
  });
});

describe('new vocabulary and place names', () => {
  it('types the Gossi grave as a mass grave and an alleged information operation', () => {
    expect(incident('2022-04-19-gossi').types).toEqual(['mass-grave', 'information-operation']);
    expect(incident('2019-01-20-aguelhok').types).toContain('attack-on-un');
  });

  it('names places with short proper nouns and keeps the description in place.detail', () => {
    expect(incident('2024-07-30-tinzaouaten-drone-strikes').place.name).toBe('Tinzaouaten');
    expect(incident('2024-07-09-takalote').place.name).toBe('Takalote et Eferer');
    expect(incident('2024-02-09-intahaka').place.name).toBe('Intahaka');
    expect(incident('2024-02-09-intahaka').place.detail?.en).toBe(
      "Intahaka artisanal gold site (N'Tillit commune, Gourma)",
    );
    const english = /\b(?:region|area|near|road|track|camp|site|and|of|the)\b/;
    expect(incidents.filter((i) => english.test(i.place.name)).map((i) => i.place.name)).toEqual([]);
  });
});
