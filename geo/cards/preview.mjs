// Renders the sample cards (geo/cards/samples.mjs) and their locators to look at, with sizes and
// times:   node geo/cards/preview.mjs [out-dir]      (default: ./card-preview, not committed)
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { Resvg } from '@resvg/resvg-js';
import { loadLocatorGeometry, locatorSvg } from '../locator/locator.mjs';
import { CARD_LOCATOR, HOME_CARD_LOCATOR, renderCard, renderHomeCard } from './card.mjs';
import { cardFileName } from './file-name.mjs';
import { HOME_FR, LERE_EN, LERE_FR, SAMPLE_PLACES, TINZAOUATEN_FR } from './samples.mjs';

const out = process.argv[2] ?? 'card-preview';
mkdirSync(out, { recursive: true });
const NOTO = 'node_modules/@expo-google-fonts/noto-sans/';
const fontFiles = [`${NOTO}400Regular/NotoSans_400Regular.ttf`, `${NOTO}700Bold/NotoSans_700Bold.ttf`];

const t0 = performance.now();
await loadLocatorGeometry();
console.log(`locator geometry: ${(performance.now() - t0).toFixed(0)} ms`);

const incidentsDir = new URL('../incidents/', import.meta.url);
const allPoints = readdirSync(incidentsDir)
  .filter((f) => /^\d{4}-.*\.json$/.test(f))
  .sort()
  .map((f) => JSON.parse(readFileSync(new URL(f, incidentsDir), 'utf8')).place)
  .map((p) => ({ lon: p.lon, lat: p.lat, colour: '#b3261e' }));

/** @param {string} name @param {string} svg */
function saveLocator(name, svg) {
  writeFileSync(join(out, `${name}.svg`), svg);
  const png = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: 3 },
    font: { fontFiles, loadSystemFonts: false, defaultFontFamily: 'Noto Sans' },
  })
    .render()
    .asPng();
  writeFileSync(join(out, `${name}.png`), png);
  console.log(`${name}.svg: ${svg.length} B raw, ${gzipSync(svg).length} B gzip`);
}

const lere = SAMPLE_PLACES.lere;
const tinz = SAMPLE_PLACES.tinzaouaten;
// The page's own locator (default 320×240) and the card's (CARD_LOCATOR).
saveLocator(
  'locator-lere',
  locatorSvg({
    focus: { ...lere, colour: '#b3261e' },
    points: [],
    lang: 'fr',
    label: 'Léré, région de Tombouctou',
  }),
);
saveLocator(
  'locator-home',
  locatorSvg({ points: allPoints, lang: 'fr', label: 'Les incidents sur la carte du Mali' }),
);
saveLocator(
  'locator-tinzaouaten-en',
  locatorSvg({ focus: { ...tinz, colour: '#b3261e' }, lang: 'en', label: 'Tinzaouaten, Kidal region' }),
);

const cards = [
  ['lere-fr', LERE_FR, lere],
  ['lere-en', LERE_EN, lere],
  ['tinzaouaten-fr', TINZAOUATEN_FR, tinz],
];
for (const [name, sample, place] of /** @type {[string, any, {lon: number, lat: number}][]} */ (cards)) {
  const input = {
    ...sample,
    locatorSvg: locatorSvg({
      focus: { ...place, colour: '#b3261e' },
      lang: sample.lang,
      label: sample.place,
      ...CARD_LOCATOR,
    }),
  };
  const times = [];
  /** @type {Buffer} */
  let png = Buffer.alloc(0);
  for (let i = 0; i < 5; i++) {
    const t = performance.now();
    png = await renderCard(input);
    times.push(performance.now() - t);
  }
  writeFileSync(join(out, `card-${name}.png`), png);
  console.log(
    `card-${name}.png: ${png.length} B; ms per card: first ${times[0]?.toFixed(0)}, then ${times
      .slice(1)
      .map((t) => t.toFixed(0))
      .join(', ')}; file name ${cardFileName(name, sample.lang, input)}`,
  );
}

const home = {
  ...HOME_FR,
  locatorSvg: locatorSvg({ points: allPoints, lang: 'fr', label: HOME_FR.title, ...HOME_CARD_LOCATOR }),
};
const t = performance.now();
const homePng = await renderHomeCard(home);
writeFileSync(join(out, 'card-home-fr.png'), homePng);
console.log(`card-home-fr.png: ${homePng.length} B, ${(performance.now() - t).toFixed(0)} ms`);
