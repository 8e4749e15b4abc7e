import type { Page } from '@playwright/test';
import { test, expect, waitForApp, waitForMapIdle } from './fixtures';

const LERE = 'incidents/2023-09-17-lere/';
const LERE_LNGLAT: [number, number] = [-4.9118, 15.7118];

/** What has focus: its tag, id and text, enough to tell the skip links and headings apart. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    return { tag: el?.tagName.toLowerCase(), id: el?.id, text: el?.textContent?.trim() ?? '' };
  });

for (const { lang, path, panel, list } of [
  { lang: 'fr', path: LERE, panel: 'Aller aux versions', list: 'Aller à la liste des incidents' },
  {
    lang: 'en',
    path: `en/${LERE}`,
    panel: 'Skip to the versions',
    list: 'Skip to the list of incidents',
  },
])
  test(`(${lang}) the first two Tabs reach the skip links, which move focus to the panel and the list`, async ({
    page,
  }) => {
    await page.goto(path);
    await waitForApp(page);
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: panel })).toBeFocused();
    // Shown when focused: a reader who tabs sees where they are.
    await expect(page.getByRole('link', { name: panel })).toBeInViewport();
    await page.keyboard.press('Enter');
    expect((await focused(page)).id).toBe('panel');
    // The next Tab goes on inside the panel, not back to the masthead.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => !!document.activeElement?.closest('#panel'))).toBe(true);
    await expect(page.locator('[data-incident="2023-09-17-lere"]')).toBeVisible();

    await page.goto(path);
    await waitForApp(page);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: list })).toBeFocused();
    await page.keyboard.press('Enter');
    expect((await focused(page)).id).toBe('list');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => !!document.activeElement?.closest('#list'))).toBe(true);
    // Skipping does not close the incident or lose the address.
    await expect(page).toHaveURL(new RegExp(LERE));
    await expect(page.locator('[data-incident="2023-09-17-lere"]')).toBeVisible();
  });

test('on the home page the first Tab reaches "skip to the list"', async ({ page }) => {
  await page.goto('./');
  await waitForApp(page);
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Aller à la liste des incidents' })).toBeFocused();
  await page.keyboard.press('Enter');
  expect((await focused(page)).id).toBe('list');
});

test('Enter on a list item opens the incident with focus on its heading', async ({ page }) => {
  await page.goto('./');
  await waitForApp(page);
  const item = page.locator('.sidebar a[data-id="2023-09-17-lere"]');
  await item.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(LERE));
  const heading = page.locator('[data-incident="2023-09-17-lere"] #incident-title');
  await expect(heading).toBeFocused();
  // The next Tab goes on through the panel (the share buttons), not back into the list.
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => !!document.activeElement?.closest('[data-incident]'))).toBe(true);
});

test('clicking a marker opens the incident with focus on its heading', async ({ page }) => {
  await page.goto(`./#map=9/${LERE_LNGLAT[1]}/${LERE_LNGLAT[0]}`);
  await waitForMapIdle(page);
  const { x, y } = await page.evaluate((ll) => {
    const map = (
      window as unknown as { recoupeMap: { project: (p: [number, number]) => { x: number; y: number } } }
    ).recoupeMap;
    const canvas = document.querySelector('canvas.maplibregl-canvas')!.getBoundingClientRect();
    const p = map.project(ll);
    return { x: canvas.left + p.x, y: canvas.top + p.y };
  }, LERE_LNGLAT);
  await page.mouse.click(x, y);
  await expect(page).toHaveURL(/\/incidents\/\d{4}-\d{2}-\d{2}-lere\//);
  await expect(page.locator('[data-incident] #incident-title')).toBeFocused();
});
