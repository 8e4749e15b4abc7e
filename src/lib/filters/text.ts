// Search normalisation. Readers type place names the way their outlet spells them: accents, case,
// hyphens, spaces and apostrophes never matter ("Tin-Zaouatène" = "tinzaouatene"), and a light
// spelling fold covers the usual French/English transliterations of Tamasheq and Arabic names.

/** Lowercase ASCII letters and digits only, split into words (accents and ligatures folded). */
export function words(text: string): string[] {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/ß/g, 'ss')
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/**
 * One word's spelling fold: "ou" = "w" (Tinzaouaten / Tinzawaten), a doubled letter counts once
 * (Tessalit / Tesalit), a final "e" is optional (Tinzawatene / Tinzawaten).
 */
export function foldWord(word: string): string {
  const w = word.replace(/ou/g, 'w').replace(/(.)\1+/g, '$1');
  return w.length > 3 ? w.replace(/e$/, '') : w;
}

/** A field as searched: its words run together, so spaces and hyphens never matter. */
export function compact(text: string): string {
  return words(text).join('');
}

export function compactFolded(text: string): string {
  return words(text).map(foldWord).join('');
}

/**
 * The query's terms. Every term must be found (in one field) for an incident to match; a term is
 * a whitespace-separated piece, with its own hyphens and apostrophes ignored.
 */
export function queryTerms(q: string): { plain: string; folded: string }[] {
  return q
    .split(/\s+/)
    .map((piece) => ({ plain: compact(piece), folded: compactFolded(piece) }))
    .filter((t) => t.plain.length > 0);
}

/** Fields are joined with a separator no term contains, so a term never spans two fields. */
export const FIELD_SEPARATOR = '|';
