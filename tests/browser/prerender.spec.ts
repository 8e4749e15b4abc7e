import { test, expect } from './fixtures';

test('a prerendered incident page carries both tolls and Open Graph tags in its HTML', async ({
  request,
}) => {
  const res = await request.get('incidents/2023-09-17-lere/');
  expect(res.status()).toBe(200);
  const html = await res.text();
  const meta = (prop: string) => new RegExp(`<meta property="${prop}" content="([^"]+)"`).exec(html)?.[1];
  expect(meta('og:title')).toMatch(/Léré/);
  expect(meta('og:url')).toMatch(/\/incidents\/2023-09-17-lere\/$/);
  const description = meta('og:description') ?? '';
  expect(description).toMatch(/Armée : 5 soldats maliens tués/);
  expect(description).toMatch(/Rebelles : 35 soldats maliens tués/);
  expect(html).toMatch(/<link rel="canonical" href="[^"]+\/incidents\/2023-09-17-lere\/"/);
  expect(html).toMatch(/<title>[^<]*Léré[^<]*<\/title>/);
  expect(html).toContain('data-incident="2023-09-17-lere"');
  expect(html).toMatch(/<article[^>]*data-side="army"[^>]*data-claim="army-2"/);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the versions are readable', async ({ page }) => {
    await page.goto('incidents/2023-09-17-lere/');
    const table = page.locator('#prerendered table.figures');
    await expect(table.locator('tr[data-figure="killed/army"] td[data-side="army"] .value')).toHaveText('5');
    await expect(table.locator('tr[data-figure="killed/army"] td[data-side="rebels"] .value')).toHaveText(
      '35',
    );
    await expect(page.locator('#prerendered article[data-claim]').first()).toBeVisible();
  });
});
