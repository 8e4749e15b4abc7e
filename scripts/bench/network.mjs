// Pieces of `npm run bench`: one page load in a fresh browser context (empty cache, no service
// worker) over an emulated mobile link, with what it cost and when the reader could read.
// The link is Chromium's own throttling (DevTools protocol), which also slows MapLibre's worker.
import { kindOf } from './measure.mjs';

/**
 * Links the targets are set on. `latency` is the minimum time from a request to its
 * response headers (a round trip); throughputs are bytes per second.
 * @typedef {{ label: string, latency: number, downloadThroughput: number, uploadThroughput: number }} Link
 */
/** @type {Record<'fast3g' | 'slow3g', Link>} */
export const LINKS = {
  fast3g: {
    label: '1.6 Mbit/s, 150 ms',
    latency: 150,
    downloadThroughput: 1.6e6 / 8,
    uploadThroughput: 750e3 / 8,
  },
  slow3g: {
    label: '400 kbit/s, 400 ms',
    latency: 400,
    downloadThroughput: 400e3 / 8,
    uploadThroughput: 400e3 / 8,
  },
};

/**
 * What the page reports, as `window.__recoupeBench[name]` (ms since navigation start): the first
 * animation frame in which `selector` matches an element that is, when `visible`, rendered and not
 * hidden, with a box — inside the viewport unless `belowFold` (a reader scrolls to it).
 * @typedef {{ selector: string, visible?: boolean, belowFold?: boolean }} Watch
 */

/**
 * Runs in the page before its own scripts.
 * @param {Record<string, Watch>} watches
 */
