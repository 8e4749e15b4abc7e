// Synthetic load for `npm run bench`: 10,000 and 100,000 made-up incidents in the dataset's
// schema (valid for parseIncident), seeded so every run draws the same ones. Written to a temp
// dir at bench time and served in place of data/incidents.geojson: never committed, never shipped.
import { chromium } from '@playwright/test';
import { createReadStream, mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { CHROMIUM } from './measure.mjs';

/** @param {number} seed */
function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SIDES = ['army', 'rebels', 'jihadists', 'russia', 'un', 'local'];
const TYPES = ['attack-on-base', 'ambush', 'clash', 'drone-strike', 'airstrike', 'ied'];
const REGIONS = ['Tombouctou', 'Gao', 'Kidal', 'Ménaka', 'Mopti', 'Taoudénit'];
const PLACES = ['Tinzaouaten', 'Kidal', 'Léré', 'Ber', 'Anéfis', 'Tessalit', 'Aguelhok', 'Ménaka', 'Gao'];

/**
 * `n` incidents as the GeoJSON the build publishes.
 * @param {number} n @param {number} [seed]
 */
export function syntheticGeoJSON(n, seed = 42) {
  const rnd = mulberry32(seed);
  const pick = (/** @type {string[]} */ xs) => /** @type {string} */ (xs[Math.floor(rnd() * xs.length)]);
  const start = Date.UTC(2012, 0, 1);
  const span = Date.UTC(2026, 0, 1) - start;
  const features = [];
  for (let k = 0; k < n; k++) {
    const date = new Date(start + Math.floor((rnd() * span) / 864e5) * 864e5).toISOString().slice(0, 10);
    const place = pick(PLACES);
    const lat = 14 + rnd() * 7;
    const lon = -5 + rnd() * 9;
    const sides = [...new Set(Array.from({ length: 1 + Math.floor(rnd() * 3) }, () => pick(SIDES)))];
    const claims = sides.map((side) => ({
      id: `${side}-1`,
      claimant: `${side} spokesperson`,
      side,
      stance: 'statement',
      date,
      language: 'fr',
      summary: { fr: `Bilan selon ${side} à ${place}.`, en: `Toll according to ${side} at ${place}.` },
      figures: [
        { measure: 'killed', group: pick(['army', 'rebels', 'civilians']), value: Math.floor(rnd() * 60) },
      ],
      sources: [{ url: `https://example.org/${k}/${side}`, outlet: 'Example', language: 'fr' }],
    }));
    const id = `${date}-synthetic-${k}`;
    features.push({
      type: 'Feature',
      id: k + 1,
      geometry: { type: 'Point', coordinates: [lon, lat] },
      properties: {
        id,
        date: { start: date, precision: 'day' },
        title: { fr: `Incident synthétique ${k} à ${place}`, en: `Synthetic incident ${k} at ${place}` },
        place: {
          name: place,
          region: pick(REGIONS),
          lat,
          lon,
          precision_km: rnd() < 0.2 ? 10 + Math.floor(rnd() * 40) : 1,
          precision_note: { fr: 'Synthétique.', en: 'Synthetic.' },
        },
        types: [pick(TYPES)],
        parties: ['FAMa'],
        verification: { fr: 'Données de test.', en: 'Test data.' },
        disagreements: [],
        claims,
      },
    });
  }
  return JSON.stringify({ type: 'FeatureCollection', features });
}

/**
 * @typedef {{ incidentsFromGeoJSON: (json: unknown) => unknown[], buildIndex: (i: unknown[]) => unknown,
 *   applyFilters: (index: unknown, f: Record<string, unknown>) => unknown[] }} Modules
 * @typedef {{ incidents: number, geojsonMB: number, timeToDataIdleMs: number, dataFetchedMs: number,
 *   fetchedToFirstSetDataMs: number, heapMB: number, filterStepMs: Record<string, number>,
 *   filterStepMedianMs: number, filterStepMaxMs: number, appUntilSetDataMedianMs: number,
 *   repaintToIdleMs: number, node: { parseIncidentMs: number, buildIndexMs: number, applyFiltersMs: number } }} SyntheticResult
 * @typedef {{ dataIdleMs: number, dataFetchedMs: number, firstSetDataMs: number, heapMB: number,
 *   steps: number[], appSteps: number[], repaintMs: number }} BrowserSample
 */

/**
 * Bundles the app's own parser and filter modules for Node, to time them without a browser.
 * @param {string} dir @returns {Promise<Modules>}
 */
async function loadModules(dir) {
  const entry = join(dir, 'entry.ts');
  writeFileSync(
    entry,
    `export { incidentsFromGeoJSON } from '${process.cwd()}/src/lib/data/load';\n` +
      `export { buildIndex } from '${process.cwd()}/src/lib/filters/index';\n` +
      `export { applyFilters } from '${process.cwd()}/src/lib/filters/apply';\n`,
  );
  await build({
    configFile: false,
    logLevel: 'silent',
    // Bundle dependencies too: the temp dir has no node_modules to resolve them from.
    ssr: { noExternal: true },
    build: {
      ssr: entry,
      outDir: join(dir, 'out'),
      emptyOutDir: true,
      rollupOptions: { output: { entryFileNames: 'm.mjs' } },
    },
  });
  return import(join(dir, 'out', 'm.mjs'));
}

/**
 * Milliseconds to validate (parseIncident) and index `json` in Node, one run.
 * @param {Modules} mods @param {string} json
 */
async function nodeCosts(mods, json) {
  let t = performance.now();
  const incidents = mods.incidentsFromGeoJSON(JSON.parse(json));
  const parseMs = performance.now() - t;
  t = performance.now();
  const index = mods.buildIndex(incidents);
  const indexMs = performance.now() - t;
  t = performance.now();
  mods.applyFilters(index, { side: ['jihadists'], q: 'kidal' });
  const filterMs = performance.now() - t;
  return { parseMs, indexMs, filterMs };
}

/**
 * Serves the temp dir's files on a free local port.
 * @param {string} dir @returns {Promise<{ origin: string, close: () => void }>}
 */
function serveDir(dir) {
  const server = createServer((req, res) => {
    const name = (req.url ?? '').replace(/^\//, '');
    if (!/^incidents-\d+\.geojson$/.test(name)) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': 'application/geo+json' });
    createReadStream(join(dir, name)).pipe(res);
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
      resolve({ origin: `http://127.0.0.1:${port}`, close: () => server.close() });
    }),
  );
}

/** The filter steps timed in the browser: URL changes the app reads as Back/Forward would. */
const STEPS = [
  '?side=jihadists',
  '?side=jihadists&region=Kidal',
  '?contested=1',
  '?q=tinzaouatene',
  '?as=army',
  '?from=2020-01-01&to=2020-12-31',
  '',
];

/**
 * One fresh browser: load the app with `file` as the data, then apply each filter step and time
 * it until the map's next idle after setData (IncidentLayer's `recoupe:data-idle` mark).
 * @param {{ url: string, dataUrl: string }} o
 * @returns {Promise<BrowserSample>}
 */
async function measureBrowser({ url, dataUrl }) {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--disable-quic'] });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    // Redirected at the network layer, not fulfilled through DevTools: 100,000 incidents are
    // more than the DevTools pipe's 100 MB message limit.
    await page.route('**/data/incidents.geojson', (route) => route.continue({ url: dataUrl }));
    await page.goto(url);
    await page.waitForFunction(() => performance.getEntriesByName('recoupe:data-idle').length > 0, null, {
      timeout: 300_000,
      polling: 100,
    });
    const load = await page.evaluate(() => {
      const data = /** @type {PerformanceResourceTiming[]} */ (performance.getEntriesByType('resource')).find(
        (r) => r.name.includes('incidents.geojson'),
      );
      return {
        dataIdleMs: performance.getEntriesByName('recoupe:data-idle')[0]?.startTime ?? NaN,
        dataFetchedMs: data?.responseEnd ?? NaN,
        firstSetDataMs: performance.getEntriesByName('recoupe:set-data')[0]?.startTime ?? NaN,
      };
    });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    /** @type {number[]} */
    const steps = [];
    /** @type {number[]} */
    const appSteps = [];
    for (const search of STEPS) {
      const ms = await page.evaluate(async (s) => {
        const before = performance.getEntriesByName('recoupe:data-idle').length;
        const t0 = performance.now();
        history.pushState(null, '', location.pathname + s);
        dispatchEvent(new PopStateEvent('popstate'));
        // A step that never reaches idle is reported as NaN rather than hanging the bench.
        while (performance.getEntriesByName('recoupe:data-idle').length === before) {
          if (performance.now() - t0 > 60_000) return [NaN, NaN];
          await new Promise((r) => setTimeout(r, 5));
        }
        const last = (/** @type {string} */ name) =>
          performance.getEntriesByName(name).at(-1)?.startTime ?? NaN;
        return [last('recoupe:set-data') - t0, last('recoupe:data-idle') - t0];
      }, search);
      steps.push(ms[1] ?? NaN);
      appSteps.push(ms[0] ?? NaN);
    }
    // What one software-rendered frame costs here, to read the steps against.
    const repaintMs = await page.evaluate(async () => {
      const map = /** @type {any} */ (window).recoupeMap;
      const t0 = performance.now();
      map.triggerRepaint();
      await new Promise((r) => map.once('idle', r));
      return performance.now() - t0;
    });
    return { ...load, heapMB: usedSize / 2 ** 20, steps, appSteps, repaintMs };
  } finally {
    await browser.close();
  }
}

