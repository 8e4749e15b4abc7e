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

const ssr = await import(pathToFileURL(join('.ssr', 'entry.js')).href);
const shell = readFileSync(join(dist, 'index.html'), 'utf8');
const incidents = ssr.incidentsFromGeoJSON(
  JSON.parse(readFileSync(join(dist, 'data', 'incidents.geojson'), 'utf8')),
);

/** @param {string} s */
const esc = (s) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** @param {{ title: string, description: string, url: string }} p */
function head(p) {
  return [
    `<title>${esc(p.title)}</title>`,
    `<meta name="description" content="${esc(p.description)}" />`,
    `<link rel="canonical" href="${esc(p.url)}" />`,
    `<meta property="og:type" content="article" />`,
    `<meta property="og:site_name" content="Recoupe" />`,
    `<meta property="og:locale" content="fr_FR" />`,
    `<meta property="og:title" content="${esc(p.title)}" />`,
    `<meta property="og:description" content="${esc(p.description)}" />`,
    `<meta property="og:url" content="${esc(p.url)}" />`,
    `<meta name="twitter:card" content="summary" />`,
  ].join('\n    ');
}

/** Replaces the shell's <title> and description with the page's own. @param {string} html @param {string} tags */
function withHead(html, tags) {
  return html
    .replace(/<title>[\s\S]*?<\/title>/, '')
    .replace(/<meta name="description"[^>]*>/, '')
    .replace('</head>', `    ${tags}\n  </head>`);
}

let pages = 0;
for (const incident of incidents) {
  const p = ssr.renderIncident(incident, { base, site, lang });
  const prerendered =
    `<div id="prerendered" class="prerendered">` +
    `<p class="prerendered-masthead"><a href="${esc(base)}">Recoupe</a></p>${p.body}</div>`;
  const html = withHead(shell, head(p)).replace(
    '<div id="app"></div>',
    `${prerendered}\n    <div id="app"></div>`,
  );
  const dir = join(dist, 'incidents', incident.id);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'index.html'), html);
  pages++;
}

// Static hosts serve 404.html for any missing path; the app then says what was not found.
writeFileSync(
  join(dist, '404.html'),
  shell.replace('</head>', '    <meta name="robots" content="noindex" />\n  </head>'),
);
console.log(`prerendered ${pages} incident pages and 404.html (site ${site}${base})`);
