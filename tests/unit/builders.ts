// Typed builders for valid incidents and claims, shared by the unit tests: each test states only
// what it reads.
import type { Claim, Figure, Incident, Side } from '../../src/lib/incidents/schema';

/** A claim: side, figures and stance are what the logic reads; the rest is valid filler. */
export function claim(side: Side, figures: Figure[] = [], extra: Partial<Claim> = {}): Claim {
  return {
    id: `${side}-1`,
    claimant: { fr: `porte-parole (${side})`, en: `${side} spokesperson` },
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
    published: '2026-11-24',
    date: { start: id.slice(0, 10), precision: 'day' },
    title: { fr: `Incident ${id}`, en: `Incident ${id}` },
    place: {
      name: 'Léré',
      region: 'Tombouctou',
      lat: 15.7118,
      lon: -4.9118,
      precision_km: 1,
      precision_note: { fr: 'Localité.', en: 'Locality.' },
      gazetteer: { source: 'geonames', id: '2454104', name: 'Léré' },
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