/**
 * Runs the synthetic load for each size: Node costs (parse, index, one filter) and `runs` fresh
 * browsers; returns medians.
 * @param {{ url: string, sizes?: number[], runs: number, median: (xs: number[]) => number }} o
 * @returns {Promise<Record<string, SyntheticResult>>}
 */
export async function benchSynthetic({ url, sizes = [10_000, 100_000], runs, median }) {
  const dir = mkdtempSync(join(tmpdir(), 'recoupe-synthetic-'));
  const dataServer = await serveDir(dir);
  /** @type {Record<string, SyntheticResult>} */
  const out = {};
  try {
    const mods = await loadModules(dir);
    for (const n of sizes) {
      const json = syntheticGeoJSON(n);
      const file = join(dir, `incidents-${n}.geojson`);
      writeFileSync(file, json);
      const node = await nodeCosts(mods, json);
      /** @type {BrowserSample[]} */
      const samples = [];
      for (let i = 0; i < runs; i++) {
        samples.push(await measureBrowser({ url, dataUrl: `${dataServer.origin}/incidents-${n}.geojson` }));
        console.log(
          `synthetic ${n}: run ${i + 1}/${runs}`,
          samples
            .at(-1)
            ?.steps.map((x, j) => `${Math.round(x)} (app ${Math.round(samples.at(-1)?.appSteps[j] ?? NaN)})`)
            .join(', '),
        );
      }
      const at = (/** @type {(s: BrowserSample) => number} */ f) => median(samples.map(f));
      const stepMedians = STEPS.map((_, j) => at((s) => s.steps[j] ?? NaN));
      out[String(n)] = {
        incidents: n,
        geojsonMB: json.length / 2 ** 20,
        timeToDataIdleMs: at((s) => s.dataIdleMs),
        dataFetchedMs: at((s) => s.dataFetchedMs),
        fetchedToFirstSetDataMs: at((s) => s.firstSetDataMs - s.dataFetchedMs),
        heapMB: at((s) => s.heapMB),
        filterStepMs: Object.fromEntries(STEPS.map((s, j) => [s || '(clear)', stepMedians[j] ?? NaN])),
        filterStepMedianMs: median(stepMedians),
        filterStepMaxMs: Math.max(...stepMedians),
        // URL change → setData: filtering, Svelte updates, list and feature building (main thread).
        appUntilSetDataMedianMs: median(STEPS.map((_, j) => at((s) => s.appSteps[j] ?? NaN))),
        repaintToIdleMs: at((s) => s.repaintMs),
        node: { parseIncidentMs: node.parseMs, buildIndexMs: node.indexMs, applyFiltersMs: node.filterMs },
      };
    }
  } finally {
    dataServer.close();
    rmSync(dir, { recursive: true, force: true });
  }
  return out;
}
