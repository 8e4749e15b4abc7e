import type { Locator, Page } from '@playwright/test';
import { test, expect, waitForApp } from './fixtures';

// When MapLibre cannot load (a blocked or failed chunk on a bad link), the reader is told so beside
// the static locator the build drew, and everything else keeps working.

const MESSAGE = {
  fr: 'La carte interactive n’a pas pu se charger. Les incidents restent lisibles dans la liste.',
  en: 'The interactive map could not load. The incidents remain readable in the list.',
};

async function blockMapLibre(page: Page, allowedErrors: RegExp[]): Promise<void> {
  await page.route('**/assets/maplibre-*.js', (route) => route.abort());
  // Chromium reports the refused request itself as a console error.
  allowedErrors.push(/Failed to load resource: net::ERR_FAILED/);
}

/** The element is on screen and nothing covers its centre. */
async function expectSeen(page: Page, el: Locator): Promise<void> {
  await expect(el).toBeVisible();
  await expect(el).toBeInViewport({ ratio: 1 });
  const covered = await el.evaluate((node) => {
    const r = node.getBoundingClientRect();
    const at = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
    return at && !node.contains(at) ? `${at.tagName}.${at.className}` : '';
  });
  expect(covered, 'covered by').toBe('');
}

test('an incident page without MapLibre says the map failed, beside the locator, and still reads', async ({
  page,
  allowedErrors,
}) => {
  await blockMapLibre(page, allowedErrors);
  await page.goto('incidents/2023-09-17-lere/');
  await waitForApp(page);
  const message = page.locator('.map-failed');
  await expect(message).toHaveText(MESSAGE.fr);
  await expectSeen(page, message);
  // The build's locator stays where the map would be, with the incident's point.
  await expect(page.locator('[data-locator] svg')).toBeVisible();
  await expect(page.locator('canvas.maplibregl-canvas')).toHaveCount(0);
  // The versions read, and the app still answers: the list opens another incident.
  await expect(page.locator('tr[data-figure="killed/army"] td[data-side="rebels"] .value')).toHaveText('35');
  await expect(page.locator('article[data-claim]').first()).toBeVisible();
  await page.locator('.sidebar a[data-id="2023-09-12-bourem"]').click();
  await expect(page.locator('[data-incident]')).toHaveAttribute('data-incident', '2023-09-12-bourem');
  await expect(message).toBeVisible();
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  for (const lang of ['fr', 'en'] as const)
    test(`(${lang}) the home page without MapLibre shows the message above the sheet, and the list`, async ({
      page,
      allowedErrors,
    }) => {
      await blockMapLibre(page, allowedErrors);
      await page.goto(lang === 'fr' ? './' : 'en/');
      await waitForApp(page);
      const message = page.locator('.map-failed');
      await expect(message).toHaveText(MESSAGE[lang]);
      await expectSeen(page, message);
      await expect(page.locator('[data-locator] svg')).toBeVisible();
      await expect(page.locator('.sidebar a[data-id]').first()).toBeVisible();
    });

  test('an incident page: with the sheet stepped down, the message is in view', async ({
    page,
    allowedErrors,
  }) => {
    await blockMapLibre(page, allowedErrors);
    await page.goto('incidents/2023-09-17-lere/');
    await waitForApp(page);
    await expect(page.locator('#incident-title')).toBeVisible();
    await page.getByRole('button', { name: 'Voir sur la carte' }).click();
    await expectSeen(page, page.locator('.map-failed'));
  });
});
