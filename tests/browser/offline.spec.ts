// Offline after one visit: the service worker (src/lib/offline/, vite.config.ts) and the page that
// saves the data for it. The only spec that lets a service worker run (playwright.config.ts blocks
// them so every other test is a first visit). Each test gets a fresh browser context: no worker,
// no caches.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';

test.use({ serviceWorkers: 'allow' });
// A first visit, the worker's install and the save of every record, on software WebGL.
test.setTimeout(120_000);

const dist = (path: string) => join('dist', path);
const index = JSON.parse(readFileSync(dist('data/index.json'), 'utf8')) as { incidents: { id: string }[] };
/** An incident the tests never open online (Aguelhok, January 2012: several sides, figures). */
const NEVER_OPENED = '2012-01-18-aguelhok';
const record = JSON.parse(readFileSync(dist(`data/incidents/${NEVER_OPENED}.json`), 'utf8')) as {
  claims: { id: string }[];
};

/** Visits the home page once and waits until the worker runs and every record is saved. */
async function visitOnce(page: Page): Promise<void> {
  await page.goto('./');
  await expect(page.locator('html[data-offline-ready="true"]')).toHaveCount(1, { timeout: 90_000 });
  expect(await page.evaluate(() => navigator.serviceWorker.controller?.state)).toBe('activated');
}

/** The cached URLs of a cache, as paths. */
function cachedPaths(page: Page, cache: string): Promise<string[]> {
  return page.evaluate(async (name) => {
    const keys = await (await caches.open(name)).keys();
    return keys.map((r) => new URL(r.url).pathname);
  }, cache);
}

test('an incident never opened reads offline after one visit to the home page', async ({ page, context }) => {
  await visitOnce(page);
  // Not saved as a page: the worker answers with the app's shell, which renders the saved record.
  expect(await cachedPaths(page, 'recoupe-pages')).not.toContainEqual(
    expect.stringContaining(`/incidents/${NEVER_OPENED}/`),
  );

  await context.setOffline(true);
  const res = await page.goto(`incidents/${NEVER_OPENED}/`);
  // The worker answered, with the shell: it did not reach the network (which has the page).
  expect(res?.fromServiceWorker()).toBe(true);
  expect(await res?.text()).not.toContain('recoupe-state');
  const panel = page.locator(`[data-incident="${NEVER_OPENED}"]`);
  await expect(panel.getByRole('heading', { level: 2 })).toContainText('Aguelhok');
  await expect(panel.locator('article[data-claim]')).toHaveCount(record.claims.length);
  // The figures table, each side's number in its column.
  const killed = panel.locator('table.figures tr[data-figure="killed/army"]');
  await expect(killed.locator('td[data-side="france"] .value')).toHaveText('82');
  await expect(page.locator('[data-offline]')).toHaveText(/^Hors ligne — données enregistrées le \d/);
});

test('the home page reads offline after one visit, and the other language’s too', async ({
  page,
  context,
}) => {
  await visitOnce(page);
  await context.setOffline(true);
  await page.reload();
  await expect(page.locator('.sidebar')).toContainText(`${index.incidents.length} incidents`);
  await expect(page.locator('.sidebar a[data-id]').first()).toBeVisible();
  await expect(page.locator('[data-offline]')).toBeVisible();

  // Never visited: the English home comes from the shell and the saved index.
  await page.goto('en/');
  await expect(page.locator('.sidebar')).toContainText(`${index.incidents.length} incidents`);
  await expect(page.locator('[data-offline]')).toHaveText(/^Offline — data saved on \d/);

  // Back online, the notice goes.
  await context.setOffline(false);
  await expect(page.locator('[data-offline]')).toHaveCount(0);
});

test('a new version waits for the reader’s click, never reloading the page by itself', async ({ page }) => {
  await visitOnce(page);
  await page.evaluate(() => ((window as unknown as { reading: boolean }).reading = true));
  // A new worker for the same scope, as a new deployment would bring.
  await page.evaluate(async () => {
    const scope = (await navigator.serviceWorker.ready).scope;
    await navigator.serviceWorker.register(`${scope}sw.js?version=2`, { scope });
  });
  const prompt = page.locator('[data-update]');
  await expect(prompt).toContainText('Nouvelle version prête.');
  // It waits: the page was not reloaded and the old worker still serves it.
  await page.waitForTimeout(1000);
  expect(await page.evaluate(() => (window as unknown as { reading?: boolean }).reading)).toBe(true);
  expect(await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL)).not.toContain('version=2');

  // "Later" hides the notice.
  await prompt.getByRole('button', { name: 'Plus tard' }).click();
  await expect(prompt).toHaveCount(0);
});

test('the reader’s click on “Update” brings the new version in', async ({ page }) => {
  await visitOnce(page);
  await page.evaluate(async () => {
    const scope = (await navigator.serviceWorker.ready).scope;
    await navigator.serviceWorker.register(`${scope}sw.js?version=2`, { scope });
  });
  const reloaded = page.waitForEvent('load');
  await page.locator('[data-update]').getByRole('button', { name: 'Mettre à jour' }).click();
  await reloaded;
  await expect
    .poll(() => page.evaluate(() => navigator.serviceWorker.controller?.scriptURL))
    .toContain('version=2');
  await expect(page.locator('[data-update]')).toHaveCount(0);
});

test('every page links the icon and the web app manifest, which resolve', async ({ request, baseURL }) => {
  for (const path of ['./', 'en/', `incidents/${NEVER_OPENED}/`, 'methodology/', 'shell.html']) {
    const html = await (await request.get(path)).text();
    const href = (rel: string) => new RegExp(`<link rel="${rel}" href="([^"]+)"`).exec(html)?.[1];
    for (const rel of ['icon', 'apple-touch-icon', 'manifest']) {
      const url = href(rel);
      expect(url, `${path}: <link rel="${rel}">`).toBeDefined();
      expect((await request.get(new URL(url!, baseURL).href)).status()).toBe(200);
    }
  }
  // The offline shell: the app with no page and no page state (it starts afresh from the address).
  const shell = await (await request.get('shell.html')).text();
  expect(shell).toContain('<div id="app"></div>');
  expect(shell).not.toContain('recoupe-state');
  const manifest = await (await request.get('manifest.webmanifest')).json();
  expect(manifest.start_url).toBe('./');
  for (const icon of manifest.icons) expect((await request.get(icon.src)).status()).toBe(200);
});
