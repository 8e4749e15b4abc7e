// Pieces of `npm run bench`: measuring one page load in a fresh headless Chromium.
import { chromium } from '@playwright/test';
import { readFileSync, existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Gzip size (level 9, what a static host would send) of a dist file, or undefined.
 * @param {string} distDir @param {string} path
 */
export function gzipSizeOf(distDir, path) {
  let file = join(distDir, decodeURIComponent(path));
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  if (!existsSync(file)) return undefined;
  return gzipSync(readFileSync(file), { level: 9 }).length;
}

/**
 * What a requested path is, for the size table: our JS apart from Svelte's runtime and MapLibre's.
 * @param {string} path
 */
export function kindOf(path) {
  if (/maplibre[^/]*\.m?js$/.test(path)) return 'js_maplibre';
  if (/\/svelte-[^/]*\.js$/.test(path)) return 'js_svelte';
  if (/\.m?js$/.test(path)) return 'js_app';
  if (/\.css$/.test(path)) return 'css';
  if (/\/basemap\//.test(path)) return 'basemap_tiles';
  if (/\/glyphs\//.test(path)) return 'glyphs';
  if (/\/data\//.test(path)) return 'data';
  if (/\.html$|\/$/.test(path)) return 'html';
  return 'other';
}

/**
 * Bytes (gzip) a reader downloads before the page's text can render: the HTML plus the
 * stylesheets linked in its <head> (module scripts are deferred and do not block it).
 * @param {string} distDir @param {string} pagePath path under dist, e.g. 'incidents/x/'
 */
export function bytesBeforeReadable(distDir, pagePath) {
  const file = join(distDir, pagePath, pagePath.endsWith('.html') ? '' : 'index.html');
  const html = readFileSync(file, 'utf8');
  const head = html.slice(0, html.indexOf('</head>'));
  let total = gzipSync(html, { level: 9 }).length;
  for (const [, href] of head.matchAll(/<link rel="stylesheet"[^>]*href="([^"]+)"/g)) {
    total += gzipSizeOf(distDir, (href ?? '').replace(/^\//, '')) ?? 0;
  }
  return total;
}

/**
 * Opens `url` in a fresh browser (no cache, no shared state), waits for the map's first `idle`
 * (MapView's `recoupe:map-idle` mark) and returns what the first view cost.
 * @param {{ url: string, base: string, distDir: string, viewport?: { width: number, height: number } }} o
 */
export async function measureLoad({ url, base, distDir, viewport = { width: 1280, height: 800 } }) {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--disable-quic'] });
  try {
    const page = await browser.newPage({ viewport });
    const origin = new URL(url).origin;
    /** @type {string[]} */
    const paths = [];
    page.on('request', (r) => {
      const u = new URL(r.url());
      if (u.origin === origin) paths.push(u.pathname);
    });
    await page.goto(url);
    await page.waitForFunction(() => performance.getEntriesByName('recoupe:map-idle').length > 0, null, {
      timeout: 60_000,
    });
    const mapIdleMs = await page.evaluate(
      () => performance.getEntriesByName('recoupe:map-idle')[0]?.startTime,
    );
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');

    /** @type {Record<string, number>} */
    const gz = {};
    for (const p of new Set(paths)) {
      const rel = p.startsWith(base) ? p.slice(base.length) : p;
      const kind = kindOf(p);
      gz[kind] = (gz[kind] ?? 0) + (gzipSizeOf(distDir, rel) ?? 0);
    }
    return { mapIdleMs, heapMB: usedSize / 2 ** 20, gz, requests: [...new Set(paths)] };
  } finally {
    await browser.close();
  }
}

/** @param {number[]} xs */
export function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? (s[m] ?? NaN) : ((s[m - 1] ?? NaN) + (s[m] ?? NaN)) / 2;
}
