import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect, waitForMapIdle } from './fixtures';

// The oracle is the published data itself, read with plain logic here, not the app's filter index.
interface Claim {
  side: string;
  figures: { measure: string; value?: number | { min: number } | { at_least: number } }[];
}
interface Incident {
  id: string;
  date: { start: string; end?: string; precision: string };
  place: { name: string; region: string; other_regions?: string[] };
  types: string[];
  claims: Claim[];
}
const DATA: Incident[] = (
  JSON.parse(readFileSync('dist/data/incidents.geojson', 'utf8')) as { features: { properties: Incident }[] }
).features.map((f) => f.properties);
const idsWhere = (test: (i: Incident) => boolean) =>
  DATA.filter(test)
    .map((i) => i.id)
    .sort();
const spoke = (i: Incident, side: string) => i.claims.some((c) => c.side === side);

/** A side's largest claimed death toll: its killed figures summed (lower bounds), best claim. */
function toll(i: Incident, side: string): number {
  const low = (v: Claim['figures'][number]['value']) =>
    v === undefined ? undefined : typeof v === 'number' ? v : 'min' in v ? v.min : v.at_least;
  let best = 0;
  for (const c of i.claims.filter((c) => c.side === side)) {
    const sum = c.figures.filter((f) => f.measure === 'killed').reduce((n, f) => n + (low(f.value) ?? 0), 0);
    best = Math.max(best, sum);
  }
  return best;
}
const tollsMatch = (f: Record<string, { toll: number }>, side: string) =>
  DATA.every((i) => f[i.id]?.toll === toll(i, side));

const listIds = async (page: Page) =>
  (
    await page.locator('.sidebar a[data-id]').evaluateAll((as) => as.map((a) => a.getAttribute('data-id')!))
  ).sort();

/** The slugs and properties the map's incident source holds now. */
async function mapFeatures(page: Page): Promise<Record<string, { toll: number; dim: number }>> {
  return page.evaluate(async () => {
    const map = (window as unknown as { recoupeMap: import('maplibre-gl').Map }).recoupeMap;
    const source = map.getSource('incidents') as import('maplibre-gl').GeoJSONSource;
    const data = (await source.getData()) as GeoJSON.FeatureCollection;
    return Object.fromEntries(data.features.map((f) => [f.properties!.slug, f.properties])) as Record<
      string,
      { toll: number; dim: number }
    >;
  });
}

/** The list shows these incidents (its first page of 100, and its count) and so does the map. */
async function expectShown(page: Page, ids: string[]): Promise<void> {
  await expect(page.locator('.sidebar .list .count')).toHaveText(new RegExp(`^${ids.length} incidents?$`));
  await expect.poll(async () => (await listIds(page)).every((id) => ids.includes(id))).toBe(true);
  await expect.poll(async () => (await listIds(page)).length).toBe(Math.min(ids.length, 100));
  await expect.poll(async () => Object.keys(await mapFeatures(page)).sort()).toEqual(ids);
}

const params = (page: Page) => Object.fromEntries(new URL(page.url()).searchParams);

test.beforeEach(async ({ page }) => {
  await page.goto('./');
  await waitForMapIdle(page);
});

test('a side chip keeps the incidents that side spoke about, in the list, the map and the URL', async ({
  page,
}) => {
  await page.getByRole('button', { name: 'Jihadistes', exact: true }).click();
  expect(params(page)).toMatchObject({ side: 'jihadists' });
  const expected = idsWhere((i) => spoke(i, 'jihadists'));
  expect(expected.length).toBeGreaterThan(0);
  expect(expected.length).toBeLessThan(DATA.length);
  await expectShown(page, expected);
  await expect(page.locator('.timeline .count')).toContainText(`${expected.length} incidents`);
});

