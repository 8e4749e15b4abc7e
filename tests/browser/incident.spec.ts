import type { Page } from '@playwright/test';
import { test, expect, waitForApp, waitForMapIdle } from './fixtures';

const LERE = 'incidents/2023-09-17-lere/';
const LERE_LNGLAT: [number, number] = [-4.9118, 15.7118];

const panel = (page: Page) => page.locator('[data-incident]');
const cell = (page: Page, figure: string, side: string) =>
  page.locator(`tr[data-figure="${figure}"] td[data-side="${side}"] .value`);

/** Screen position of a point on the map, through the page's stable map hook. */
async function project(page: Page, lngLat: [number, number]): Promise<{ x: number; y: number }> {
  return page.evaluate((ll) => {
    const map = (
      window as unknown as { recoupeMap: { project: (p: [number, number]) => { x: number; y: number } } }
    ).recoupeMap;
    const canvas = document.querySelector('canvas.maplibregl-canvas')!.getBoundingClientRect();
    const p = map.project(ll);
    return { x: canvas.left + p.x, y: canvas.top + p.y };
  }, lngLat);
}

test('a Léré permalink shows the army’s 5 and the rebels’ 35 soldiers killed, each version sourced', async ({
  page,
}) => {
  await page.goto(LERE);
  await expect(panel(page)).toHaveAttribute('data-incident', '2023-09-17-lere');
  await expect(cell(page, 'killed/army', 'army')).toHaveText('5');
  await expect(cell(page, 'killed/army', 'rebels')).toHaveText('35');
  await expect(page.locator('tr[data-figure="killed/army"] .gap')).toContainText('×7');
  const army = page.locator('article[data-side="army"]');
  const rebels = page.locator('article[data-side="rebels"]');
  await expect(army.first()).toBeVisible();
  await expect(rebels.first()).toBeVisible();
  for (const card of await page.locator('article[data-claim]').all()) {
    const link = card.locator('.sources a[target="_blank"]').first();
    await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    await expect(link).toHaveAttribute('href', /^https?:\/\//);
  }
  await expect(page).toHaveTitle(/Léré/);
});

test('clicking a marker opens its incident, and Back returns to the previous view', async ({ page }) => {
  await page.goto(`./#map=9/${LERE_LNGLAT[1]}/${LERE_LNGLAT[0]}`);
  await waitForMapIdle(page);
  await expect(page.locator('.sidebar a[data-id]').first()).toBeVisible();
  const { x, y } = await project(page, LERE_LNGLAT);
  await page.mouse.click(x, y);
  // Léré has two incidents at one point (2015 and 2023): the one drawn on top opens.
  await expect(page).toHaveURL(/\/incidents\/\d{4}-\d{2}-\d{2}-lere\//);
  const opened = new URL(page.url()).pathname.split('/')[2]!;
  await expect(panel(page)).toHaveAttribute('data-incident', opened);
  await expect(page.locator('.sidebar a[aria-current="page"]')).toHaveAttribute('data-id', opened);
  await page.goBack();
  await expect(page).toHaveURL(/127\.0\.0\.1:\d+\/#map=/);
  await expect(panel(page)).toHaveCount(0);
});

test('reloading with #map= keeps that view', async ({ page }) => {
  await page.goto('./#map=7/18.000/-1.500');
  await waitForMapIdle(page);
  await page.reload();
  await waitForMapIdle(page);
  const view = await page.evaluate(() => {
    const map = (
      window as unknown as { recoupeMap: { getZoom(): number; getCenter(): { lat: number; lng: number } } }
    ).recoupeMap;
    return { zoom: map.getZoom(), ...map.getCenter() };
  });
  expect(view.zoom).toBeCloseTo(7, 1);
  expect(view.lat).toBeCloseTo(18, 1);
  expect(view.lng).toBeCloseTo(-1.5, 1);
  expect(new URL(page.url()).hash).toBe('#map=7/18.000/-1.500');
});

test('an unknown incident id says so clearly, with a way back to the map', async ({ page }) => {
  const res = await page.goto('incidents/2099-01-01-nowhere/');
  expect(res?.status()).toBe(404);
  const alert = page.locator('[data-not-found="incident"]');
  await expect(alert).toContainText('Incident introuvable');
  await expect(alert).toContainText('2099-01-01-nowhere');
  await alert.getByRole('link').click();
  await expect(page).toHaveURL(/127\.0\.0\.1:\d+\/(#.*)?$/);
  await expect(page.locator('.sidebar a[data-id]').first()).toBeVisible();
});

test('an unknown page says "page not found", never a blank page', async ({ page }) => {
  await page.goto('nulle-part/');
  await expect(page.locator('[data-not-found="page"]')).toContainText('Page introuvable');
});

test('the language switch turns the interface and the versions into English, and back', async ({ page }) => {
  await page.goto(LERE);
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await page.getByRole('link', { name: 'English' }).click();
  await expect(page).toHaveURL(/\/en\/incidents\/2023-09-17-lere\/(#.*)?$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator('#incident-title')).not.toHaveText(/Attaque/);
  await expect(page.locator('table.figures caption')).toHaveText('Figures given by each side');
  await page.getByRole('link', { name: 'Français' }).click();
  await expect(page.locator('table.figures caption')).toHaveText('Chiffres avancés par chaque camp');
});

test('an older ?lang=en link is honoured in a French browser, and moves to the English address', async ({
  page,
}) => {
  await page.goto(`${LERE}?lang=en`);
  await waitForApp(page);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page).toHaveURL(/\/en\/incidents\/2023-09-17-lere\/(#.*)?$/);
  await expect(page.locator('table.figures caption')).toHaveText('Figures given by each side');
});

test('an English browser gets English by default', async ({ browser }) => {
  const ctx = await browser.newContext({ locale: 'en-US' });
  const page = await ctx.newPage();
  await page.goto(LERE);
  await waitForApp(page);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await ctx.close();
});

test('markers survive a language switch (the basemap style is swapped, the incident layers kept)', async ({
  page,
}) => {
  await page.goto('./');
  await waitForMapIdle(page);
  const drawn = () =>
    page.evaluate(() => {
      const map = (window as unknown as { recoupeMap: import('maplibre-gl').Map }).recoupeMap;
      const layers = ['incident-points', 'incident-clusters'].filter((id) => map.getLayer(id));
      return { layers, rendered: layers.length ? map.queryRenderedFeatures({ layers }).length : 0 };
    });
  const before = await drawn();
  expect(before.rendered).toBeGreaterThan(0);
  await page.getByRole('link', { name: 'English' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect.poll(async () => (await drawn()).layers).toEqual(['incident-points', 'incident-clusters']);
  await expect.poll(async () => (await drawn()).rendered).toBe(before.rendered);
});

test('the keyboard steps through incidents in time and Escape closes the panel', async ({ page }) => {
  await page.goto(LERE);
  await waitForApp(page);
  await expect(panel(page)).toBeVisible();
  await page.locator('body').press('j');
  await expect(page).not.toHaveURL(new RegExp(LERE));
  const next = new URL(page.url()).pathname;
  await page.locator('body').press('k');
  await expect(page).toHaveURL(new RegExp(LERE));
  await page.locator('body').press('ArrowRight');
  await expect(page).toHaveURL(new RegExp(next));
  await page.keyboard.press('Escape');
  await expect(panel(page)).toHaveCount(0);
  await expect(page.locator('.sidebar a:focus')).toHaveCount(1);
});

test('the incident list is made of real links that open incidents from the keyboard', async ({ page }) => {
  await page.goto('./');
  const link = page.locator('.sidebar a[data-id="2023-09-17-lere"]');
  await expect(link).toHaveAttribute('href', `/${LERE}`);
  await link.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(LERE));
  await expect(panel(page)).toHaveAttribute('data-incident', '2023-09-17-lere');
});

test('?claim= highlights that version and scrolls it into view', async ({ page }) => {
  await page.goto(`${LERE}?claim=rebels-2`);
  await waitForApp(page);
  const card = page.locator('article[data-claim="rebels-2"]');
  await expect(card).toHaveAttribute('aria-current', 'true');
  await expect(card).toBeInViewport();
  await expect(page.locator('article[aria-current="true"]')).toHaveCount(1);
});

test('with ?claim=, typing a search or moving the map leaves focus where the reader put it', async ({
  page,
}) => {
  await page.goto(`${LERE}?claim=rebels-2`);
  await waitForMapIdle(page);
  await expect(page.locator('article[data-claim="rebels-2"]')).toBeFocused();
  const search = page.getByRole('searchbox');
  await search.focus();
  await search.pressSequentially('kidal');
  await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe('kidal');
  await page.evaluate(() =>
    (window as unknown as { recoupeMap: { panBy: (p: [number, number]) => void } }).recoupeMap.panBy([80, 0]),
  );
  await expect.poll(() => new URL(page.url()).hash).not.toBe('#map=9/15.7167/-4.9167');
  await expect(search).toBeFocused();
  await expect(search).toHaveValue('kidal');
});

test('data text is rendered as text, never as HTML, even when the data carries markup', async ({ page }) => {
  // A hostile copy of Léré: markup in its title and a summary, as a tampered data file could carry.
  // The app must show it as text and run none of it. (The index and the record are fetched from
  // another incident's page, which carries neither.)
  const hostile = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';
  await page.route('**/data/index.json', async (route) => {
    const res = await route.fetch();
    const index = (await res.json()) as { incidents: { id: string; title: { fr: string } }[] };
    for (const d of index.incidents) if (d.id === '2023-09-17-lere') d.title.fr = `Léré ${hostile}`;
    await route.fulfill({ response: res, json: index });
  });
  await page.route('**/data/incidents/2023-09-17-lere.json', async (route) => {
    const res = await route.fetch();
    const record = (await res.json()) as { title: { fr: string }; claims: { summary: { fr: string } }[] };
    record.title.fr = `Léré ${hostile}`;
    record.claims[0]!.summary.fr = `Résumé ${hostile}`;
    await route.fulfill({ response: res, json: record });
  });
  await page.goto('incidents/2023-09-12-bourem/');
  await waitForApp(page);
  const item = page.locator('.sidebar a[data-id="2023-09-17-lere"]');
  await expect(item.locator('.title')).toHaveText(`Léré ${hostile}`);
  await item.click();
  await expect(page.locator('#incident-title')).toHaveText(`Léré ${hostile}`);
  await expect(page.locator('article[data-claim="army-1"] .summary')).toHaveText(`Résumé ${hostile}`);
  expect(await page.locator('#app img[src="x"], #app script').count()).toBe(0);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
});
