import { test, expect, waitForMapIdle } from './fixtures';

type RenderedMap = {
  queryRenderedFeatures(o: { layers: string[] }): { properties: Record<string, unknown> }[];
};

test('with every off-origin request blocked, the basemap is drawn from the app’s own tiles and fonts', async ({
  page,
  offsite,
}) => {
  const served: string[] = [];
  page.on('response', (r) => {
    if (/\/basemap\/tiles\/|\/glyphs\//.test(r.url()) && r.ok()) served.push(new URL(r.url()).pathname);
  });
  await page.goto('./#map=6/18.000/0.500');
  await waitForMapIdle(page);
  const drawn = await page.evaluate(() => {
    const map = (window as unknown as { recoupeMap: RenderedMap }).recoupeMap;
    const names = (layer: string) =>
      map.queryRenderedFeatures({ layers: [layer] }).map((f) => f.properties.name_fr);
    return {
      land: map.queryRenderedFeatures({ layers: ['basemap-land'] }).length,
      places: names('basemap-place-labels'),
    };
  });
  expect(offsite.urls).toEqual([]);
  expect(served.some((p) => p.includes('/basemap/tiles/6/'))).toBe(true);
  expect(served.some((p) => p.includes('/glyphs/Noto%20Sans%20Regular/0-255.pbf'))).toBe(true);
  expect(drawn.land).toBeGreaterThan(0);
  // Town names with their French accents, from the shipped gazetteer.
  expect(drawn.places).toEqual(expect.arrayContaining(['Gao', 'Kidal', 'Ménaka']));
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('a permalink opens with the versions in an expanded sheet, which collapses and expands again', async ({
    page,
  }) => {
    await page.goto('incidents/2023-09-17-lere/');
    const panel = page.locator('[data-incident="2023-09-17-lere"]');
    await expect(panel).toBeVisible();
    const handle = page.getByRole('button', { name: 'Masquer les versions' });
    await expect(handle).toHaveAttribute('aria-expanded', 'true');
    const sheet = page.locator('.sheet');
    const expanded = (await sheet.boundingBox())?.height ?? 0;
    await handle.click();
    const collapsed = page.getByRole('button', { name: 'Voir les versions' });
    await expect(collapsed).toHaveAttribute('aria-expanded', 'false');
    await expect.poll(async () => (await sheet.boundingBox())?.height ?? 0).toBeLessThan(expanded - 100);
    await collapsed.focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('button', { name: 'Masquer les versions' })).toHaveAttribute(
      'aria-expanded',
      'true',
    );
  });
});
