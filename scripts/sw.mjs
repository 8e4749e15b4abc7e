// `npm run build`'s last step, after the prerender: writes the service worker (dist/sw.js) with
// vite-plugin-pwa's generateSW, from the options in vite.config.ts (see `offline()` there). It runs
// here rather than in `vite build` because it precaches a file the prerender writes (the offline
// shell). Then it checks the precache holds what offline reading needs and prints its weight.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { resolveConfig } from 'vite';

const dist = 'dist';
process.env.RECOUPE_SW = 'generate';
const config = await resolveConfig({}, 'build', 'production');
const pwa = config.plugins.find((p) => p.name === 'vite-plugin-pwa');
const api = /** @type {{ generateSW(): Promise<void>, disabled: boolean } | undefined} */ (pwa?.api);
if (!api || api.disabled) throw new Error('sw: vite-plugin-pwa is missing from vite.config.ts, or disabled');
await api.generateSW();

const precached = [...readFileSync(join(dist, 'sw.js'), 'utf8').matchAll(/\{url:"([^"]+)",revision:/g)].map(
  (m) => /** @type {string} */ (m[1]),
);
const required = [
  'shell.html',
  'manifest.webmanifest',
  'favicon.svg',
  // Every chunk of the app (the embed script runs in other sites' iframes, never under the worker).
  ...readdirSync(join(dist, 'assets'))
    .filter((f) => /\.(m?js|css)$/.test(f) && !f.startsWith('embed-'))
    .map((f) => `assets/${f}`),
  ...['Regular', 'SemiBold', 'Italic'].map((face) => `glyphs/Noto Sans ${face}/0-255.pbf`),
  'basemap/tiles/0/0/0.pbf',
  'basemap/tiles/4/7/7.pbf',
];
const missing = required.filter((f) => !precached.includes(f));
if (missing.length) {
  console.error(`sw: the precache lacks ${missing.join(', ')} (vite.config.ts, src/lib/offline/caches.ts)`);
  process.exit(1);
}
let raw = 0;
let gzip = 0;
for (const f of precached) {
  const bytes = readFileSync(join(dist, f));
  raw += bytes.length;
  gzip += gzipSync(bytes, { level: 9 }).length;
}
console.log(
  `sw: precache ${precached.length} files, ${(raw / 1024).toFixed(0)} kB (${(gzip / 1024).toFixed(0)} kB gzip)`,
);
