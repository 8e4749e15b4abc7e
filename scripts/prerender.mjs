// After `vite build` and the SSR build: writes every prerendered page into dist/ — the home page
// and each incident's in each language, the embed pages, the methodology and data pages, oEmbed
// answers, the feeds and 404.html (see src/prerender.ts, which renders them).
// Configuration (build time): RECOUPE_BASE, RECOUPE_SITE_URL (the public address; without it no
// absolute URL is written — canonical links, og:url, og:image and oEmbed need it), RECOUPE_CONTACT
// (an e-mail address or a URL where readers report errors).
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { marked } from 'marked';

const dist = 'dist';
const base = process.env.RECOUPE_BASE ?? '/';
const site = process.env.RECOUPE_SITE_URL || undefined;
const contact = process.env.RECOUPE_CONTACT || undefined;

const ssr = await import(pathToFileURL(join('.ssr', 'prerender.js')).href);
const shell = readFileSync(join(dist, 'index.html'), 'utf8');
const index = ssr.parseIndex(JSON.parse(readFileSync(join(dist, 'data', 'index.json'), 'utf8')));
const recordsDir = join(dist, 'data', 'incidents');
const incidents = readdirSync(recordsDir)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => ssr.parseIncident(JSON.parse(readFileSync(join(recordsDir, f), 'utf8')), f));

/** @param {string} name @param {string} lang */
function page(name, lang) {
  const prefix = lang === 'fr' ? base : `${base}${lang}/`;
  const md = readFileSync(join('src', 'content', `${name}.${lang}.md`), 'utf8').replaceAll('{base}', prefix);
  return /** @type {string} */ (marked.parse(md, { async: false }));
}
const pages = {
  methodology: { fr: page('methodology', 'fr'), en: page('methodology', 'en') },
  data: { fr: page('data', 'fr'), en: page('data', 'en') },
};

const manifest = JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8'));
const embedScript = `${base}${manifest['src/embed.ts'].file}`;

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
});
for (const f of files) {
  const path = join(dist, f.path);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, f.content);
}
console.log(
  `prerendered ${files.length} files for ${incidents.length} incidents (site ${site ?? 'not set: no absolute URLs'}${base})`,
);
