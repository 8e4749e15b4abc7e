// Synthetic load for `npm run bench`: 10,000 (and on request 100,000) made-up incidents in the
// dataset's schema, seeded so every run draws the same ones. They go through the app's own parser
// and digest, and the light index they make (what the build publishes as data/index.json) is
// written to a temp dir at bench time and served in its place: never committed, never shipped.
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
 * `n` incident files' contents (valid for parseIncident), oldest first.
 * @param {number} n @param {number} [seed]
 */
export function syntheticIncidents(n, seed = 42) {
  const rnd = mulberry32(seed);
  const pick = (/** @type {string[]} */ xs) => /** @type {string} */ (xs[Math.floor(rnd() * xs.length)]);
  const start = Date.UTC(2012, 0, 1);
  const span = Date.UTC(2026, 0, 1) - start;
  const incidents = [];
  for (let k = 0; k < n; k++) {
    const date = new Date(start + Math.floor((rnd() * span) / 864e5) * 864e5).toISOString().slice(0, 10);
    const place = pick(PLACES);
    const sides = [...new Set(Array.from({ length: 1 + Math.floor(rnd() * 3) }, () => pick(SIDES)))];
    const claims = sides.map((side) => ({
      id: `${side}-1`,
      claimant: { fr: `Porte-parole (${side})`, en: `${side} spokesperson` },
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
    incidents.push({
      id: `${date}-synthetic-${k}`,
      published: '2026-01-01',
      date: { start: date, precision: 'day' },
      title: { fr: `Incident synthétique ${k} à ${place}`, en: `Synthetic incident ${k} at ${place}` },
      place: {
        name: place,
        region: pick(REGIONS),
        lat: 14 + rnd() * 7,
        lon: -5 + rnd() * 9,
        precision_km: rnd() < 0.2 ? 10 + Math.floor(rnd() * 40) : 1,
        precision_note: { fr: 'Synthétique.', en: 'Synthetic.' },
        located_by: { fr: 'Point tiré au hasard.', en: 'A random point.' },
      },
      types: [pick(TYPES)],
      parties: ['FAMa'],
      verification: { fr: 'Données de test.', en: 'Test data.' },
      disagreements: [],
      claims,
    });
  }
  return incidents.sort((a, b) => a.date.start.localeCompare(b.date.start) || a.id.localeCompare(b.id));
}

/**
 * @typedef {{ parseIncident: (json: unknown, file?: string) => unknown,
 *   digestOf: (incident: unknown) => unknown, parseIndex: (json: unknown) => { incidents: unknown[] },
 *   buildIndex: (digests: unknown[]) => unknown,
 *   applyFilters: (index: unknown, f: Record<string, unknown>) => unknown[] }} Modules
 * @typedef {{ incidents: number, indexMB: number, timeToDataIdleMs: number, dataFetchedMs: number,
 *   fetchedToFirstSetDataMs: number, heapMB: number, filterStepMs: Record<string, number>,
 *   filterStepMedianMs: number, filterStepMaxMs: number, appUntilSetDataMedianMs: number,
 *   repaintToIdleMs: number, node: { parseIndexMs: number, buildIndexMs: number, applyFiltersMs: number } }} SyntheticResult
 * @typedef {{ dataIdleMs: number, dataFetchedMs: number, firstSetDataMs: number, heapMB: number,
 *   steps: number[], appSteps: number[], repaintMs: number }} BrowserSample
 */

/** What the bench takes from the app, and where (the app's own pipeline, not a copy of it). */
export const APP_MODULES = {
  parseIncident: 'src/lib/incidents/parse.ts',
  'digestOf, parseIndex': 'src/lib/incidents/digest.ts',
  buildIndex: 'src/lib/explore/entries.ts',
  applyFilters: 'src/lib/explore/apply.ts',
};

/**
 * Bundles the app's own parser, digest and filter modules for Node, to make the synthetic index
 * as the build would and to time the app's work on it without a browser.
 * @param {string} dir @returns {Promise<Modules>}
 */
async function loadModules(dir) {
  const entry = join(dir, 'entry.ts');
  writeFileSync(
    entry,
    Object.entries(APP_MODULES)
      .map(([names, path]) => `export { ${names} } from '${process.cwd()}/${path}';\n`)
      .join(''),
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
 * The light index (data/index.json's content) of `n` synthetic incidents, made by the app's own
 * parser and digest.
 * @param {Modules} mods @param {number} n
 */
function syntheticIndex(mods, n) {
  const digests = syntheticIncidents(n).map((i) => mods.digestOf(mods.parseIncident(i, `${i.id}.json`)));
  return JSON.stringify({ incidents: digests, withdrawn: [] }) + '\n';
}

/**
 * Milliseconds to check (parseIndex), index and filter `json` in Node, one run.
 * @param {Modules} mods @param {string} json
 */
async function nodeCosts(mods, json) {
  let t = performance.now();
  const { incidents } = mods.parseIndex(JSON.parse(json));
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
    if (!/^index-\d+\.json$/.test(name)) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' });
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
 * One fresh browser: load the app with `dataUrl` as its index, then apply each filter step and
 * time it until the map's next idle after setData (IncidentLayer's `recoupe:data-idle` mark).
 * @param {{ url: string, dataUrl: string }} o
 * @returns {Promise<BrowserSample>}
 */
async function measureBrowser({ url, dataUrl }) {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--disable-quic'] });
  try {
    const context = await browser.newContext({
      viewport: { width: 1280, height: 800 },
      serviceWorkers: 'block',
    });
    const page = await context.newPage();
    // The home page carries the real index in its state: removed as the parser adds it (before
    // the app's deferred script runs), the app starts afresh and fetches data/index.json, which is
    // the synthetic one. (Answering the page through a route instead would make Chromium treat it
    // as a public page, which may not fetch from this machine's other port.)
    await page.addInitScript(() => {
      new MutationObserver((_, observer) => {
        const state = document.getElementById('recoupe-state');
        if (!state) return;
        state.remove();
        observer.disconnect();
      }).observe(document, { childList: true, subtree: true });
    });
    // Redirected at the network layer, not fulfilled through DevTools: 100,000 incidents are
    // more than the DevTools pipe's 100 MB message limit.
    await page.route('**/data/index.json', (route) => route.continue({ url: dataUrl }));
    await page.goto(url);
    await page.waitForFunction(() => performance.getEntriesByName('recoupe:data-idle').length > 0, null, {
      timeout: 300_000,
      polling: 100,
    });
    const load = await page.evaluate(() => {
      const data = /** @type {PerformanceResourceTiming[]} */ (performance.getEntriesByType('resource')).find(
        (r) => r.name.endsWith('/data/index.json'),
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
export async function benchSynthetic({ url, sizes = [10_000], runs, median }) {
  const dir = mkdtempSync(join(tmpdir(), 'recoupe-synthetic-'));
  const dataServer = await serveDir(dir);
  /** @type {Record<string, SyntheticResult>} */
  const out = {};
  try {
    const mods = await loadModules(dir);
    for (const n of sizes) {
      const json = syntheticIndex(mods, n);
      writeFileSync(join(dir, `index-${n}.json`), json);
      const node = await nodeCosts(mods, json);
      /** @type {BrowserSample[]} */
      const samples = [];
      for (let i = 0; i < runs; i++) {
        samples.push(await measureBrowser({ url, dataUrl: `${dataServer.origin}/index-${n}.json` }));
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
        indexMB: json.length / 2 ** 20,
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
        node: { parseIndexMs: node.parseMs, buildIndexMs: node.indexMs, applyFiltersMs: node.filterMs },
      };
    }
  } finally {
    dataServer.close();
    rmSync(dir, { recursive: true, force: true });
  }
  return out;
}
