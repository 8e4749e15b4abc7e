import { describe, expect, it } from 'vitest';
import { compact, compactFolded, foldWord, queryTerms, words } from '../../../src/lib/explore/search';

describe('words', () => {
  it.each([
    ['Tin-Zaouatène', ['tin', 'zaouatene']],
    ['  L’ARMÉE  malienne ', ['l', 'armee', 'malienne']],
    ['Cœur, Ségou!', ['coeur', 'segou']],
    ['', []],
    ['—…', []],
  ])('splits %j into %j', (text, expected) => {
    expect(words(text)).toEqual(expected);
  });
});

describe('compact', () => {
  it.each([
    ['Tin-Zaouatène', 'tinzaouatene'],
    ['Tin Zaouatene', 'tinzaouatene'],
    ['TINZAOUATENE', 'tinzaouatene'],
  ])('makes %j hyphen-, space-, case- and accent-insensitive', (text, expected) => {
    expect(compact(text)).toBe(expected);
  });
});

describe('spelling fold', () => {
  it.each([
    ['tinzaouaten', 'tinzawaten'],
    ['tinzawatene', 'tinzawaten'],
    ['tessalit', 'tesalit'],
    ['gao', 'gao'],
    ['ber', 'ber'],
  ])('folds %j to %j', (w, expected) => {
    expect(foldWord(w)).toBe(expected);
  });

  it('brings the common spellings of Tinzaouaten together', () => {
    const spellings = ['Tinzaouaten', 'Tin-Zaouatene', 'Tinzawatene', 'Tin Zaouatène'];
    expect(new Set(spellings.map(compactFolded))).toEqual(new Set(['tinzawaten']));
  });
});

describe('queryTerms', () => {
  it('splits on whitespace and ignores hyphens inside a term', () => {
    expect(queryTerms(' Tin-Zaouatene  Kidal ').map((t) => t.plain)).toEqual(['tinzaouatene', 'kidal']);
  });

  it('has no terms for punctuation only', () => {
    expect(queryTerms(' - / ')).toEqual([]);
  });
});