test('region and event type selects filter, and the view survives a reload', async ({ page }) => {
  await page.getByLabel('Région').selectOption('Kidal');
  await page.getByLabel('Type d’incident').selectOption('drone-strike');
  expect(params(page)).toMatchObject({ region: 'Kidal', type: 'drone-strike' });
  const expected = idsWhere(
    (i) =>
      (i.place.region === 'Kidal' || (i.place.other_regions ?? []).includes('Kidal')) &&
      i.types.includes('drone-strike'),
  );
  expect(expected.length).toBeGreaterThan(0);
  await expectShown(page, expected);
  await page.reload();
  await waitForMapIdle(page);
  await expectShown(page, expected);
  await expect(page.getByLabel('Région')).toHaveValue('Kidal');
});

test('"contested only" keeps incidents where sides gave conflicting figures', async ({ page }) => {
  await page.getByLabel('Chiffres contestés seulement').check();
  expect(params(page)).toMatchObject({ contested: '1' });
  const ids = await listIds(page);
  expect(ids.length).toBeGreaterThan(0);
  expect(ids.length).toBeLessThan(DATA.length);
  // Every one has figures from at least two sides.
  for (const id of ids) {
    const sides = new Set(
      DATA.find((i) => i.id === id)!
        .claims.filter((c) => c.figures.length)
        .map((c) => c.side),
    );
    expect(sides.size, id).toBeGreaterThanOrEqual(2);
  }
  expect(ids).toContain('2023-09-17-lere');
});

test('searching "Tin-Zaouatene" finds the Tinzaouaten incidents', async ({ page }) => {
  const search = page.getByRole('searchbox');
  await search.fill('Tin-Zaouatene');
  await search.press('Enter');
  await expect.poll(() => params(page).q).toBe('Tin-Zaouatene');
  const ids = await listIds(page);
  const tinza = idsWhere((i) => i.place.name === 'Tinzaouaten');
  expect(tinza.length).toBeGreaterThan(2);
  expect(ids).toEqual(expect.arrayContaining(tinza));
  expect(ids.length).toBeLessThan(DATA.length / 3);
});

test('Back and Forward step through filter changes; clear filters returns to everything', async ({
  page,
}) => {
  await page.getByRole('button', { name: 'Armée', exact: true }).click();
  await page.getByRole('button', { name: 'Rebelles', exact: true }).click();
  expect(params(page).side).toBe('army,rebels');
  await page.goBack();
  await expect.poll(() => params(page).side).toBe('army');
  await expect(page.getByRole('button', { name: 'Rebelles', exact: true })).toHaveAttribute(
    'aria-pressed',
    'false',
  );
  await expectShown(
    page,
    idsWhere((i) => spoke(i, 'army')),
  );
  await page.goForward();
  await expect.poll(() => params(page).side).toBe('army,rebels');
  await page.getByRole('button', { name: 'Effacer les filtres' }).click();
  expect(params(page)).toEqual({});
  await expectShown(
    page,
    idsWhere(() => true),
  );
});

test('"as each side tells it" sizes by that side’s toll and dims what it did not speak about', async ({
  page,
}) => {
  await page.getByLabel('Selon chaque camp').selectOption('army');
  expect(params(page)).toMatchObject({ as: 'army' });
  await expect(page.locator('.legend .note')).toContainText('Armée');
  await expect
    .poll(async () => {
      const f = await mapFeatures(page);
      return DATA.every((i) => f[i.id]?.dim === (spoke(i, 'army') ? 0 : 1));
    })
    .toBe(true);
  // Sizes follow the army's own largest death toll; the rebels' view changes them.
  await expect.poll(async () => tollsMatch(await mapFeatures(page), 'army')).toBe(true);
  await page.getByLabel('Selon chaque camp').selectOption('rebels');
  await expect.poll(async () => tollsMatch(await mapFeatures(page), 'rebels')).toBe(true);
  const f = await mapFeatures(page);
  expect(f['2023-09-17-lere']!.toll).toBeGreaterThan(
    toll(
      DATA.find((i) => i.id === '2023-09-17-lere')!,
      'army',
    ),
  );
});

