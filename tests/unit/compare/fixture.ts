import type { Claim, Figure, Side } from '../../../src/lib/incidents/schema';
import { claim as baseClaim, inc } from '../builders';

/** A claim with only what the comparison reads. */
export function claim(
  id: string,
  side: Side,
  date: string,
  figures: Figure[],
  stance: Claim['stance'] = 'statement',
): Claim {
  return baseClaim(side, figures, { id, date, stance });
}

export const incident = (claims: Claim[]) => inc('2023-09-17-lere', { claims });

/** Léré as the seed dispatch tells it. */
export const lere = incident([
  claim('army-1', 'army', '2023-09-17', [
    { measure: 'killed', group: 'army', value: 5 },
    { measure: 'missing', group: 'army', value: 11 },
    {
      measure: 'neutralised',
      group: 'assailants',
      wording: { text: 'une trentaine', lang: 'fr', gloss: { en: 'about thirty' } },
    },
  ]),
  claim('rebels-1', 'rebels', '2023-09-20', [
    { measure: 'killed', group: 'army', value: 35 },
    { measure: 'killed', group: 'rebels', value: 8 },
    {
      measure: 'wounded',
      group: 'army',
      wording: { text: 'des dizaines', lang: 'fr', gloss: { en: 'dozens' } },
    },
  ]),
]);
