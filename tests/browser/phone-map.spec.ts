import type { Page } from '@playwright/test';
import { expect, test, waitForMapIdle } from './fixtures';

test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

/**
 * Distinct colours in a screenshot of the map between the masthead and the bottom sheet, sampled
 * in the page itself (no image library): a band the map failed to draw is one flat colour.
 */
async function colours(page: Page, top: number, bottom: number): Promise<number> {
  // The whole page: a clipped screenshot is composited afresh and hid the defect.
  const png = await page.screenshot();
  return page.evaluate(
    async ({ b64, top, bottom }) => {
      const img = new Image();
      img.src = `data:image/png;base64,${b64}`;
      await img.decode();
      const canvas = document.createElement('canvas');
      canvas.width = img.width;
      canvas.height = img.height;
      const g = canvas.getContext('2d')!;
      g.drawImage(img, 0, 0);
      const d = g.getImageData(0, top, img.width, bottom - top).data;
      const seen = new Set<number>();
      for (let i = 0; i < d.length; i += 4 * 5) seen.add((d[i]! << 16) | (d[i + 1]! << 8) | d[i + 2]!);
      return seen.size;
    },
    { b64: png.toString('base64'), top, bottom },
  );
}

// Chromium once left the top of the phone map undrawn (a band as tall as the sheet's scroller)
// while the sheet's list had an opaque box of its own: the whole visible map must be drawn.
test('on a phone, the map is drawn everywhere above the sheet, top band included', async ({ page }) => {
  await page.goto('./');
  await waitForMapIdle(page);
  const map = await page.locator('.maplibregl-canvas').boundingBox();
  const sheet = await page.locator('.sheet').boundingBox();
  expect(map && sheet).toBeTruthy();
  // The top third of what the sheet leaves visible, below the legend button.
  const top = Math.round(map!.y + 60);
  const bottom = Math.round(top + (sheet!.y - top) / 3);
  await expect.poll(() => colours(page, top, bottom), { timeout: 10_000 }).toBeGreaterThan(20);
});
