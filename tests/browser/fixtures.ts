import { test as base, expect, type Page } from '@playwright/test';

/** Requests the page tried to send outside its own origin (all are blocked). */
export interface Offsite {
  urls: string[];
}

/** A Content-Security-Policy violation the browser reported: what was refused, where, by which rule. */
export interface CspViolation {
  directive: string;
  blocked: string;
  source: string;
  sample: string;
}

/**
 * Every browser test gets a page that:
 * - fails the test on any uncaught page error or console error (a broken app must not pass), but
 *   for those the test declares it causes (`allowedErrors`);
 * - fails the test on any Content-Security-Policy violation (the pages ship a strict policy: an
 *   inline style or script the app adds would be refused in a reader's browser, silently);
 * - blocks and records every request leaving the page's origin (the default build is self-contained).
 */
export const test = base.extend<{ offsite: Offsite; csp: CspViolation[]; allowedErrors: RegExp[] }>({
  // Playwright fixtures must destructure their dependencies, even when there are none.
  // eslint-disable-next-line no-empty-pattern
  offsite: async ({}, use) => {
    await use({ urls: [] });
  },
  // eslint-disable-next-line no-empty-pattern
  csp: async ({}, use) => {
    await use([]);
  },
  /** Console errors a test causes on purpose (a request it blocks), matched by text. */
  // eslint-disable-next-line no-empty-pattern
  allowedErrors: async ({}, use) => {
    await use([]);
  },
  page: async ({ page, baseURL, offsite, csp, allowedErrors }, use) => {
    const origin = new URL(baseURL ?? 'http://127.0.0.1').origin;
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
    page.on('console', (m) => {
      // The browser's own report of a refused resource or attribute (also caught below as an event).
      if (/Content Security Policy/i.test(m.text())) {
        errors.push(`csp (console): ${m.text()}`);
        return;
      }
      // "GPU stall due to ReadPixels" is SwiftShader noise, not an app error.
      if (m.type() !== 'error' || /GPU stall/.test(m.text())) return;
      // A not-found page is served with status 404 on purpose; Chromium logs that as an error.
      if (/status of 404/.test(m.text()) && m.location().url === page.url()) return;
      if (allowedErrors.some((re) => re.test(m.text()))) return;
      errors.push(`console: ${m.text()} (${m.location().url})`);
    });
    // Each document reports its violations as they happen, through a binding that outlives
    // navigations (a list kept on `window` would be lost with the page that made it).
    await page.exposeBinding('__recoupeCsp', (_source, v: CspViolation) => {
      csp.push(v);
    });
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => {
        const report = (window as unknown as { __recoupeCsp?: (v: unknown) => void }).__recoupeCsp;
        report?.({
          directive: e.effectiveDirective,
          blocked: e.blockedURI,
          source: `${e.sourceFile}:${e.lineNumber}`,
          sample: e.sample,
        });
      });
    });
    await page.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith(origin) || url.startsWith('data:') || url.startsWith('blob:'))
        return route.continue();
      offsite.urls.push(url);
      return route.abort('blockedbyclient');
    });
    await use(page);
    expect(csp, 'Content-Security-Policy violations').toEqual([]);
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
