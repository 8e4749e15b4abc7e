import type { Locator, Page } from '@playwright/test';
import { test, expect, waitForApp } from './fixtures';
import { overflowing } from './layout';

const LERE = 'incidents/2023-09-17-lere/';
// The widest incident: five sides, eight claims, long attributions.
const TINZA = 'incidents/2024-07-25-tinzaouaten/';
const PHONE = { width: 390, height: 844 };

test.use({ viewport: PHONE, isMobile: true, hasTouch: true });

/** Holds the app's script back until the returned function is called. */
async function holdAppScript(page: Page): Promise<() => void> {
  let release!: () => void;
  const held = new Promise<void>((ok) => (release = ok));
  await page.route('**/assets/main-*.js', async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

/** The element's box lies wholly inside the viewport (not merely touching it). */
async function expectAboveTheFold(page: Page, el: Locator, what: string): Promise<void> {
  await expect(el, what).toBeVisible();
  const box = (await el.boundingBox())!;
  const vp = page.viewportSize()!;
  expect(box.y, `${what}: top ≥ 0`).toBeGreaterThanOrEqual(0);
  expect(box.y + box.height, `${what}: bottom inside the screen`).toBeLessThanOrEqual(vp.height);
  expect(box.x, `${what}: left ≥ 0`).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width, `${what}: right inside the screen`).toBeLessThanOrEqual(vp.width + 0.5);
}

for (const { lang, prefix, shared, toMap } of [
  { lang: 'fr', prefix: '', shared: 'Version partagée', toMap: /carte/i },
  { lang: 'en', prefix: 'en/', shared: 'Shared version', toMap: /map/i },
])
  test.describe(`(${lang})`, () => {
    test('a shared version lands on that card, marked as shared, with a way to the map', async ({
      page,
    }, info) => {
      await page.goto(`${prefix}${LERE}?claim=rebels-2`);
      await waitForApp(page);
      const card = page.locator('article[data-claim="rebels-2"]');
      await expect(card).toHaveAttribute('aria-current', 'true');
      await expectAboveTheFold(page, card.locator('.shared'), 'the "shared version" mark');
      await expect(card.locator('.shared')).toHaveText(shared);
      await expectAboveTheFold(page, card.locator('.claimant'), 'the card’s claimant');
      // The card starts on screen and fills it, rather than its tail end showing.
      const top = (await card.boundingBox())!.y;
      expect(top).toBeLessThan(PHONE.height / 2);
      const way = page.getByRole('button', { name: toMap });
      await expectAboveTheFold(page, way, 'the way to the map');
      await page.screenshot({ path: info.outputPath(`phone-claim-${lang}.png`) });
      await way.click();
      // The map now has the screen: the sheet stepped down.
      await expect(page.getByRole('button', { name: toMap })).toHaveCount(0);
      await expect
        .poll(async () => (await page.locator('.sheet').boundingBox())!.height)
        .toBeLessThan(PHONE.height / 2);
      // Focus is not lost with the button: it is on the handle that brings the versions back.
      await expect(page.locator('.sheet .bar .handle')).toBeFocused();
    });

    test('a plain permalink shows the title and the headline comparison above the fold', async ({
      page,
    }, info) => {
      // The app's script held back: the prerendered page alone, as a slow link first shows it.
      const release = await holdAppScript(page);
      await page.goto(`${prefix}${LERE}`, { waitUntil: 'commit' });
      await expect(page.locator('#incident-title')).toBeVisible();
      expect(await page.locator('html[data-ready]').count()).toBe(0);
      // Prerendered, before the app: the reader already sees the essentials …
      await expectAboveTheFold(page, page.locator('#incident-title'), 'the title (prerendered)');
      await expectAboveTheFold(
        page,
        page.locator('tr[data-figure="killed/army"]'),
        'the soldiers-killed comparison (prerendered)',
      );
      release();
      await waitForApp(page);
      // … and still after the app has taken over.
      await expectAboveTheFold(page, page.locator('#incident-title'), 'the title');
      const row = page.locator('tr[data-figure="killed/army"]');
      await expectAboveTheFold(page, row, 'the soldiers-killed comparison');
      await expect(row.locator('td[data-side="army"] .value')).toHaveText('5');
      await expect(row.locator('td[data-side="rebels"] .value')).toHaveText('35');
      await page.screenshot({ path: info.outputPath(`phone-permalink-${lang}.png`) });
    });

    test('nothing in the panel runs past the right edge on the widest incident', async ({ page }, info) => {
      // Delay the app's JavaScript so the prerendered page can be measured as a reader first sees it.
      const release = await holdAppScript(page);
      await page.goto(`${prefix}${TINZA}`, { waitUntil: 'commit' });
      await expect(page.locator('[data-incident="2024-07-25-tinzaouaten"]')).toBeVisible();
      expect(await page.locator('html[data-ready]').count()).toBe(0);
      expect(await overflowing(page, '[data-incident]'), 'prerendered').toEqual([]);
      release();
      await waitForApp(page);
      expect(await overflowing(page, '[data-incident]'), 'after the app took over').toEqual([]);
      await page.locator('[data-incident] details.embed summary').click();
      expect(await overflowing(page, '[data-incident]'), 'with the embed code open').toEqual([]);
      await page.screenshot({ path: info.outputPath(`phone-tinzaouaten-${lang}.png`), fullPage: true });
    });
  });
