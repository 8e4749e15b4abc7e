// What `npm run bench` measures against issue 13's targets. Each measurement is one kind of
// page load, repeated in a fresh browser context (empty cache, no service worker) and reported
// as the median of its runs; one load can give several figures (metrics).
//
// To add a measurement (e.g. a repeat visit offline), append to MEASUREMENTS an object
// { name, metrics, run }: `run(env)` opens what it needs (openRun gives a fresh context over an
// emulated link) and resolves with one number per metric id; `unit: 'ok'` metrics are 1 (held)
// or 0 (failed) with target 1 and `better: 'higher'`.
import { LINKS, openRun } from './network.mjs';
import { measureOffline } from './offline.mjs';

/** The first incident of the prerendered home list. */
export const HOME_LIST = '.sidebar a[data-id]';
/** The prerendered versions of an incident page. */
export const VERSIONS = 'article[data-claim]';
export const INCIDENT_PATH = 'incidents/2023-09-17-lere/';

/**
 * @typedef {'ms' | 'bytes' | 'MB' | 'ok'} Unit
 * @typedef {{ id: string, label: string, unit: Unit, target?: number, better?: 'lower' | 'higher',
 *   before?: number, beforeNote?: string }} Metric
 *   `before`: the figure in issue 13's table (fresh Chromium, gzip static server), for comparison.
 * @typedef {{ browser: import('@playwright/test').Browser, url: (path: string) => string }} Env
 * @typedef {{ values: Record<string, number>, detail?: Record<string, unknown> }} RunResult
 * @typedef {{ name: string, metrics: Metric[], run: (env: Env) => Promise<RunResult> }} Measurement
 */

const KB = 1024;

/** @type {Measurement[]} */
export const MEASUREMENTS = [
  {
    name: 'home page, 1.6 Mbit/s, 150 ms',
    metrics: [
      {
        id: 'home-readable-fast',
        label: 'home list readable, 1.6 Mbit/s / 150 ms',
        unit: 'ms',
        target: 600,
        before: 2730,
      },
      {
        id: 'home-bytes-before-readable',
        label: 'bytes before the home list is readable',
        unit: 'bytes',
        target: 60 * KB,
        before: 239 * KB,
      },
      {
        id: 'map-interactive-fast',
        label: 'map interactive (incidents drawn), 1.6 Mbit/s',
        unit: 'ms',
        target: 3000,
        before: 5720,
      },
      { id: 'home-total-bytes', label: 'total transferred, home', unit: 'bytes', before: 766 * KB },
      { id: 'home-heap', label: 'JS heap after GC, home (map drawn)', unit: 'MB' },
    ],
    async run(env) {
      const r = await openRun(env.browser, {
        url: env.url(''),
        link: LINKS.fast3g,
        watches: { list: { selector: HOME_LIST, visible: true } },
      });
      try {
        const readable = await r.readable('list');
        const bytes = await r.bytesBefore(readable);
        const map = await r.mapInteractive();
        const transferred = await r.transferred();
        return {
          values: {
            'home-readable-fast': readable,
            'home-bytes-before-readable': bytes,
            'map-interactive-fast': map,
            'home-total-bytes': transferred.total,
            'home-heap': await r.heapMB(),
          },
          detail: { byKind: transferred.byKind, requests: transferred.requests },
        };
      } finally {
        await r.close();
      }
    },
  },
  {
    name: 'home page, 400 kbit/s, 400 ms',
    metrics: [
      {
        id: 'home-readable-slow',
        label: 'home list readable, 400 kbit/s / 400 ms',
        unit: 'ms',
        target: 2000,
        before: 9860,
      },
    ],
    async run(env) {
      const r = await openRun(env.browser, {
        url: env.url(''),
        link: LINKS.slow3g,
        watches: { list: { selector: HOME_LIST, visible: true } },
      });
      try {
        return { values: { 'home-readable-slow': await r.readable('list') } };
      } finally {
        await r.close();
      }
    },
  },
  {
    name: 'incident page, 400 kbit/s, 400 ms',
    metrics: [
      {
        id: 'versions-readable-slow',
        label: 'incident versions readable, 400 kbit/s / 400 ms',
        unit: 'ms',
        target: 1500,
        beforeNote: '0.3 s at 1.6 Mbit/s',
      },
    ],
    async run(env) {
      const r = await openRun(env.browser, {
        url: env.url(INCIDENT_PATH),
        link: LINKS.slow3g,
        // The figures table comes first: on a desktop the first version is just below the fold.
        watches: { versions: { selector: VERSIONS, visible: true, belowFold: true } },
      });
      try {
        return { values: { 'versions-readable-slow': await r.readable('versions') } };
      } finally {
        await r.close();
      }
    },
  },
  {
    // One online visit of the home page (service worker allowed), then no network at all.
    name: 'repeat visit offline',
    metrics: [
      {
        id: 'offline-readable',
        label: 'repeat visit offline: home and an incident never opened readable',
        unit: 'ok',
        target: 1,
        better: 'higher',
        beforeNote: 'nothing offline',
      },
      { id: 'offline-home-ms', label: 'offline: home list readable', unit: 'ms' },
      { id: 'offline-incident-ms', label: 'offline: unopened incident readable', unit: 'ms' },
    ],
    async run(env) {
      const r = await measureOffline(env.browser, env.url(''));
      return {
        values: {
          'offline-readable': Number.isFinite(r.homeMs) && Number.isFinite(r.incidentMs) ? 1 : 0,
          'offline-home-ms': r.homeMs,
          'offline-incident-ms': r.incidentMs,
        },
        detail: { incident: r.incident },
      };
    },
  },
];

