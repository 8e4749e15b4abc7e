// After `vite build` and the SSR build: writes every prerendered page into dist/ — the home page
// and each incident's in each language, the embed pages, the methodology and data pages, oEmbed
// answers, the feeds and 404.html (see src/prerender.ts, which renders them).
// Configuration (build time): RECOUPE_BASE, RECOUPE_SITE_URL (the public address; without it no
// absolute URL is written — canonical links, og:url, og:image and oEmbed need it), RECOUPE_CONTACT
// (an e-mail address or a URL where readers report errors).
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CARD_LOCATOR, HOME_CARD_LOCATOR, renderCard, renderHomeCard } from '../geo/cards/card.mjs';
import { cardFileName } from '../geo/cards/file-name.mjs';
import { loadLocatorGeometry, locatorSvg } from '../geo/locator/locator.mjs';
import { contentPage } from './content.mjs';

const dist = 'dist';
const base = process.env.RECOUPE_BASE ?? '/';
const site = process.env.RECOUPE_SITE_URL || undefined;
const contact = process.env.RECOUPE_CONTACT || undefined;

const ssr = await import(pathToFileURL(join('.ssr', 'prerender.js')).href);
const manifest = JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8'));
const embedScript = `${base}${manifest['src/embed.ts'].file}`;
// The page's entry (src/boot.ts) only starts the app: the app's stylesheet belongs to the app's
// chunk (src/main.ts), which Vite would attach from JavaScript. Every page links it in its head
// instead, so a prerendered page is styled before any script (Vite's loader then sees the link and
// does not add it again).
const appCss = /** @type {string[]} */ (manifest['src/main.ts']?.css ?? []);
if (appCss.length === 0) throw new Error('prerender: the app chunk (src/main.ts) has no stylesheet');
const shell = readFileSync(join(dist, 'index.html'), 'utf8').replace(
  '</head>',
  `${appCss.map((f) => `  <link rel="stylesheet" crossorigin href="${base}${f}">\n`).join('')}  </head>`,
);
const index = ssr.parseIndex(JSON.parse(readFileSync(join(dist, 'data', 'index.json'), 'utf8')));
const recordsDir = join(dist, 'data', 'incidents');
const incidents = readdirSync(recordsDir)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => ssr.parseIncident(JSON.parse(readFileSync(join(recordsDir, f), 'utf8')), f));

// Every interface language the app registers (src/lib/i18n/locales.ts): nothing here names one.
const LANGS = /** @type {string[]} */ (ssr.LOCALES);

// The static pages' texts: src/content/<page>.<lang>.md where it exists; a language without its
// own text gets the first language's (the prerender falls back), and the build says so.
/** @param {string} name */
const page = (name) =>
  Object.fromEntries(
    LANGS.flatMap((lang) => {
      if (existsSync(join('src', 'content', `${name}.${lang}.md`)))
        return [[lang, contentPage(name, lang, base)]];
      console.warn(`prerender: no src/content/${name}.${lang}.md; the ${lang} page shows ${LANGS[0]} text`);
      return [];
    }),
  );
const pages = { methodology: page('methodology'), data: page('data') };

// Static locators (the map's stand-in until it draws) and preview cards, from the basemap data.
await loadLocatorGeometry();
const published = incidents.filter((/** @type {any} */ i) => !i.withdrawn);
const points = published.map((/** @type {any} */ i) => ({
  lon: i.place.lon,
  lat: i.place.lat,
  colour: ssr.levelColour(i),
  r: 2.2,
}));
/** @param {any} incident @param {string} lang @param {object} size */
const focusMap = (incident, lang, size = {}) =>
  locatorSvg({
    focus: { lon: incident.place.lon, lat: incident.place.lat, colour: ssr.levelColour(incident) },
    points: [],
    lang: ssr.dataLang(lang),
    label: ssr.locatorLabel(incident, lang),
    ...size,
  });
/** @type {Map<string, string>} */
const pageLocators = new Map();
for (const incident of incidents)
  for (const lang of LANGS) pageLocators.set(`${incident.id} ${lang}`, focusMap(incident, lang));
const homeLocators = Object.fromEntries(
  LANGS.map((lang) => [
    lang,
    locatorSvg({ points, lang: ssr.dataLang(lang), label: ssr.homeLocatorLabel(lang, published.length) }),
  ]),
);

// Cards are content-addressed (the file name hashes what they show), so an unchanged card is
// copied from the local cache instead of drawn again; a fresh clone draws them all.
const cache = join('node_modules', '.cache', 'recoupe-cards');
mkdirSync(cache, { recursive: true });
mkdirSync(join(dist, 'cards'), { recursive: true });
let drawn = 0;
/** @param {string} name @param {() => Promise<Buffer>} draw */
async function card(name, draw) {
  const cached = join(cache, name);
  if (!existsSync(cached)) {
    writeFileSync(cached, await draw());
    drawn++;
  }
  copyFileSync(cached, join(dist, 'cards', name));
  return `cards/${name}`;
}
/** @type {Map<string, string>} */
const cards = new Map();
const started = Date.now();
for (const incident of incidents) {
  for (const lang of LANGS) {
    const input = { ...ssr.cardInput(incident, lang), locatorSvg: focusMap(incident, lang, CARD_LOCATOR) };
    cards.set(
      `${incident.id} ${lang}`,
      await card(cardFileName(incident.id, lang, input), () => renderCard(input)),
    );
  }
}
for (const lang of LANGS) {
  const input = {
    ...ssr.homeCardInput(lang, published.length),
    locatorSvg: locatorSvg({
      points,
      lang: ssr.dataLang(lang),
      label: ssr.homeLocatorLabel(lang, published.length),
      ...HOME_CARD_LOCATOR,
    }),
  };
  cards.set(`home ${lang}`, await card(cardFileName('home', lang, input), () => renderHomeCard(input)));
}
console.log(
  `preview cards: ${cards.size} (${drawn} drawn in ${((Date.now() - started) / 1000).toFixed(1)} s, the rest from the cache)`,
);

const files = ssr.prerenderSite({
  shell,
  base,
  site,
  index,
  incidents,
  pages,
  embedScript,
  contact,
  today: new Date().toISOString().slice(0, 10),
  cards: {
    incident: (/** @type {string} */ id, /** @type {string} */ lang) => cards.get(`${id} ${lang}`),
    home: (/** @type {string} */ lang) => cards.get(`home ${lang}`),
  },
  locator: {
    incident: (/** @type {string} */ id, /** @type {string} */ lang) =>
      pageLocators.get(`${id} ${lang}`) ?? '',
    home: (/** @type {string} */ lang) => homeLocators[lang],
  },
});
for (const f of files) {
  const path = join(dist, f.path);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, f.content);
}
console.log(
  `prerendered ${files.length} files for ${incidents.length} incidents (site ${site ?? 'not set: no absolute URLs'}${base})`,
);
