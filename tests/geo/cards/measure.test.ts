import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { lineCount, metricsOf, textWidth } from '../../../geo/cards/measure.mjs';

const NOTO = createRequire(import.meta.url)
  .resolve('@expo-google-fonts/noto-sans/package.json')
  .replace(/package\.json$/, '');
const bold = metricsOf(`${NOTO}700Bold/NotoSans_700Bold.ttf`);
const regular = metricsOf(`${NOTO}400Regular/NotoSans_400Regular.ttf`);

describe('text measurement from the font', () => {
  it('reads advance widths: W is wider than i, bold wider than regular, accents count', () => {
    expect(textWidth(regular, 'W', 100)).toBeGreaterThan(2 * textWidth(regular, 'i', 100));
    expect(textWidth(bold, 'Indépendants', 26)).toBeGreaterThan(textWidth(regular, 'Indépendants', 26));
    // Measured on the rendered card: "Indépendants" in Bold at 26 px is about 180 px wide.
    expect(textWidth(bold, 'Indépendants', 26)).toBeGreaterThan(165);
    expect(textWidth(bold, 'Indépendants', 26)).toBeLessThan(195);
    expect(textWidth(regular, 'é', 20)).toBeCloseTo(textWidth(regular, 'e', 20), 0);
  });

  it('counts letter spacing once per character', () => {
    expect(textWidth(regular, 'abc', 20, 2) - textWidth(regular, 'abc', 20)).toBeCloseTo(6);
  });

  it('wraps at spaces, and counts a word longer than the line as cut', () => {
    const oneLine = textWidth(regular, 'pas de bilan chiffré', 20);
    expect(lineCount(regular, 'pas de bilan chiffré', 20, oneLine + 1)).toBe(1);
    expect(lineCount(regular, 'pas de bilan chiffré', 20, oneLine - 1)).toBe(2);
    expect(lineCount(regular, 'pas de bilan chiffré', 20, textWidth(regular, 'pas de', 20) + 1)).toBe(3);
    const long = 'Abeïbara-Tinzaouaten-Tessalit';
    expect(lineCount(regular, long, 20, textWidth(regular, long, 20) / 2.5)).toBe(3);
  });
});
