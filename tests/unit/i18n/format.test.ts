import { describe, expect, it } from 'vitest';
import {
  formatDate,
  formatIncidentDate,
  formatRatio,
  formatValue,
  languageName,
} from '../../../src/lib/i18n/format';
import { CATALOGS } from '../../../src/lib/i18n/locales';

describe('formatDate', () => {
  it('writes a day in French and English without shifting it by time zone', () => {
    expect(formatDate('2023-09-17', 'day', 'fr')).toBe('17 septembre 2023');
    expect(formatDate('2023-09-17', 'day', 'en')).toBe('17 September 2023');
  });

  it('writes only the month when that is all that is known', () => {
    expect(formatDate('2023-09', undefined, 'fr')).toBe('septembre 2023');
    expect(formatDate('2023-09-01', 'month', 'en')).toBe('September 2023');
  });

  it('says "week of" for week precision', () => {
    expect(formatDate('2024-07-22', 'week', 'fr')).toBe('semaine du 22 juillet 2024');
  });

  it('writes a multi-day incident as a range', () => {
    expect(
      formatIncidentDate({ start: '2024-07-25', end: '2024-07-27', precision: 'day' }, 'en').replace(
        /\u2009/g,
        ' ',
      ),
    ).toBe('25 – 27 July 2024');
  });
});

describe('formatValue', () => {
  it.each([
    [5, 'fr', '5'],
    [{ min: 10, max: 20 }, 'fr', '10 à 20'],
    [{ at_least: 30 }, 'fr', 'au moins 30'],
    [{ at_least: 30 }, 'en', 'at least 30'],
    [1200, 'fr', '1 200'],
  ] as const)('formats %j in %s as %s', (value, lang, expected) => {
    expect(
      formatValue({ measure: 'killed', group: 'army', value }, lang)?.replace(/\u202f|\u00a0/g, ' '),
    ).toBe(expected);
  });

  it('gives no number when only words were given', () => {
    const wording = { text: 'une trentaine', lang: 'fr', gloss: { en: 'about thirty' } };
    expect(formatValue({ measure: 'killed', group: 'army', wording }, 'fr')).toBeUndefined();
  });
});

describe('formatRatio and language names', () => {
  it('rounds ratios below 10 to one decimal, with the locale’s separator', () => {
    expect(formatRatio(7, 'fr')).toBe('7');
    expect(formatRatio(2.456, 'fr')).toBe('2,5');
    expect(formatRatio(14.4, 'en')).toBe('14');
  });

  it('names a language in the interface language', () => {
    expect(languageName('fr', 'fr')).toBe('français');
    expect(languageName('ar', 'en')).toBe('Arabic');
  });
});

describe('messages', () => {
  it('has the same keys in French and English', () => {
    expect(Object.keys(CATALOGS.en).sort()).toEqual(Object.keys(CATALOGS.fr).sort());
  });
});
