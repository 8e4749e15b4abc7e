/** A minimal valid incident; each test breaks one thing in a fresh copy. */
export function minimalIncident(): Record<string, unknown> & {
  claims: Record<string, unknown>[];
  place: Record<string, unknown>;
  date: Record<string, unknown>;
} {
  return {
    id: '2023-09-17-lere',
    published: '2026-11-24',
    date: { start: '2023-09-17', precision: 'day' },
    title: { fr: 'Attaque de Léré', en: 'Attack on Léré' },
    place: {
      name: 'Léré',
      region: 'Tombouctou',
      lat: 15.7167,
      lon: -4.9167,
      precision_km: 2,
      precision_note: { fr: 'centre-ville', en: 'town centre' },
      gazetteer: { source: 'geonames', id: '2454104', name: 'Léré' },
    },
    types: ['attack-on-base'],
    parties: ['FAMa', 'CSP-PSD'],
    verification: { fr: 'Invérifiable.', en: 'Unverifiable.' },
    disagreements: [],
    claims: [
      {
        id: 'army-1',
        claimant: { fr: 'Communiqué de l’état-major des FAMa', en: 'FAMa general staff communiqué' },
        side: 'army',
        stance: 'statement',
        date: '2023-09-18',
        language: 'fr',
        summary: { fr: 'Cinq soldats tués.', en: 'Five soldiers killed.' },
        figures: [
          { measure: 'killed', group: 'army', value: 5 },
          {
            measure: 'neutralised',
            group: 'assailants',
            wording: { text: 'une trentaine', lang: 'fr', gloss: { en: 'about thirty' } },
          },
        ],
        sources: [
          { url: 'https://koaci.com/article/1', outlet: 'Koaci', published: '2023-09', language: 'fr' },
        ],
      },
      {
        id: 'rebels-1',
        claimant: { fr: 'Communiqué du CSP', en: 'CSP communiqué' },
        side: 'rebels',
        stance: 'statement',
        date: '2023-09-20',
        language: 'fr',
        summary: { fr: '35 soldats tués.', en: '35 soldiers killed.' },
        figures: [
          {
            measure: 'wounded',
            group: 'army',
            value: { min: 10, max: 20 },
            wording: { text: '10 à 20', lang: 'fr', gloss: { en: '10 to 20' } },
          },
        ],
        sources: [{ url: 'https://rti.info/a', outlet: 'RTI Info', language: 'fr', origin: 'AFP' }],
      },
    ],
  };
}
