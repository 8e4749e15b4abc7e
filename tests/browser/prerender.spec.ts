import { test, expect } from './fixtures';

test('a prerendered incident page carries both tolls and its preview tags, and no local address', async ({
  request,
}) => {
  const res = await request.get('incidents/2023-09-17-lere/');
  expect(res.status()).toBe(200);
  const html = await res.text();
  const meta = (prop: string) => new RegExp(`<meta property="${prop}" content="([^"]+)"`).exec(html)?.[1];
  expect(meta('og:title')).toMatch(/Léré/);
  const description = meta('og:description') ?? '';
  expect(description).toMatch(/Armée : 5 soldats maliens tués/);
  expect(description).toMatch(/Rebelles : 35 soldats maliens tués/);
  expect(html).toMatch(/<title>[^<]*Léré[^<]*<\/title>/);
  expect(html).toContain('data-incident="2023-09-17-lere"');
  expect(html).toMatch(/<article[^>]*data-side="army"[^>]*data-claim="army-2"/);
  // The default build knows no public address: it writes none, and never a local one.
  expect(html).not.toMatch(/127\.0\.0\.1|localhost/);
  expect(meta('og:url')).toBeUndefined();
});

test('an English page speaks English in its HTML and previews', async ({ request }) => {
  const html = await (await request.get('en/incidents/2023-09-17-lere/')).text();
  expect(html).toMatch(/<html lang="en" dir="ltr">/);
  expect(html).toMatch(/<meta property="og:description" content="[^"]*Army: 5 Malian soldiers killed/);
  expect(html).toMatch(/<meta property="og:locale" content="en_GB"/);
  expect(html).toContain('What each side says');
});

test('the home page is light: styled from its head, its app script tiny, the index left to data/index.json', async ({
  request,
}) => {
  const html = await (await request.get('')).text();
  const head = html.slice(0, html.indexOf('</head>'));
  // The stylesheet is in the head (the app's chunk owns it, the build links it on every page).
  const css = /<link rel="stylesheet" crossorigin href="([^"]+\.css)">/.exec(head)?.[1];
  expect(css, 'a stylesheet linked in the head').toBeDefined();
  expect((await request.get(css ?? '')).status()).toBe(200);
  // The entry only starts the app: no app code is preloaded beside the stylesheet.
  expect(head).not.toContain('modulepreload');
  const entry = /<script type="module" crossorigin src="([^"]+)">/.exec(head)?.[1];
  const body = await (await request.get(entry ?? '', { headers: { 'Accept-Encoding': 'identity' } })).body();
  expect(body.length).toBeLessThan(5_000);
  // The list is in the HTML; the index it was rendered from is not.
  expect(html).toContain('data-id="2023-09-17-lere"');
  const state = /<script type="application\/json" id="recoupe-state">([^<]*)<\/script>/.exec(html)?.[1];
  const parsed = JSON.parse(state ?? '{}') as { indexFile?: boolean; index?: unknown };
  expect(parsed.indexFile).toBe(true);
  expect(parsed.index).toBeUndefined();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the versions are readable', async ({ page }) => {
    await page.goto('incidents/2023-09-17-lere/');
    const table = page.locator('table.figures');
    await expect(table.locator('tr[data-figure="killed/army"] td[data-side="army"] .value')).toHaveText('5');
    await expect(table.locator('tr[data-figure="killed/army"] td[data-side="rebels"] .value')).toHaveText(
      '35',
    );
    await expect(page.locator('article[data-claim]').first()).toBeVisible();
  });

  test('the home page lists the incidents, newest first, as real links', async ({ page }) => {
    await page.goto('./');
    const links = page.locator('.sidebar a[data-id]');
    expect(await links.count()).toBeGreaterThanOrEqual(100);
    const first = await links.first().getAttribute('href');
    expect(first).toMatch(/^\/incidents\/\d{4}-\d{2}-\d{2}-[a-z0-9-]+\/$/);
    const dates = await links.evaluateAll((as) =>
      as.slice(0, 20).map((a) => a.getAttribute('data-id')!.slice(0, 10)),
    );
    expect(dates).toEqual([...dates].sort().reverse());
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Recoupe');
  });
});