test('the timeline’s handles move the period with the arrow keys', async ({ page }) => {
  const start = page.getByRole('slider', { name: 'Début de la période' });
  const end = page.getByRole('slider', { name: 'Fin de la période' });
  await end.focus();
  await end.press('End');
  await start.press('End');
  await start.press('ArrowLeft');
  await start.press('ArrowLeft');
  const { from, to } = params(page);
  expect(from).toMatch(/^\d{4}-\d{2}-01$/);
  expect(to).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  const expected = idsWhere((i) => (i.date.end ?? i.date.start) >= from! && i.date.start <= to!);
  expect(expected.length).toBeLessThan(DATA.length);
  await expectShown(page, expected);
  // One key sequence is one history entry: Back restores the whole timeline.
  await page.goBack();
  expect(params(page)).toEqual({});
});

test('timeline bars follow the chosen dates: the period’s months are drawn as chosen, the others not', async ({
  page,
}) => {
  await page.goto('./?from=2023-09-01&to=2023-12-31');
  await waitForMapIdle(page);
  const bars = page.locator('.timeline svg rect');
  const total = await bars.count();
  expect(total).toBeGreaterThan(12);
  // Monthly bars, one per month: September to December is four of them.
  await expect(page.locator('.timeline svg rect.in')).toHaveCount(4);
  await page.goto('./?from=2023-09-01&to=2023-09-30');
  await waitForMapIdle(page);
  await expect(page.locator('.timeline svg rect.in')).toHaveCount(1);
  await page.goto('./');
  await waitForMapIdle(page);
  await expect(page.locator('.timeline svg rect.in')).toHaveCount(total);
});

test('dragging across the timeline picks a period, in one history entry', async ({ page }) => {
  const box = (await page.locator('.timeline .track').boundingBox())!;
  const y = box.y + box.height / 2;
  await page.mouse.move(box.x + box.width * 0.8, y);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.9, y, { steps: 5 });
  await page.mouse.move(box.x + box.width * 0.95, y, { steps: 5 });
  await page.mouse.up();
  const { from, to } = params(page);
  expect(from && to && from < to).toBe(true);
  await expect(page.locator('.timeline .count')).toContainText(/incidents?,/);
  const expected = idsWhere((i) => (i.date.end ?? i.date.start) >= from! && i.date.start <= to!);
  await expectShown(page, expected);
  await page.goBack();
  expect(params(page)).toEqual({});
});

test('a permalink to an incident the filters leave out still opens it, and says so', async ({ page }) => {
  const outside = DATA.find((i) => !spoke(i, 'jihadists'))!;
  await page.goto(`incidents/${outside.id}/?side=jihadists`);
  await expect(page.locator('[data-incident]')).toHaveAttribute('data-incident', outside.id);
  await expect(page.getByText('Cet incident n’entre pas dans les filtres actuels.')).toBeVisible();
  expect(await listIds(page)).not.toContain(outside.id);
});

test('j/k step through the filtered incidents only', async ({ page }) => {
  await page.goto('./?region=Kidal');
  await waitForMapIdle(page);
  const kidal = DATA.filter(
    (i) => i.place.region === 'Kidal' || (i.place.other_regions ?? []).includes('Kidal'),
  )
    .sort((a, b) => a.date.start.localeCompare(b.date.start) || a.id.localeCompare(b.id))
    .map((i) => i.id);
  await page.locator('body').press('j');
  await expect(page.locator('[data-incident]')).toHaveAttribute('data-incident', kidal[0]!);
  await page.locator('body').press('j');
  await expect(page.locator('[data-incident]')).toHaveAttribute('data-incident', kidal[1]!);
});

test('moving the map rewrites #map= but does not re-filter or resend the incidents to the map', async ({
  page,
}) => {
  await page.goto('./?side=army');
  await waitForMapIdle(page);
  const setDataCalls = () => page.evaluate(() => performance.getEntriesByName('recoupe:set-data').length);
  const before = await setDataCalls();
  const hash = new URL(page.url()).hash;
  await page.evaluate(() =>
    (window as unknown as { recoupeMap: { panBy: (p: [number, number]) => void } }).recoupeMap.panBy([
      120, 0,
    ]),
  );
  await expect.poll(() => new URL(page.url()).hash).not.toBe(hash);
  expect(params(page)).toMatchObject({ side: 'army' });
  expect(await setDataCalls()).toBe(before);
});
