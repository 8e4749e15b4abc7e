import { describe, expect, it } from 'vitest';
import { createExpression, validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import type { ExpressionSpecification } from 'maplibre-gl';
import {
  basemapAttribution,
  BASEMAP_BEFORE_LAYER,
  basemapStyle,
  labelField,
} from '../../../src/lib/map/basemap/style';
import { en } from '../../../src/lib/i18n/en';
import { fr } from '../../../src/lib/i18n/fr';

const A = basemapAttribution(fr.mapCredits, fr.attribution);

const BASE = 'https://example.org/recoupe/';

/** Every URL or URL template anywhere in a value. */
function urlsIn(value: unknown): string[] {
  if (typeof value === 'string') return /^(https?:)?\/\//.test(value) || value.includes('{') ? [value] : [];
  if (Array.isArray(value)) return value.flatMap(urlsIn);
  if (value && typeof value === 'object') return Object.values(value).flatMap(urlsIn);
  return [];
}

function evaluate(expression: ExpressionSpecification, properties: Record<string, string>): unknown {
  const parsed = createExpression(expression, 'layers[0].layout.text-field');
  if (parsed.result !== 'success') throw new Error(JSON.stringify(parsed.value));
  return parsed.value.evaluate({ zoom: 5 }, { type: 'Point', properties } as never);
}

describe('basemapStyle', () => {
  it('is a valid MapLibre style in both languages', () => {
    expect(validateStyleMin(basemapStyle({ base: BASE, lang: 'fr', attribution: A }))).toEqual([]);
    expect(validateStyleMin(basemapStyle({ base: BASE, lang: 'en', attribution: A }))).toEqual([]);
  });

  it('fetches tiles and glyphs only under the given base, never from another host', () => {
    const style = basemapStyle({ base: BASE, lang: 'fr', attribution: A });
    const urls = urlsIn({ glyphs: style.glyphs, sources: style.sources });
    expect(urls.length).toBeGreaterThanOrEqual(2);
    for (const url of urls) expect(url.startsWith(BASE)).toBe(true);
  });

  it('keeps a relative base relative when there is no page to resolve it against', () => {
    const style = basemapStyle({ base: '/sub', lang: 'fr', attribution: A });
    expect(style.glyphs).toBe('/sub/glyphs/{fontstack}/{range}.pbf');
  });

  it('draws every layer from a source the style declares, under a basemap- id', () => {
    const style = basemapStyle({ base: BASE, lang: 'fr', attribution: A });
    const ids = style.layers.map((layer) => layer.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const layer of style.layers) {
      expect(layer.id).toMatch(/^basemap-/);
      if ('source' in layer) expect(style.sources).toHaveProperty(layer.source);
    }
  });

  it('puts every label above the before-layer, so incidents inserted there stay under names', () => {
    const layers = basemapStyle({ base: BASE, lang: 'fr', attribution: A }).layers;
    const before = layers.findIndex((layer) => layer.id === BASEMAP_BEFORE_LAYER);
    expect(before).toBeGreaterThan(0);
    expect(layers.slice(0, before).filter((layer) => layer.type === 'symbol')).toEqual([]);
  });
});

describe('labelField', () => {
  it('shows the English name in English where one exists', () => {
    expect(evaluate(labelField('en'), { name_fr: 'Tombouctou', name_en: 'Timbuktu' })).toBe('Timbuktu');
  });

  it('falls back to the French name in English when there is no English one', () => {
    expect(evaluate(labelField('en'), { name_fr: 'Ménaka' })).toBe('Ménaka');
  });

  it('shows the French name in French', () => {
    expect(evaluate(labelField('fr'), { name_fr: 'Côte d’Ivoire', name_en: 'Ivory Coast' })).toBe(
      'Côte d’Ivoire',
    );
  });
});

describe('basemapAttribution', () => {
  it('credits Natural Earth, Who’s On First with its licence link, Mesoshapes/OCHA and GeoNames CC BY 4.0', () => {
    for (const c of [fr.mapCredits, en.mapCredits]) {
      const a = basemapAttribution(c);
      expect(a).toContain('Natural Earth');
      expect(a).toContain('href="https://whosonfirst.org/docs/licenses/"');
      expect(a).toMatch(/Mesoshapes\s*\/\s*OCHA/);
      expect(a).toMatch(/GeoNames.*CC BY 4\.0/);
    }
  });

  it('speaks the reader’s language, and adds the data credit escaped', () => {
    expect(basemapAttribution(fr.mapCredits)).toContain('Réalisé avec');
    expect(basemapAttribution(fr.mapCredits)).not.toContain('Made with');
    expect(basemapAttribution(en.mapCredits)).toContain('Made with');
    expect(basemapAttribution(en.mapCredits, 'Data <b>')).toMatch(/ · Data &lt;b&gt;$/);
  });

  it('is what the basemap source reports to the attribution control', () => {
    const source = basemapStyle({ base: BASE, lang: 'fr', attribution: A }).sources.basemap;
    expect(source).toHaveProperty('attribution', A);
  });
});
