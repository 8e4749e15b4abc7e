import { defineConfig } from '@playwright/test';

// Browser tests open the real production build (dist/) in Debian's Chromium; nothing downloads a browser.
// CHROMIUM_PATH points at another Chromium (default /usr/bin/chromium).
// A port per run (workers inherit it through the environment), so two runs on one machine don't collide.
process.env.RECOUPE_TEST_PORT ??= String(4400 + (process.pid % 1000));
const port = Number(process.env.RECOUPE_TEST_PORT);
const base = process.env.RECOUPE_BASE ?? '/';

export default defineConfig({
  testDir: 'tests/browser',
  // Two cores and software WebGL: more workers only add contention.
  workers: 2,
  timeout: 45_000,
  expect: { timeout: 10_000 },
  retries: 0,
  reporter: [['list'], ['json', { outputFile: 'test-results/playwright.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${port}${base}`,
    browserName: 'chromium',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      // QUIC probes leak to the closed network; the rest of the safe flags Playwright already passes.
      args: ['--disable-quic'],
    },
    locale: 'fr-FR',
    viewport: { width: 1280, height: 800 },
    // First visits only: the service worker (offline reading) would serve later pages from its
    // caches. tests/browser/offline.spec.ts allows it.
    serviceWorkers: 'block',
  },
  webServer: {
    command: `node scripts/serve.mjs --port ${port}`,
    url: `http://127.0.0.1:${port}${base}`,
    reuseExistingServer: false,
    timeout: 20_000,
  },
});
