import { readFileSync } from 'node:fs';
import type { Download, Page } from '@playwright/test';
import Papa from 'papaparse';
import { test, expect, waitForApp } from './fixtures';

// "Export this view": the files hold exactly what the filters show. The oracle is the published
// GeoJSON, read here with plain logic.

interface Incident {
  id: string;
  claims: { figures: unknown[] }[];
}
const DATA: Incident[] = (
  JSON.parse(readFileSync('dist/data/incidents.geojson', 'utf8')) as { features: { properties: Incident }[] }
).features.map((f) => f.properties);

async function download(page: Page, kind: string): Promise<{ file: Download; text: string }> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.locator(`[data-export="${kind}"]`).click(),
  ]);
  const path = await file.path();
  return { file, text: readFileSync(path, 'utf8') };
}

/** The incidents the list shows (all of them: the filtered view is under the list's page size). */
async function listed(page: Page): Promise<string[]> {
  const count = Number(/\d+/.exec((await page.locator('.sidebar .list .count').textContent()) ?? '')?.[0]);
  const ids = await page
    .locator('.sidebar a[data-id]')
    .evaluateAll((as) => as.map((a) => a.getAttribute('data-id')!));
  expect(ids.length, 'the whole filtered view is in the list').toBe(count);
  return ids.sort();
}

test.beforeEach(async ({ page }) => {
  await page.goto('./?region=Kidal');
  await waitForApp(page);
});

test('"export this view" as GeoJSON holds exactly the incidents the filters show', async ({ page }) => {
  const ids = await listed(page);
  expect(ids.length).toBeGreaterThan(10);
  expect(ids.length).toBeLessThan(DATA.length);
  const { file, text } = await download(page, 'geojson');
  expect(file.suggestedFilename()).toMatch(/\.geojson$/);
  const fc = JSON.parse(text) as { type: string; features: { properties: { id: string } }[] };
  expect(fc.type).toBe('FeatureCollection');
  expect(fc.features.map((f) => f.properties.id).sort()).toEqual(ids);
});

test('"export this view" as the figures CSV: one row per figure of the shown incidents, with a BOM', async ({
  page,
}) => {
  const ids = await listed(page);
  const { file, text } = await download(page, 'figures-csv');
  expect(file.suggestedFilename()).toMatch(/\.csv$/);
  // UTF-8 with a byte-order mark: French Excel shows the accents right only then.
  expect(text.charCodeAt(0)).toBe(0xfeff);
  const rows = Papa.parse<Record<string, string>>(text.slice(1), { header: true, skipEmptyLines: true }).data;
  const shown = DATA.filter((i) => ids.includes(i.id));
  const figures = shown.reduce((n, i) => n + i.claims.reduce((k, c) => k + c.figures.length, 0), 0);
  expect(rows.length).toBe(figures);
  const withFigures = shown.filter((i) => i.claims.some((c) => c.figures.length)).map((i) => i.id);
  expect([...new Set(rows.map((r) => r.incident_id))].sort()).toEqual(withFigures.sort());
  // Accents survive the trip (UTF-8 throughout).
  expect(text).toContain('Idrissa Traoré');
});

test('changing the filters changes what is exported', async ({ page }) => {
  await page.getByLabel('Type d’incident').selectOption('drone-strike');
  const ids = await listed(page);
  expect(ids.length).toBeGreaterThan(0);
  const { text } = await download(page, 'geojson');
  const fc = JSON.parse(text) as { features: { properties: { id: string } }[] };
  expect(fc.features.map((f) => f.properties.id).sort()).toEqual(ids);
});
