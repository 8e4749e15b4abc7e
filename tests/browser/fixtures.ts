import { test as base, expect, type Page } from '@playwright/test';

/** Requests the page tried to send outside its own origin (all are blocked). */
export interface Offsite {
  urls: string[];
}

/**
 * Every browser test gets a page that:
 * - fails the test on any uncaught page error or console error (a broken app must not pass);
 * - blocks and records every request leaving the page's origin (the default build is self-contained).
 */
export const test = base.extend<{ offsite: Offsite }>({
  // Playwright fixtures must destructure their dependencies, even when there are none.
  // eslint-disable-next-line no-empty-pattern
  offsite: async ({}, use) => {
    await use({ urls: [] });
  },
  page: async ({ page, baseURL, offsite }, use) => {
    const origin = new URL(baseURL ?? 'http://127.0.0.1').origin;
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
    page.on('console', (m) => {
      // "GPU stall due to ReadPixels" is SwiftShader noise, not an app error.
      if (m.type() !== 'error' || /GPU stall/.test(m.text())) return;
      // A not-found page is served with status 404 on purpose; Chromium logs that as an error.
      if (/status of 404/.test(m.text()) && m.location().url === page.url()) return;
      errors.push(`console: ${m.text()} (${m.location().url})`);
    });
    await page.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith(origin) || url.startsWith('data:') || url.startsWith('blob:'))
        return route.continue();
      offsite.urls.push(url);
      return route.abort('blockedbyclient');
    });
    await use(page);
    expect(errors, 'page errors').toEqual([]);
  },
});

export { expect };

/**
 * Waits until the app has its data and answers clicks and keys (`html[data-ready]`). Until then a
 * prerendered incident page shows static versions that look the same but do not react.
 */
export async function waitForApp(page: Page): Promise<void> {
  await expect(page.locator('html[data-ready="true"]')).toHaveCount(1, { timeout: 30_000 });
}

/** Waits until the app has its data and the map has drawn once (MapView sets this on its first `idle`). */
export async function waitForMapIdle(page: Page): Promise<void> {
  await waitForApp(page);
  await expect(page.locator('[data-map-idle="true"]')).toHaveCount(1, { timeout: 30_000 });
}