function watchInPage(watches) {
  /** @type {Record<string, number>} */
  const seen = {};
  Object.assign(window, { __recoupeBench: seen });
  const shown = (/** @type {Element} */ el, /** @type {boolean} */ belowFold) => {
    if (!el.checkVisibility({ opacityProperty: true, visibilityProperty: true })) return false;
    const r = el.getBoundingClientRect();
    if (r.width <= 0 || r.height <= 0) return false;
    return belowFold || (r.bottom > 0 && r.right > 0 && r.top < innerHeight && r.left < innerWidth);
  };
  const names = Object.keys(watches);
  const tick = () => {
    for (const name of names) {
      if (seen[name] !== undefined) continue;
      const w = /** @type {Watch} */ (watches[name]);
      const el = document.querySelector(w.selector);
      if (el && (!w.visible || shown(el, !!w.belowFold))) seen[name] = performance.now();
    }
    if (names.some((n) => seen[n] === undefined)) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}

/**
 * One run: a new context of `browser`, the link emulated, `url` opened.
 * @param {import('@playwright/test').Browser} browser
 * @param {{ url: string, link?: Link, watches?: Record<string, Watch>,
 *   viewport?: { width: number, height: number }, locale?: string }} o
 */
export async function openRun(browser, { url, link, watches = {}, viewport, locale = 'fr-FR' }) {
  const context = await browser.newContext({
    serviceWorkers: 'block',
    viewport: viewport ?? { width: 1280, height: 800 },
    locale,
  });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  if (link) {
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: link.latency,
      downloadThroughput: link.downloadThroughput,
      uploadThroughput: link.uploadThroughput,
    });
  }

  // The page's own requests, from the protocol: when each chunk arrived, its encoded bytes (as
  // sent: compressed) and decoded bytes, and each response's encoded total. Chromium reports a
  // streamed document's chunks with no encoded size, only their decoded one. Its clock is
  // monotonic seconds.
  /** @type {Map<string, { url: string, sent: number, chunks: [number, number, number][], finished?: [number, number] }>} */
  const requests = new Map();
  /** @type {{ timestamp: number, wallTime: number } | undefined} */
  let documentSent;
  cdp.on('Network.requestWillBeSent', (e) => {
    requests.set(e.requestId, { url: e.request.url, sent: e.timestamp, chunks: [] });
    if (e.type === 'Document' && !documentSent)
      documentSent = { timestamp: e.timestamp, wallTime: e.wallTime };
  });
  cdp.on('Network.dataReceived', (e) => {
    requests.get(e.requestId)?.chunks.push([e.timestamp, e.encodedDataLength, e.dataLength]);
  });
  cdp.on('Network.loadingFinished', (e) => {
    const r = requests.get(e.requestId);
    if (r) r.finished = [e.timestamp, e.encodedDataLength];
  });

  // Every request, the worker's too (tiles, glyphs), as Playwright sees them: bytes on the wire.
  /** @type {Promise<{ url: string, bytes: number }>[]} */
  const transfers = [];
  let lastActivity = Date.now();
  let inflight = 0;
  page.on('request', () => {
    inflight++;
    lastActivity = Date.now();
  });
  const settle = () => {
    inflight--;
    lastActivity = Date.now();
  };
  page.on('requestfailed', settle);
  page.on('requestfinished', (r) => {
    settle();
    transfers.push(
      r
        .sizes()
        .then((s) => ({ url: r.url(), bytes: s.responseBodySize + s.responseHeadersSize }))
        // A run closed before this answer came (it did not ask for the total).
        .catch(() => ({ url: r.url(), bytes: NaN })),
    );
  });

  await page.addInitScript(watchInPage, { ready: { selector: 'html[data-ready="true"]' }, ...watches });
  const response = await page.goto(url, { waitUntil: 'commit' });

  return {
    page,
    context,
    cdp,
    status: response?.status(),
    /**
     * Milliseconds from navigation start until the reader sees `name`: its first visible frame,
     * and never before the page's first paint.
     * @param {string} name @param {number} [timeout]
     */
    async readable(name, timeout = 60_000) {
      // The paint entry is reported a little after the frame it times: wait for it too.
      await page.waitForFunction(
        (n) =>
          /** @type {any} */ (window).__recoupeBench?.[n] !== undefined &&
          performance.getEntriesByName('first-contentful-paint').length > 0,
        name,
        { timeout, polling: 50 },
      );
      return page.evaluate((n) => {
        const seen = /** @type {any} */ (window).__recoupeBench[n];
        const paint = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN;
        return Math.max(seen, paint);
      }, name);
    },
    /**
     * Milliseconds until the map is interactive: the app answers (`html[data-ready]`) and the map
     * has drawn its incidents (the first `idle` after they were set).
     * @param {number} [timeout]
     */
    async mapInteractive(timeout = 90_000) {
      await page.waitForFunction(
        () =>
          document.documentElement.dataset.ready === 'true' &&
          performance.getEntriesByName('recoupe:map-idle').length > 0 &&
          performance.getEntriesByName('recoupe:data-idle').length > 0,
        null,
        { timeout, polling: 50 },
      );
      return page.evaluate(() => {
        const at = (/** @type {string} */ n) => performance.getEntriesByName(n)[0]?.startTime ?? NaN;
        const ready = /** @type {any} */ (window).__recoupeBench?.ready ?? NaN;
        return Math.max(ready, at('recoupe:map-idle'), at('recoupe:data-idle'));
      });
    },
    /**
     * Encoded bytes (headers and body, as sent) the page had received `atMs` after navigation
     * start: whole responses finished by then, and the part received so far of those still
     * arriving — their encoded chunks, or, where Chromium gives only decoded chunk sizes (a
     * streamed document), their encoded total prorated by the decoded bytes received.
     * Waits for the responses under way at that moment to finish.
     * @param {number} atMs
     */
    async bytesBefore(atMs) {
      const timeOrigin = await page.evaluate(() => performance.timeOrigin);
      if (!documentSent) throw new Error('bench: the document request was not seen');
      // Page time → the protocol's monotonic clock, through the wall clock both report.
      const at = documentSent.timestamp + ((timeOrigin + atMs) / 1000 - documentSent.wallTime);
      const started = [...requests.values()].filter((r) => r.sent <= at);
      for (let waited = 0; started.some((r) => !r.finished) && waited < 30_000; waited += 100)
        await new Promise((ok) => setTimeout(ok, 100));
      let bytes = 0;
      for (const r of started) {
        if (!r.finished) throw new Error(`bench: ${r.url} did not finish`);
        const [end, total] = r.finished;
        if (end <= at) {
          bytes += total;
          continue;
        }
        const sum = (/** @type {number} */ i, /** @type {boolean} */ soFar) =>
          r.chunks.reduce((n, c) => n + (!soFar || c[0] <= at ? (c[i] ?? 0) : 0), 0);
        const decoded = sum(2, false);
        bytes += sum(1, false) > 0 ? sum(1, true) : decoded > 0 ? (total * sum(2, true)) / decoded : 0;
      }
      return Math.round(bytes);
    },
    /**
     * Waits until no request has started or ended for `quietMs` (at most `maxMs`), then returns
     * the bytes transferred, in total and by kind of file.
     * @param {{ quietMs?: number, maxMs?: number }} [o]
     */
    async transferred({ quietMs = 1500, maxMs = 30_000 } = {}) {
      const start = Date.now();
      while ((inflight > 0 || Date.now() - lastActivity < quietMs) && Date.now() - start < maxMs) {
        await new Promise((ok) => setTimeout(ok, 100));
      }
      const all = await Promise.all(transfers);
      /** @type {Record<string, number>} */
      const byKind = {};
      for (const t of all) {
        const kind = kindOf(new URL(t.url).pathname);
        byKind[kind] = (byKind[kind] ?? 0) + t.bytes;
      }
      return { total: all.reduce((n, t) => n + t.bytes, 0), byKind, requests: all.length };
    },
    /** Used JS heap after a garbage collection, in MB. */
    async heapMB() {
      await cdp.send('HeapProfiler.collectGarbage');
      const { usedSize } = await cdp.send('Runtime.getHeapUsage');
      return usedSize / 2 ** 20;
    },
    close: () => context.close(),
  };
}

/** @typedef {Awaited<ReturnType<typeof openRun>>} Run */
