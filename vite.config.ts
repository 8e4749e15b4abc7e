/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { recoupeData } from './geo/data/vite-plugin-data.ts';
import { expandCustomMedia } from './src/lib/layout.js';
import { themeCss } from './src/lib/theme.ts';

// Sites serve Recoupe from sub-paths (e.g. /recoupe/): set RECOUPE_BASE at build time.
const base = process.env.RECOUPE_BASE ?? '/';

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
