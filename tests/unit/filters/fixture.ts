import type { Claim, Figure, Incident, Side } from '../../../src/lib/incidents/schema';

/** A claim: side, figures and stance are what filtering reads; the rest is valid filler. */
export function claim(side: Side, figures: Figure[] = [], extra: Partial<Claim> = {}): Claim {
  return {
    id: `${side}-1`,
    claimant: `${side} spokesperson`,
    side,
    stance: 'statement',
    date: '2023-01-01',
    language: 'fr',
    summary: { fr: 'Résumé.', en: 'Summary.' },
    figures,
    sources: [{ url: 'https://example.org/a', outlet: 'Example', language: 'fr' }],
    ...extra,
  };
}

export const killedArmy = (value: number): Figure => ({ measure: 'killed', group: 'army', value });

/** An incident with the given id (its date taken from the id) and overrides. */
export function inc(
  id: string,
  o: Partial<Omit<Incident, 'place'>> & { place?: Partial<Incident['place']> } = {},
) {
  const { place, ...rest } = o;
  const incident: Incident = {
    id,
    date: { start: id.slice(0, 10), precision: 'day' },
    title: { fr: `Incident ${id}`, en: `Incident ${id}` },
    place: {
      name: 'Léré',
      region: 'Tombouctou',
      lat: 15.7,
      lon: -4.9,
      precision_km: 1,
      precision_note: { fr: 'Localité.', en: 'Locality.' },
      ...place,
    },
    types: ['clash'],
    parties: ['FAMa'],
    verification: { fr: 'Invérifiable.', en: 'Unverifiable.' },
    disagreements: [],
    claims: [claim('army')],
    ...rest,
  };
  return incident;
}

/** A small dataset covering each filter: ids say what each is. */
export const DATASET: Incident[] = [
  inc('2023-09-17-lere', {
    types: ['attack-on-base'],
    claims: [claim('army', [killedArmy(5)]), claim('rebels', [killedArmy(35)])],
  }),
  inc('2023-09-30-ber', {
    date: { start: '2023-09-30', end: '2023-10-02', precision: 'day' },
    place: { name: 'Ber', region: 'Tombouctou' },
    claims: [claim('army', [killedArmy(10)]), claim('rebels', [killedArmy(12)])],
  }),
  inc('2023-10-05-kidal-denial', {
    place: { name: 'Kidal', region: 'Kidal' },
    types: ['drone-strike'],
    claims: [claim('army'), claim('rebels', [], { stance: 'denial' })],
  }),
  inc('2023-11-01-anefis-month', {
    date: { start: '2023-11-01', precision: 'month' },
    place: { name: 'Anéfis', region: 'Kidal', other_regions: ['Gao'] },
    claims: [claim('jihadists', [killedArmy(20)])],
  }),
  inc('2024-07-25-tinzaouaten', {
    title: { fr: 'Combats de Tinzaouaten', en: 'Battle of Tinzaouaten' },
    place: { name: 'Tinzaouaten', region: 'Kidal' },
    claims: [
      claim('rebels', [killedArmy(47)], { summary: { fr: 'Les rebelles disent…', en: 'The rebels say…' } }),
      claim('jihadists', [killedArmy(50)], { claimant: 'JNIM (az-Zallaqa)' }),
      claim('russia', [killedArmy(5)]),
    ],
  }),
];
