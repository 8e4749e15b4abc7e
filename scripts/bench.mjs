// `npm run bench`: builds the app, serves dist/ with scripts/serve.mjs (precompressed files, as a
// well-configured host would), and measures issue 13's targets over emulated mobile links in a
// fresh browser context per run (empty cache, no service worker), median of `--runs`. Prints a
// table beside issue 13's earlier figures (and a previous run's, with `--compare <name>`), then a
// synthetic load, and writes JSON to bench/results/<name>.json.
// A benchmark, not a test: it asserts nothing and is not part of `npm test`.
import { chromium } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { serve } from './serve.mjs';
import { normaliseBase } from '../src/lib/url/base.js';
import { CHROMIUM, median } from './bench/measure.mjs';
import { MEASUREMENTS, format, meets, table } from './bench/measurements.mjs';
import { benchSynthetic } from './bench/synthetic.mjs';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    'no-build': { type: 'boolean', default: false },
    // Synthetic dataset sizes (comma-separated; "0" to skip): made up at bench time, never shipped.
    synthetic: { type: 'string', default: '10000' },
    'synthetic-only': { type: 'boolean', default: false },
    name: { type: 'string', default: 'latest' },
    compare: { type: 'string' },
    // Serve every file as it is, ignoring the build's compressed copies: the baseline that shows
    // what precompression buys.
    uncompressed: { type: 'boolean', default: false },
  },
});
const runs = Number(values.runs);
const base = normaliseBase(process.env.RECOUPE_BASE ?? '/');
const resultFile = (/** @type {string} */ name) => `bench/results/${name}.json`;

if (!values['no-build']) {
  const r = spawnSync('npm', ['run', '--silent', 'build'], { stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

/** @type {Record<string, { median: number } | undefined> | undefined} */
let previous;
if (values.compare) {
  if (!existsSync(resultFile(values.compare))) throw new Error(`no ${resultFile(values.compare)} to compare`);
  previous = JSON.parse(readFileSync(resultFile(values.compare), 'utf8')).metrics;
}

// A free port: other worktrees may run their own bench or tests on this machine.
const server = await serve({ dir: 'dist', port: 0, base, precompressed: !values.uncompressed });
const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
const origin = `http://127.0.0.1:${port}${base}`;
const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--disable-quic'] });
const started = Date.now();
// Timings depend on what else the machine runs: the load is printed and kept with the figures.
const loadBefore = loadavg()[0] ?? NaN;
/** @type {Record<string, { median: number, min: number, max: number, samples: number[], target?: number, pass?: boolean }>} */
const metrics = {};
/** @type {Record<string, unknown>} */
const detail = {};
/** @type {Record<string, import('./bench/synthetic.mjs').SyntheticResult>} */
let synthetic = {};
try {
  for (const m of values['synthetic-only'] ? [] : MEASUREMENTS) {
    /** @type {Record<string, number[]>} */
    const samples = Object.fromEntries(m.metrics.map((x) => [x.id, []]));
    for (let i = 0; i < runs; i++) {
      try {
        const r = await m.run({ browser, url: (path) => origin + path });
        for (const x of m.metrics) samples[x.id]?.push(r.values[x.id] ?? NaN);
        if (r.detail && !detail[m.name]) detail[m.name] = r.detail;
      } catch (e) {
        // A run that times out counts as missing, not as a number.
        console.log(`${m.name}: run ${i + 1} failed: ${e instanceof Error ? e.message.split('\n')[0] : e}`);
        for (const x of m.metrics) samples[x.id]?.push(NaN);
      }
    }
    for (const x of m.metrics) {
      const xs = (samples[x.id] ?? []).filter((n) => !Number.isNaN(n));
      const med = median(xs);
      metrics[x.id] = {
        median: med,
        min: Math.min(...xs),
        max: Math.max(...xs),
        samples: samples[x.id] ?? [],
        ...(x.target !== undefined ? { target: x.target, pass: meets(x, med) } : {}),
      };
    }
    console.log(`measured: ${m.name} (${((Date.now() - started) / 1000).toFixed(0)} s)`);
  }

  if (Object.keys(metrics).length) {
    console.log(
      `\nRecoupe at ${origin}${values.uncompressed ? ' (files sent uncompressed)' : ''} — ` +
        `median of ${runs} fresh-context runs ` +
        `(load average ${loadBefore.toFixed(1)} → ${(loadavg()[0] ?? NaN).toFixed(1)} on this machine)\n`,
    );
    console.log(table(metrics, previous && { name: values.compare ?? '', metrics: previous }));
  }
  const home = /** @type {{ byKind?: Record<string, number> } | undefined} */ (
    detail[MEASUREMENTS[0]?.name ?? '']
  );
  if (home?.byKind) {
    console.log('\ntransferred on the home page at 1.6 Mbit/s, by kind (first run):');
    for (const [k, n] of Object.entries(home.byKind).sort((a, b) => b[1] - a[1]))
      console.log(`  ${k.padEnd(14)} ${format('bytes', n).padStart(10)}`);
  }

  const sizes = values.synthetic
    .split(',')
    .map(Number)
    .filter((n) => n > 0);
  if (sizes.length) {
    synthetic = await benchSynthetic({ url: origin, sizes, runs, median });
    for (const [n, r] of Object.entries(synthetic)) {
      const ms = (/** @type {number} */ x) => `${x.toFixed(0)} ms`;
      console.log(`\nsynthetic ${n} incidents (no throttling) — median of ${runs} fresh-browser runs`);
      console.table({
        'time to map idle with data': ms(r.timeToDataIdleMs),
        'index fetched → first setData (check, index, features)': ms(r.fetchedToFirstSetDataMs),
        'JS heap after GC': `${r.heapMB.toFixed(1)} MB`,
        'filter step, URL → map idle (median of steps)': `${ms(r.filterStepMedianMs)}  (target ≤ 100 ms at 10,000)`,
        'filter step, slowest': ms(r.filterStepMaxMs),
        'of which URL → setData (app work)': ms(r.appUntilSetDataMedianMs),
        'one repaint → idle (software WebGL floor)': ms(r.repaintToIdleMs),
        'Node: parseIndex': ms(r.node.parseIndexMs),
        'Node: buildIndex': ms(r.node.buildIndexMs),
        'Node: applyFilters': ms(r.node.applyFiltersMs),
      });
    }
  }
} finally {
  await browser.close();
  server.close();
}

mkdirSync('bench/results', { recursive: true });
const load = { before: loadBefore, after: loadavg()[0] ?? NaN };
const report = {
  date: new Date().toISOString(),
  runs,
  base,
  uncompressed: values.uncompressed,
  load,
  metrics,
  detail,
  synthetic,
};
writeFileSync(resultFile(values.name), JSON.stringify(report, null, 2) + '\n');
console.log(
  `\nwritten ${resultFile(values.name)} (${((Date.now() - started) / 1000).toFixed(0)} s measuring)`,
);
