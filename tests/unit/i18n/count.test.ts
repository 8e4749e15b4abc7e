import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../../src/lib/explore/entries';
import { countLabel, formatMonthRange } from '../../../src/lib/i18n/format';
import { DATASET } from '../explore/fixture';

// Intl puts (thin) spaces around some range dashes; compare with plain spaces.
const plain = (s: string) => s.replace(/[\u2009\u202f\u00a0]/g, ' ');

describe('formatMonthRange', () => {
  it.each([
    ['2023-09-01', '2023-12-31', 'fr', 'sept.–déc. 2023'],
    ['2023-09-01', '2023-12-31', 'en', 'Sept – Dec 2023'],
    ['2023-10-02', '2023-10-20', 'fr', 'oct. 2023'],
    ['2023-10-02', '2024-02-20', 'en', 'Oct 2023 – Feb 2024'],
  ] as const)('%s to %s in %s reads %j', (start, end, lang, expected) => {
    expect(plain(formatMonthRange(start, end, lang))).toBe(expected);
  });
});

describe('countLabel', () => {
  const index = buildIndex(DATASET);
  const autumn = index.entries.filter((e) => e.start < '2024-01-01');

  it('gives the count and the months the shown incidents span', () => {
    expect(plain(countLabel(autumn, 'fr'))).toBe('4 incidents, sept.–nov. 2023');
    expect(plain(countLabel(autumn.slice(0, 1), 'en'))).toBe('1 incident, Sept 2023');
  });

  it('says plainly when nothing matches', () => {
    expect(countLabel([], 'fr')).toBe('Aucun incident ne correspond à ces filtres');
    expect(countLabel([], 'en')).toBe('No incident matches these filters');
  });
});
