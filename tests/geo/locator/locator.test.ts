import { readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { Resvg } from '@resvg/resvg-js';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadLocatorGeometry, locatorSvg } from '../../../geo/locator/locator.mjs';

const LERE = { lon: -4.9118, lat: 15.7118 };
const TINZAOUATEN = { lon: 2.96732, lat: 19.95427 };

const incidentsDir = new URL('../../../geo/incidents/', import.meta.url);
const allPoints = readdirSync(incidentsDir)
  .filter((f) => /^\d{4}-.*\.json$/.test(f))
  .sort()
  .map(
    (f) => JSON.parse(readFileSync(new URL(f, incidentsDir), 'utf8')).place as { lon: number; lat: number },
  )
  .map((p) => ({ lon: p.lon, lat: p.lat, colour: '#b3261e' }));

function viewBox(svg: string) {
  const m = /viewBox="0 0 ([\d.]+) ([\d.]+)"/.exec(svg);
  if (!m) throw new Error('no viewBox');
  return { width: Number(m[1]), height: Number(m[2]) };
}

function circles(svg: string) {
  return [...svg.matchAll(/<circle([^>]*)\/>/g)].map(([, attrs = '']) => {
    const get = (name: string) => Number(new RegExp(`\\s${name}="([^"]*)"`).exec(attrs)?.[1]);
    return { attrs, cx: get('cx'), cy: get('cy'), r: get('r') };
  });
}

function focusCircle(svg: string) {
  const focus = circles(svg).filter((c) => c.attrs.includes('data-focus'));
  expect(focus).toHaveLength(1);
  return focus[0]!;
}

const lere = () =>
  locatorSvg({ focus: { ...LERE, colour: '#b3261e' }, points: [LERE], lang: 'fr', label: 'Léré' });

beforeAll(async () => {
  await loadLocatorGeometry();
}, 60_000);

describe('locator map', () => {
  it('gives the same bytes for the same input, also after loading again', async () => {
    const first = lere();
    await loadLocatorGeometry();
    expect(lere()).toBe(first);
    expect(locatorSvg({ points: allPoints, label: 'Mali' })).toBe(
      locatorSvg({ points: allPoints, label: 'Mali' }),
    );
  });

  it('is well-formed SVG with an accessible name and a title', () => {
    const svg = lere();
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" viewBox="0 0 320 240"/);
    expect(svg).toContain('role="img"');
    expect(svg).toContain('aria-label="Léré"');
    expect(svg).toContain('<title>Léré</title>');
    expect(() => new Resvg(svg)).not.toThrow();
  });

  it('has no style attribute and no style element (the site’s Content-Security-Policy forbids them)', () => {
    for (const svg of [lere(), locatorSvg({ points: allPoints, label: 'Mali' })]) {
      expect(svg).not.toMatch(/<[^>]*\sstyle=/);
      expect(svg).not.toMatch(/<style/i);
    }
  });

  it('escapes the label and colours for XML', () => {
    const svg = locatorSvg({
      focus: { ...LERE, colour: '"><script>' },
      label: 'Léré <b>"camps"</b> & l\'armée',
    });
    expect(svg).toContain('aria-label="Léré &lt;b&gt;&quot;camps&quot;&lt;/b&gt; &amp; l&#39;armée"');
    expect(svg).toContain('<title>Léré &lt;b&gt;&quot;camps&quot;&lt;/b&gt; &amp; l&#39;armée</title>');
    expect(svg).not.toContain('<b>');
    expect(svg).not.toContain('<script>');
    expect(() => new Resvg(svg)).not.toThrow();
  });

  it.each([
    ['Léré, near the Mauritanian border', LERE],
    ['Tinzaouaten, on the Algerian border', TINZAOUATEN],
    ['a point at the south-western corner of Mali’s extent', { lon: -12.2, lat: 10.2 }],
    ['a point at the northern tip', { lon: -4.9, lat: 24.9 }],
    ['a point at a corner of the box incident points must fall in', { lon: 5.9, lat: 9.1 }],
  ])('frames the focus: %s is drawn whole inside the viewBox', (_, focus) => {
    const svg = locatorSvg({ focus, label: 'x', width: 320, height: 240 });
    const { width, height } = viewBox(svg);
    const c = focusCircle(svg);
    expect(c.cx - c.r).toBeGreaterThanOrEqual(0);
    expect(c.cy - c.r).toBeGreaterThanOrEqual(0);
    expect(c.cx + c.r).toBeLessThanOrEqual(width);
    expect(c.cy + c.r).toBeLessThanOrEqual(height);
  });

  it('zooms in around a focus and frames all of Mali without one', () => {
    const span = (svg: string) => {
      const xs = circles(svg)
        .filter((c) => c.attrs.includes('#b3261e'))
        .map((c) => c.cx);
      return Math.max(...xs) - Math.min(...xs);
    };
    const near = [
      { ...LERE, colour: '#b3261e' },
      { lon: LERE.lon + 1, lat: LERE.lat, colour: '#b3261e' },
    ];
    const zoomed = locatorSvg({ focus: LERE, points: near, label: 'x' });
    const whole = locatorSvg({ points: near, label: 'x' });
    expect(span(zoomed)).toBeGreaterThan(1.8 * span(whole));
    // Without a focus, every incident of the dataset (all in Mali) is inside the frame.
    const home = locatorSvg({ points: allPoints, label: 'x' });
    const { width, height } = viewBox(home);
    const drawn = circles(home).filter((c) => c.attrs.includes('#b3261e'));
    expect(drawn).toHaveLength(allPoints.length);
    for (const c of drawn) {
      expect(c.cx).toBeGreaterThan(0);
      expect(c.cx).toBeLessThan(width);
      expect(c.cy).toBeGreaterThan(0);
      expect(c.cy).toBeLessThan(height);
    }
  });

  it('names towns in the language asked, and a few of them only', () => {
    const fr = lere();
    const en = locatorSvg({ focus: LERE, lang: 'en', label: 'Léré' });
    expect(fr).toContain('>Tombouctou</text>');
    expect(en).toContain('>Timbuktu</text>');
    expect(en).not.toContain('>Tombouctou</text>');
    const towns = (svg: string) => [...svg.matchAll(/<text [^>]*>([^<]*)<\/text>/g)].length;
    expect(towns(fr)).toBeGreaterThanOrEqual(3);
    expect(towns(fr)).toBeLessThanOrEqual(5 + 7); // towns + country names
  });

  it('rounds coordinates to one decimal', () => {
    const svg = lere();
    const numbers = [...svg.matchAll(/ (?:d|cx|cy|r|x|y)="([^"]*)"/g)].map(([, v]) => v).join(' ');
    expect(numbers.length).toBeGreaterThan(1000);
    expect(numbers).not.toMatch(/\d\.\d\d/);
  });

  it('stays small: an incident’s locator under 8 KB (3 KB gzipped), the home one under 24 KB (6 KB)', () => {
    const incident = lere();
    expect(incident.length).toBeLessThan(8 * 1024);
    expect(gzipSync(incident).length).toBeLessThan(3 * 1024);
    const home = locatorSvg({ points: allPoints, label: 'Mali' });
    expect(home.length).toBeLessThan(24 * 1024);
    expect(gzipSync(home).length).toBeLessThan(6 * 1024);
  });
});
