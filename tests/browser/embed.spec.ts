import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';

const ID = '2023-09-17-lere';

/**
 * An article page on the same server, as a newsroom CMS makes it: it embeds the incident in an
 * iframe, records every message the frame sends, and sizes the frame from Datawrapper's message
 * (what Datawrapper's own embed snippet does).
 */
async function openHost(page: Page, src: string): Promise<void> {
  await page.route('**/__host/', (route) =>
    route.fulfill({
      contentType: 'text/html; charset=utf-8',
      body: `<!doctype html><html lang="fr"><head><title>Article</title></head><body>
<h1>Un article</h1>
<script>
  window.__messages = [];
  addEventListener('message', (e) => {
    window.__messages.push(e.data);
    const h = e.data && e.data['datawrapper-height'] && e.data['datawrapper-height']['${ID}'];
    if (h) document.getElementById('recoupe').height = String(h);
  });
</script>
<iframe id="recoupe" src="${src}" title="Recoupe" width="100%" height="200" style="border:0"></iframe>
<p>Suite de l’article.</p>
</body></html>`,
    }),
  );
  await page.goto('__host/');
}

const messages = (page: Page) =>
  page.evaluate(() => (window as unknown as { __messages: unknown[] }).__messages);

test('inside an article, the embed sends its height in Datawrapper’s and pym.js’s formats', async ({
  page,
}) => {
  await openHost(page, `/embed/incidents/${ID}/?childId=recoupe-lere`);
  await expect
    .poll(async () =>
      (await messages(page)).some((m) => typeof m === 'object' && !!m && 'datawrapper-height' in m),
    )
    .toBe(true);
  const all = await messages(page);
  const dw = all.filter(
    (m): m is { 'datawrapper-height': Record<string, number> } =>
      typeof m === 'object' && !!m && 'datawrapper-height' in m,
  );
  const height = dw.at(-1)!['datawrapper-height'][ID]!;
  // pym.js: "pymxPYMx<childId>xPYMxheightxPYMx<px>", the child id the host gave.
  const pym = all.filter((m): m is string => typeof m === 'string' && m.startsWith('pymxPYMx'));
  expect(pym.at(-1)).toBe(`pymxPYMxrecoupe-lerexPYMxheightxPYMx${height}`);
  // The height is the content's: the host sized the frame with it and nothing is cut or scrolls.
  const frame = page.frameLocator('#recoupe');
  const inner = await frame.locator('[data-embed]').evaluate((el) => el.getBoundingClientRect().height);
  expect(Math.abs(height - Math.ceil(inner))).toBeLessThanOrEqual(1);
  expect(height).toBeGreaterThan(600);
  await expect(page.locator('#recoupe')).toHaveAttribute('height', String(height));
  const scrolls = await frame.locator('html').evaluate((el) => el.scrollHeight > el.clientHeight + 1);
  expect(scrolls, 'the frame scrolls inside the article').toBe(false);
  await expect(page.getByText('Suite de l’article.')).toBeVisible();
});

test('the embed page shows the incident’s versions and a link to the full page, nothing of the app', async ({
  page,
}) => {
  await openHost(page, `/embed/incidents/${ID}/`);
  const frame = page.frameLocator('#recoupe');
  await expect(frame.locator('#incident-title')).toHaveText(/Léré/);
  const row = frame.locator('tr[data-figure="killed/army"]');
  await expect(row.locator('td[data-side="army"] .value')).toHaveText('5');
  await expect(row.locator('td[data-side="rebels"] .value')).toHaveText('35');
  const cards = frame.locator('article[data-claim]');
  expect(await cards.count()).toBe(5);
  for (const card of await cards.all())
    await expect(card.locator('.sources a[href^="http"]').first()).toBeAttached();
  const full = frame.getByRole('link', { name: /Voir l’incident sur Recoupe/ });
  await expect(full).toHaveAttribute('href', new RegExp(`/incidents/${ID}/$`));
  // It opens in the article's window, not inside the frame.
  await expect(full).toHaveAttribute('target', '_top');
  for (const absent of ['.masthead', '.sidebar', '.filters', '.list', 'canvas', '.skip'])
    await expect(frame.locator(absent), absent).toHaveCount(0);
});

test('an English embed for a shared version highlights that version', async ({ page }) => {
  await openHost(page, `/en/embed/incidents/${ID}/?claim=rebels-2`);
  const frame = page.frameLocator('#recoupe');
  await expect(frame.locator('html')).toHaveAttribute('lang', 'en');
  await expect(frame.locator('table.figures caption')).toHaveText('Figures given by each side');
  const card = frame.locator('article[data-claim="rebels-2"]');
  await expect(card).toHaveAttribute('aria-current', 'true');
  await expect(card.locator('.shared')).toHaveText('Shared version');
  await expect(frame.locator('.shared')).toHaveCount(1);
  await expect(frame.getByRole('link', { name: /See the incident on Recoupe/ })).toHaveAttribute(
    'href',
    new RegExp(`/en/incidents/${ID}/$`),
  );
});
