import { describe, expect, it } from 'vitest';
import {
  compact,
  compactFolded,
  foldWord,
  matchScore,
  queryTerms,
  searchDoc,
  words,
  type FieldKind,
} from '../../../src/lib/explore/search';

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

describe('matchScore', () => {
  const doc = (texts: [FieldKind, string][]) => searchDoc(texts);
  const score = (texts: [FieldKind, string][], q: string) => matchScore(doc(texts), queryTerms(q));

  it('matches the start of a word, not the inside of one ("Léré" is not in "le répit")', () => {
    expect(score([['text', 'le répit fut court']], 'Léré')).toBe(0);
    expect(score([['text', 'le raid de Léré']], 'Léré')).toBeGreaterThan(0);
    expect(score([['text', 'Goundam']], 'dam')).toBe(0);
  });

  it('finds a place however its words are split or spelled', () => {
    expect(score([['place', 'Tin Zaouatine']], 'Tinzaouatine')).toBeGreaterThan(0);
    expect(score([['place', 'Tinzaouaten']], 'Tin-Zaouatene')).toBeGreaterThan(0);
    expect(score([['place', 'Tinzaouaten']], 'tin zaouaten')).toBeGreaterThan(0);
  });

  it('needs every term', () => {
    expect(score([['title', 'Attaque de Léré']], 'Léré Kidal')).toBe(0);
  });

  it('ranks a match in the place above the title, and the title above a summary', () => {
    const place = score([['place', 'Léré']], 'lere');
    const title = score([['title', 'Raid sur Léré']], 'lere');
    const text = score([['text', 'comme à Léré']], 'lere');
    expect(place).toBeGreaterThan(title);
    expect(title).toBeGreaterThan(text);
  });
});

describe('matchScore across words', () => {
  const score = (texts: [FieldKind, string][], q: string) => matchScore(searchDoc(texts), queryTerms(q));
  it('does not run a term on into one letter of the next word ("le responsable" is not "Léré")', () => {
    expect(score([['title', 'Le responsable du camp']], 'Léré')).toBe(0);
    expect(score([['title', 'Le repli de l’armée']], 'Lere')).toBe(0);
  });
});
