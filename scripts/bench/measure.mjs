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

/** @param {string} path */
export function kindOf(path) {
  if (/\.m?js$/.test(path)) return 'js';
  if (/\.css$/.test(path)) return 'css';
  if (/\/basemap\/|\/glyphs\//.test(path)) return 'basemap';
  if (/\/data\//.test(path)) return 'data';
  if (/\.html$|\/$/.test(path)) return 'html';
  return 'other';
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
    const gz = { html: 0, js: 0, css: 0, data: 0, basemap: 0, other: 0 };
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
