import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadLocatorGeometry, locatorSvg } from '../../../geo/locator/locator.mjs';
import {
  CARD_LOCATOR,
  HOME_CARD_LOCATOR,
  cardElement,
  renderCard,
  renderHomeCard,
  type CardInput,
} from '../../../geo/cards/card.mjs';
import { cardFileName } from '../../../geo/cards/file-name.mjs';
import { HOME_FR, LERE_EN, LERE_FR, SAMPLE_PLACES, TINZAOUATEN_FR } from '../../../geo/cards/samples.mjs';
import { RESVG_VERSION, SATORI_VERSION } from '../../../geo/cards/version.mjs';

const MAX_BYTES = 300 * 1024;
const inputs: Record<string, CardInput> = {};

/** The PNG's chunks, in order: type and data. */
function chunks(png: Buffer) {
  expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  const out: { type: string; data: Buffer }[] = [];
  for (let at = 8; at < png.length;) {
    const length = png.readUInt32BE(at);
    out.push({ type: png.toString('latin1', at + 4, at + 8), data: png.subarray(at + 8, at + 8 + length) });
    at += 12 + length;
  }
  return out;
}

function size(png: Buffer) {
  const ihdr = chunks(png)[0]!;
  expect(ihdr.type).toBe('IHDR');
  return { width: ihdr.data.readUInt32BE(0), height: ihdr.data.readUInt32BE(4) };
}

/** Every text in an element tree, in order. */
function texts(node: unknown): string[] {
  if (typeof node === 'string') return [node];
  if (Array.isArray(node)) return node.flatMap(texts);
  if (node && typeof node === 'object' && 'props' in node)
    return texts((node as { props: { children?: unknown } }).props.children);
  return [];
}

beforeAll(async () => {
  await loadLocatorGeometry();
  for (const [name, sample, place] of [
    ['lere-fr', LERE_FR, SAMPLE_PLACES.lere],
    ['lere-en', LERE_EN, SAMPLE_PLACES.lere],
    ['tinzaouaten-fr', TINZAOUATEN_FR, SAMPLE_PLACES.tinzaouaten],
  ] as const) {
    inputs[name] = {
      ...sample,
      sides: [...sample.sides],
      locatorSvg: locatorSvg({
        focus: { ...place, colour: '#b3261e' },
        lang: sample.lang,
        label: sample.place,
        ...CARD_LOCATOR,
      }),
    };
  }
}, 60_000);

