import type { Claim, Figure, Incident, Side } from '../../../src/lib/incidents/schema';

/** A claim with only what the comparison reads; the rest is valid filler. */
export function claim(
  id: string,
  side: Side,
  date: string,
  figures: Figure[],
  stance: Claim['stance'] = 'statement',
): Claim {
  return {
    id,
    claimant: `${side} spokesperson`,
    side,
    stance,
    date,
    language: 'fr',
    summary: { fr: 'Résumé.', en: 'Summary.' },
    figures,
    sources: [{ url: 'https://example.org/a', outlet: 'Example', language: 'fr' }],
  };
}

export function incident(claims: Claim[]): Incident {
  return {
    id: '2023-09-17-lere',
    date: { start: '2023-09-17', precision: 'day' },
    title: { fr: 'Attaque de Léré', en: 'Attack on Léré' },
    place: {
      name: 'Léré',
      region: 'Tombouctou',
      lat: 15.71,
      lon: -4.91,
      precision_km: 5,
      precision_note: { fr: 'Localité.', en: 'Locality.' },
    },
    types: ['attack-on-base'],
    parties: ['FAMa', 'CSP'],
    verification: { fr: 'Invérifiable.', en: 'Unverifiable.' },
    disagreements: [],
    claims,
  };
}

/** Léré as the seed dispatch tells it. */
export const lere = incident([
  claim('army-1', 'army', '2023-09-17', [
    { measure: 'killed', group: 'army', value: 5 },
    { measure: 'missing', group: 'army', value: 11 },
    { measure: 'neutralised', group: 'assailants', value: { at_least: 30 }, wording: "plus d'une trentaine" },
  ]),
  claim('rebels-1', 'rebels', '2023-09-20', [
    { measure: 'killed', group: 'army', value: 35 },
    { measure: 'killed', group: 'rebels', value: 8 },
    { measure: 'wounded', group: 'army', wording: "des dizaines d'autres" },
  ]),
]);
