import { test, expect, waitForMapIdle } from './fixtures';

test('the home page shows the Recoupe title and a WebGL map that finishes drawing', async ({ page }) => {
  await page.goto('./');
  await expect(page).toHaveTitle(/Recoupe/);
  const canvas = page.locator('canvas.maplibregl-canvas');
  await expect(canvas).toBeVisible();
  const hasWebgl = await canvas.evaluate(
    (c: HTMLCanvasElement) => !!(c.getContext('webgl2') ?? c.getContext('webgl')),
  );
  expect(hasWebgl).toBe(true);
  await waitForMapIdle(page);
});

test('the default build requests nothing outside its own origin', async ({ page, offsite }) => {
  await page.goto('./');
  await waitForMapIdle(page);
  expect(offsite.urls).toEqual([]);
});