/**
 * Whether `value` meets the metric's target; undefined when it has none.
 * @param {Metric} m @param {number} value
 */
export function meets(m, value) {
  if (m.target === undefined) return undefined;
  return m.better === 'higher' ? value >= m.target : value <= m.target;
}

/**
 * A figure as the table shows it.
 * @param {Unit} unit @param {number | undefined} x
 */
export function format(unit, x) {
  if (x === undefined || Number.isNaN(x)) return '—';
  if (unit === 'ms') return x >= 1000 ? `${(x / 1000).toFixed(2)} s` : `${Math.round(x)} ms`;
  if (unit === 'bytes') return `${(x / KB).toFixed(1)} KB`;
  if (unit === 'MB') return `${x.toFixed(1)} MB`;
  return x >= 1 ? 'yes' : 'no';
}

/**
 * The results as a plain-text table: each metric with its target, median, range, whether the
 * median meets the target, issue 13's figure and, when given, a previous run's median.
 * @param {Record<string, { median: number, min: number, max: number }>} results
 * @param {{ name: string, metrics: Record<string, { median: number } | undefined> }} [previous]
 * @param {Metric[]} [metrics]
 */
export function table(results, previous, metrics = MEASUREMENTS.flatMap((m) => m.metrics)) {
  const rows = [['measure', 'target', 'median', 'min–max', 'pass', 'before (issue 13)']];
  if (previous) rows[0]?.push(`previous (${previous.name})`);
  for (const x of metrics) {
    const r = results[x.id];
    if (!r) continue;
    const f = (/** @type {number | undefined} */ n) => format(x.unit, n);
    const ok = meets(x, r.median);
    const row = [
      x.label,
      x.target === undefined ? '' : `${x.better === 'higher' ? '≥' : '≤'} ${f(x.target)}`,
      f(r.median),
      `${f(r.min)}–${f(r.max)}`,
      ok === undefined ? '' : ok ? 'pass' : 'FAIL',
      x.before !== undefined ? f(x.before) : (x.beforeNote ?? '—'),
    ];
    if (previous) row.push(f(previous.metrics[x.id]?.median));
    rows.push(row);
  }
  const widths = (rows[0] ?? []).map((_, j) => Math.max(...rows.map((r) => (r[j] ?? '').length)));
  const line = (/** @type {string[]} */ r) =>
    r
      .map((c, j) => c.padEnd(widths[j] ?? 0))
      .join('  ')
      .trimEnd();
  return [line(rows[0] ?? []), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.slice(1).map(line)].join(
    '\n',
  );
}
