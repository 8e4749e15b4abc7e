// After `vite build`: writes one page per incident (dist/incidents/<id>/index.html) with its
// title, Open Graph tags, canonical link and the versions as plain HTML, and dist/404.html.
// Both boot the app, which takes over from the static versions once its data is loaded.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const dist = 'dist';
const base = process.env.RECOUPE_BASE ?? '/';
// og:url and canonical links must be absolute: the public address of the site.
const site = process.env.RECOUPE_SITE_URL ?? 'http://127.0.0.1:4173';
const lang = 'fr';

const ssr = await import(pathToFileURL(join('.ssr', 'prerender.js')).href);
const shell = readFileSync(join(dist, 'index.html'), 'utf8');
const incidents = ssr.incidentsFromFeatureCollection(
  JSON.parse(readFileSync(join(dist, 'data', 'incidents.geojson'), 'utf8')),
);

let pages = 0;
for (const incident of incidents) {
  const html = ssr.incidentPage(shell, ssr.renderIncident(incident, { base, site, lang }), base);
  const dir = join(dist, 'incidents', incident.id);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'index.html'), html);
  pages++;
}

// Static hosts serve 404.html for any missing path; the app then says what was not found.
writeFileSync(join(dist, '404.html'), ssr.notFoundPage(shell));
console.log(`prerendered ${pages} incident pages and 404.html (site ${site}${base})`);
