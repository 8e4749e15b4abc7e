/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { VitePWA, type VitePWAOptions } from 'vite-plugin-pwa';
import { recoupeData } from './geo/data/vite-plugin-data.ts';
import { expandCustomMedia } from './src/lib/layout.js';
import { themeCss } from './src/lib/theme.ts';
import {
  CACHES,
  NETWORK_TIMEOUT_S,
  precacheGlobs,
  routePatterns,
  SHELL_PAGE,
} from './src/lib/offline/caches.ts';

// Sites serve Recoupe from sub-paths (e.g. /recoupe/): set RECOUPE_BASE at build time.
const base = process.env.RECOUPE_BASE ?? '/';

/** One rule of the service worker's runtime caching. */
type RuntimeCaching = NonNullable<NonNullable<VitePWAOptions['workbox']>['runtimeCaching']>[number];

/**
 * The service worker (offline reading, src/lib/offline/): Workbox's generateSW through
 * vite-plugin-pwa — configuration only, no hand-written worker code. It precaches the app (its
 * chunks, MapLibre and its worker, the offline shell, the icons, the first views' basemap); serves
 * pages and data network first with a time limit, falling back to what it saved (and, for an app
 * page it never saved, to the shell, which renders it from the saved records); keeps tiles and
 * glyphs as they are seen. A new version waits for the next visit or the reader's click (no
 * skipWaiting). It precaches prerendered files, so it is generated after the prerender by
 * scripts/sw.mjs (RECOUPE_SW=generate); the Vite build itself writes none, nor does `vite dev`.
 */
function offline(): Partial<VitePWAOptions> {
  const url = routePatterns(base);
  const files = precacheGlobs();
  const statuses = { statuses: [200] };
  /** Network first within the time limit, else what was saved (pages and data). */
  const networkFirst = (
    urlPattern: RuntimeCaching['urlPattern'],
    cacheName: string,
    more: RuntimeCaching['options'] = {},
  ): RuntimeCaching => ({
    urlPattern,
    handler: 'NetworkFirst',
    options: { cacheName, networkTimeoutSeconds: NETWORK_TIMEOUT_S, cacheableResponse: statuses, ...more },
  });
  return {
    disable: process.env.RECOUPE_SW !== 'generate',
    strategies: 'generateSW',
    registerType: 'prompt',
    // main.ts registers with workbox-window (no inline script: the pages' CSP allows none).
    injectRegister: false,
    // public/manifest.webmanifest, linked from index.html (relative URLs: any base works).
    manifest: false,
    mode: 'production',
    workbox: {
      globPatterns: files.include,
      globIgnores: files.ignore,
      // MapLibre's chunk is ~1 MB before compression.
      maximumFileSizeToCacheInBytes: 3 * 1024 * 1024,
      navigateFallback: null,
      inlineWorkboxRuntime: true,
      clientsClaim: true,
      skipWaiting: false,
      cleanupOutdatedCaches: true,
      runtimeCaching: [
        networkFirst(url.appPages, CACHES.pages, {
          // The query (filters, ?claim=, ?lang=) is the app's business: one saved page per path.
          matchOptions: { ignoreSearch: true },
          expiration: { maxEntries: 80 },
          precacheFallback: { fallbackURL: SHELL_PAGE },
        }),
        networkFirst(url.otherPages, CACHES.pages, { matchOptions: { ignoreSearch: true } }),
        networkFirst(url.data, CACHES.data),
        {
          urlPattern: url.tiles,
          handler: 'CacheFirst',
          options: { cacheName: CACHES.tiles, cacheableResponse: statuses, expiration: { maxEntries: 1500 } },
        },
        {
          urlPattern: url.glyphs,
          handler: 'CacheFirst',
          options: { cacheName: CACHES.glyphs, cacheableResponse: statuses, expiration: { maxEntries: 60 } },
        },
      ],
    },
  };
}

export default defineConfig({
  base,
  plugins: [
    // `@media (--phone)` in stylesheets; component styles get it from svelte.config.js.
    {
      name: 'recoupe-custom-media',
      enforce: 'pre',
      transform: (code, id) => (/\.css(\?|$)/.test(id) ? expandCustomMedia(code) : undefined),
    },
    // Side and level colours as classes, from the one theme module.
    {
      name: 'recoupe-theme',
      resolveId: (id) => (id === 'virtual:theme.css' ? '\0virtual:theme.css' : undefined),
      load: (id) => (id === '\0virtual:theme.css' ? themeCss() : undefined),
    },
    svelte(),
    recoupeData(),
    VitePWA(offline()),
  ],
  build: {
    target: 'es2022',
    reportCompressedSize: false,
    // MapLibre alone is ~1 MB minified (≈ 280 kB gzip); sizes that matter are measured by `npm run bench`.
    chunkSizeWarningLimit: 1500,
    // The embed page's script is an entry of its own; the manifest tells the prerender its name.
    manifest: true,
    rolldownOptions: {
      input: { main: 'index.html', embed: 'src/embed.ts' },
      output: {
        // The Svelte runtime in its own chunk, so the benchmark can weigh our code apart from it
        // (and it caches across app releases).
        codeSplitting: { groups: [{ name: 'svelte', test: /node_modules[\\/]svelte[\\/]/ }] },
      },
    },
  },
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/geo/**/*.test.ts', 'tests/scripts/**/*.test.ts'],
    environment: 'node',
    // Two cores shared with a build or a browser run: the geo tests read tens of MB. No test here
    // measures speed (that is `npm run bench`), so a slow machine must not fail them.
    testTimeout: 30_000,
    hookTimeout: 120_000,
  },
});
