import { describe, expect, it } from 'vitest';
import { sideSummaries, sidesAndTolls } from '../../../src/lib/compare/summary';
import { claim, incident, lere } from './fixture';

describe('sideSummaries (link previews, cards)', () => {
  it('gives each side its own death toll, in its own numbers', () => {
    expect(sidesAndTolls(lere, 'fr')).toBe(
      'Armée : 5 soldats maliens tués · Rebelles : 35 soldats maliens tués, 8 rebelles tués',
    );
    expect(sidesAndTolls(lere, 'en')).toMatch(
      /^Army: 5 Malian soldiers killed · Rebels: 35 Malian soldiers killed/,
    );
  });

  it('never says "no toll" of a side that gave figures, or a toll for part of the event', () => {
    const partial = {
      ...claim('army-2', 'army', '2024-07-27', [{ measure: 'killed', group: 'army', value: 2 }]),
    };
    partial.scope = { fr: 'combats du 25 juillet', en: 'fighting of 25 July' };
    const tz = incident([
      partial,
      claim('un-1', 'un', '2024-07-28', [{ measure: 'wounded', group: 'civilians', value: 3 }]),
      claim('independent-1', 'independent', '2024-07-29', []),
    ]);
    const says = Object.fromEntries(sideSummaries(tz, 'fr').map((s) => [s.side, s.says]));
    expect(says).toEqual({
      army: 'bilan des morts partiel seulement',
      un: 'pas de bilan des morts',
      independent: 'pas de bilan chiffré',
    });
  });
});