describe('link-preview card', () => {
  it.each(['lere-fr', 'lere-en', 'tinzaouaten-fr'])(
    '%s is a 1200×630 PNG under 300 KB, with no time stamp in it',
    async (name) => {
      const png = await renderCard(inputs[name]!);
      expect(size(png)).toEqual({ width: 1200, height: 630 });
      expect(png.length).toBeLessThan(MAX_BYTES);
      expect(chunks(png).map((c) => c.type)).not.toContain('tIME');
    },
    30_000,
  );

  it('gives the same bytes for the same input', async () => {
    const a = await renderCard(inputs['lere-fr']!);
    const b = await renderCard(structuredClone(inputs['lere-fr']!));
    expect(a.equals(b)).toBe(true);
    const c = await renderCard({
      ...inputs['lere-fr']!,
      title: 'Raid du CSP contre le camp militaire de Léré',
    });
    expect(c.equals(a)).toBe(false);
  }, 30_000);

  it('draws without a locator too', async () => {
    const { locatorSvg: _, ...rest } = inputs['lere-fr']!;
    expect(size(await renderCard(rest))).toEqual({ width: 1200, height: 630 });
  }, 30_000);

  it('lists up to six sides, then says how many more there are', () => {
    const six = texts(cardElement(inputs['tinzaouaten-fr']!));
    for (const side of TINZAOUATEN_FR.sides) expect(six).toContain(side.label);
    const eight = {
      ...inputs['tinzaouaten-fr']!,
      sides: [
        ...TINZAOUATEN_FR.sides,
        { label: 'ONU', colour: '#1f78b4', says: 'pas de bilan chiffré' },
        { label: 'Locaux', colour: '#8c5a3c', says: 'une quarantaine de morts' },
      ],
    };
    const listed = texts(cardElement(eight));
    const labels = eight.sides.map((s) => s.label).filter((l) => listed.includes(l));
    expect(labels).toEqual(['Armée', 'Rebelles', 'Jihadistes', 'Russie', 'Wagner']);
    expect(listed).toContain('+ 3 autres camps');
    const english = texts(cardElement({ ...eight, lang: 'en', more: LERE_EN.more }));
    expect(english).toContain('+ 3 more sides');
  });

  it('keeps French accents and typographic signs as given', () => {
    const all = texts(cardElement(inputs['tinzaouaten-fr']!)).join('\n');
    expect(all).toContain('Bataille de Tinzaouaten : lourdes pertes des FAMa et de Wagner');
    expect(all).toContain('pertes « importantes » après une tempête de sable, sans bilan chiffré');
    expect(all).toContain('Indépendants');
  });

  it('renders the home card at 1200×630 under 300 KB, the same bytes each time', async () => {
    const points = [
      { ...SAMPLE_PLACES.lere, colour: '#b3261e' },
      { ...SAMPLE_PLACES.tinzaouaten, colour: '#e0892b' },
    ];
    const input = {
      ...HOME_FR,
      locatorSvg: locatorSvg({ points, label: HOME_FR.title, ...HOME_CARD_LOCATOR }),
    };
    const a = await renderHomeCard(input);
    expect(size(a)).toEqual({ width: 1200, height: 630 });
    expect(a.length).toBeLessThan(MAX_BYTES);
    expect((await renderHomeCard(structuredClone(input))).equals(a)).toBe(true);
  }, 30_000);
});

describe('card file name', () => {
  it('is the id, the language and 8 hex', () => {
    expect(cardFileName('2023-09-17-lere', 'fr', LERE_FR)).toMatch(/^2023-09-17-lere-fr-[0-9a-f]{8}\.png$/);
  });

  it('changes when the title changes, and not otherwise', () => {
    const name = cardFileName('2023-09-17-lere', 'fr', LERE_FR);
    // Same content, built anew and with its keys in another order.
    const reordered = Object.fromEntries(Object.entries(structuredClone(LERE_FR)).reverse());
    expect(cardFileName('2023-09-17-lere', 'fr', reordered)).toBe(name);
    expect(cardFileName('2023-09-17-lere', 'fr', { ...LERE_FR, title: `${LERE_FR.title} ` })).not.toBe(name);
    expect(cardFileName('2023-09-17-lere', 'fr', { ...LERE_FR, title: 'Raid du CSP sur Léré' })).not.toBe(
      name,
    );
  });

  it('changes when what a side says changes, or the map', () => {
    const name = cardFileName('2023-09-17-lere', 'fr', LERE_FR);
    const sides = structuredClone(LERE_FR.sides);
    sides[1]!.says = '35 soldats maliens tués, 9 rebelles tués';
    expect(cardFileName('2023-09-17-lere', 'fr', { ...LERE_FR, sides })).not.toBe(name);
    expect(cardFileName('2023-09-17-lere', 'fr', { ...LERE_FR, locatorSvg: '<svg/>' })).not.toBe(name);
  });

  it('is hashed with the versions of satori and resvg actually installed', () => {
    const require = createRequire(import.meta.url);
    const version = (pkg: string) =>
      JSON.parse(readFileSync(require.resolve(`${pkg}/package.json`), 'utf8')).version as string;
    expect(SATORI_VERSION).toBe(version('satori'));
    expect(RESVG_VERSION).toBe(version('@resvg/resvg-js'));
  });
});
