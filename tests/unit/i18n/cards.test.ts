import { describe, expect, it } from 'vitest';
import { messages } from '../../../src/lib/i18n/locales';

// The preview cards' words come from the catalogs (geo/cards/card.mjs names no language).
describe('preview card words', () => {
  it('say how many sides did not fit, with the right plural', () => {
    expect(messages('fr').cardMoreSides(1)).toBe('+ 1 autre camp');
    expect(messages('fr').cardMoreSides(3)).toBe('+ 3 autres camps');
    expect(messages('en').cardMoreSides(1)).toBe('+ 1 more side');
    expect(messages('en').cardMoreSides(2)).toBe('+ 2 more sides');
  });

  it('name what the home card counts', () => {
    expect(messages('fr').cardIncidents(1)).toBe('incident');
    expect(messages('en').cardIncidents(156)).toBe('incidents');
    expect(messages('fr').cardHomeKicker).toBe('Carte interactive');
    expect(messages('en').cardHomeKicker).toBe('Interactive map');
  });
});
