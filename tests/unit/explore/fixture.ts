import { digestOf, type IncidentDigest } from '../../../src/lib/incidents/digest';
import type { Incident } from '../../../src/lib/incidents/schema';
import { claim, inc, killedArmy } from '../builders';

export { claim, inc, killedArmy };

/** An incident as the index has it. */
export const digest = (i: Incident, names: string[] = []): IncidentDigest => digestOf(i, names);

/** A small dataset covering each filter: ids say what each is. */
export const INCIDENTS: Incident[] = [
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
      claim('jihadists', [killedArmy(50)], {
        claimant: { fr: 'JNIM (az-Zallaqa)', en: 'JNIM (az-Zallaqa)' },
      }),
      claim('russia', [killedArmy(5)]),
    ],
  }),
];

/** The same, as the index has them (what filtering, sorting and drawing read). */
export const DATASET: IncidentDigest[] = INCIDENTS.map((i) => digest(i));
