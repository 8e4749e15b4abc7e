// `npm run bench`: builds the app, serves dist/ locally, opens pages in a fresh headless Chromium
// several times and prints medians as a table, and as JSON in bench/results/latest.json.
// A benchmark, not a test: it asserts nothing; targets are shown beside the numbers.
// Sizes are gzip -9 of the files the first view requested (what a static host would send).
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { serve } from './serve.mjs';
import { bytesBeforeReadable, measureLoad, median } from './bench/measure.mjs';
import { benchSynthetic } from './bench/synthetic.mjs';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    'no-build': { type: 'boolean', default: false },
    // Synthetic dataset sizes (comma-separated; "0" to skip): made up at bench time, never shipped.
    synthetic: { type: 'string', default: '10000,100000' },
  },
});
const runs = Number(values.runs);
const base = process.env.RECOUPE_BASE ?? '/';
const port = 4399;

if (!values['no-build']) {
  const r = spawnSync('npm', ['run', '--silent', 'build'], { stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

const server = await serve({ dir: 'dist', port, base });
const pages = [
  { name: 'home', path: '' },
  { name: 'lere', path: 'incidents/2023-09-17-lere/' },
];
/** @type {Record<string, unknown>} */
const report = { date: new Date().toISOString(), runs, pages: {} };

const kb = (/** @type {number} */ n) => `${(n / 1024).toFixed(1)} kB`;
try {
  for (const { name, path } of pages) {
    const samples = [];
    for (let i = 0; i < runs; i++) {
      samples.push(
        await measureLoad({ url: `http://127.0.0.1:${port}${base}${path}`, base, distDir: 'dist' }),
      );
    }
    const first = samples[0];
    if (!first) continue;
    const gz = first.gz; // transfer sizes are the same every run (same files)
    const sum = (/** @type {string[]} */ keys) => keys.reduce((n, k) => n + (gz[k] ?? 0), 0);
    const result = {
      mapIdleMs: median(samples.map((s) => s.mapIdleMs ?? NaN)),
      heapMB: median(samples.map((s) => s.heapMB)),
      gzipBytes: { ...gz, total: sum(Object.keys(gz)) },
      beforeReadableBytes: bytesBeforeReadable('dist', path),
      requests: first.requests,
    };
    /** @type {Record<string, unknown>} */ (report.pages)[name] = result;
    console.log(`\n${name} (${base}${path}) — median of ${runs} fresh-browser runs`);
    console.table({
      'time to first map idle': `${result.mapIdleMs.toFixed(0)} ms`,
      'JS heap after GC': `${result.heapMB.toFixed(1)} MB`,
      'before readable (HTML + blocking CSS)': `${kb(result.beforeReadableBytes)}  (target ≤ 40 kB)`,
      'JS: app': `${kb(gz.js_app ?? 0)}  (target ≤ 60 kB)`,
      'JS: Svelte runtime': kb(gz.js_svelte ?? 0),
      'JS: MapLibre + worker': kb(gz.js_maplibre ?? 0),
      CSS: kb(gz.css ?? 0),
      'incident data': kb(gz.data ?? 0),
      'basemap tiles': kb(gz.basemap_tiles ?? 0),
      'basemap glyphs': kb(gz.glyphs ?? 0),
      'basemap total (initial view)': `${kb(sum(['basemap_tiles', 'glyphs']))}  (target ≤ 250 kB)`,
      HTML: kb(gz.html ?? 0),
      total: kb(result.gzipBytes.total),
    });
  }
  const sizes = values.synthetic
    .split(',')
    .map(Number)
    .filter((n) => n > 0);
  if (sizes.length) {
    const synthetic = await benchSynthetic({ url: `http://127.0.0.1:${port}${base}`, sizes, runs, median });
    report.synthetic = synthetic;
    for (const [n, r] of Object.entries(synthetic)) {
      const ms = (/** @type {number} */ x) => `${x.toFixed(0)} ms`;
      console.log(`\nsynthetic ${n} incidents — median of ${runs} fresh-browser runs`);
      console.table({
        'time to map idle with data': ms(r.timeToDataIdleMs),
        'data fetched → first setData (parse, validate, index, features)': ms(r.fetchedToFirstSetDataMs),
        'JS heap after GC': `${r.heapMB.toFixed(1)} MB`,
        'filter step, URL → map idle (median of steps)': `${ms(r.filterStepMedianMs)}  (target ≤ 100 ms at 10,000)`,
        'filter step, slowest': ms(r.filterStepMaxMs),
        'of which URL → setData (app work)': ms(r.appUntilSetDataMedianMs),
        'one repaint → idle (software WebGL floor)': ms(r.repaintToIdleMs),
        'Node: parseIncident × n': ms(r.node.parseIncidentMs),
        'Node: buildIndex': ms(r.node.buildIndexMs),
        'Node: applyFilters': ms(r.node.applyFiltersMs),
      });
    }
  }
} finally {
  server.close();
}

mkdirSync('bench/results', { recursive: true });
writeFileSync('bench/results/latest.json', JSON.stringify(report, null, 2) + '\n');
console.log('\nwritten bench/results/latest.json');
