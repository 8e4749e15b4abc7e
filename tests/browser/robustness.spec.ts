import type { Page } from '@playwright/test';
import { test, expect, waitForApp } from './fixtures';
import { overflowing } from './layout';

// Hostile or broken data must not break the page: tampered copies of Léré's files are served in
// place of the real ones (its record is fetched when the reader opens it from another page).

const LERE = '2023-09-17-lere';
const LONG = 'A'.repeat(100_000);
// Other fields, and the summary on the phone, get 5 KB: some 40,000 px unbroken, past any screen.
// (Headless Chromium on this machine lays unbroken text out in `system-ui` very slowly, 15–40 s
// per 100 KB: one such string is the case the issue names, the rest only need to be too wide.)
const WIDE = 'W'.repeat(5_000);

interface Localized {
  fr: string;
  en: string;
}
interface RecordJson {
  id: string;
  title: Localized;
  claims: {
    id: string;
    claimant: Localized;
    summary: Localized;
    sources: { url: string; outlet: string }[];
  }[];
}
interface IndexJson {
  incidents: { id: string; title: Localized }[];
}

async function tamper<T>(page: Page, url: string, change: (json: T) => void): Promise<void> {
  await page.route(url, async (route) => {
    const res = await route.fetch();
    const json = (await res.json()) as T;
    change(json);
    await route.fulfill({ response: res, json });
  });
}

for (const screen of [
  { name: 'desktop', summary: LONG, use: { viewport: { width: 1280, height: 800 } } },
  {
    name: 'phone',
    summary: WIDE,
    use: { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true },
  },
])
  test.describe(`on ${screen.name}`, () => {
    test.use(screen.use);

    test(`${screen.summary.length / 1000} KB unbroken in a summary, and other over-wide text, wrap inside the panel and the list`, async ({
      page,
    }) => {
      test.setTimeout(240_000);
      await tamper<IndexJson>(page, '**/data/index.json', (index) => {
        index.incidents.find((d) => d.id === LERE)!.title.fr = `Léré ${WIDE}`;
      });
      await tamper<RecordJson>(page, `**/data/incidents/${LERE}.json`, (record) => {
        record.title.fr = `Léré ${WIDE}`;
        const claim = record.claims[1]!;
        claim.claimant.fr = WIDE;
        claim.summary.fr = `Résumé ${screen.summary}`;
        claim.sources[0]!.outlet = WIDE;
        claim.sources[0]!.url = `https://example.org/${WIDE}`;
        // The army's 5 soldiers killed: its claimant is also the attribution in the comparison.
        record.claims.find((c) => c.id === 'army-2')!.claimant.fr = `État-major ${WIDE}`;
      });
      await page.goto('incidents/2023-09-12-bourem/');
      await waitForApp(page);
      // On a phone the list shares the sheet with the versions: close these to see it.
      if (screen.name === 'phone') await page.getByRole('button', { name: 'Fermer' }).click();
      expect(await overflowing(page, '.sidebar'), 'the list').toEqual([]);
      await page.locator(`.sidebar a[data-id="${LERE}"]`).click();
      // (The long text itself is kept out of messages: 100 KB of "A" in a report helps nobody.)
      const summary = page.locator('article[data-claim="rebels-1"] .summary');
      await expect(summary).toContainText(`Résumé ${screen.summary.slice(0, 4)}`, { timeout: 180_000 });
      expect(await summary.evaluate((p) => p.textContent?.length)).toBe(screen.summary.length + 7);
      // With the embed code shown too (it carries the title).
      await page.locator('[data-incident] details.embed summary').click();
      await expect(page.locator('[data-incident] details.embed textarea')).toBeVisible();
      expect(await overflowing(page, '[data-incident]'), 'the panel').toEqual([]);
    });
  });

test('an incident id with a quote opens and closes with Escape, without an error', async ({ page }) => {
  // The data's ids are checked by the build, but the app must not trust them: an id is never
  // spliced into a CSS selector or markup.
  const odd = '2023-09-18-a"b';
  await tamper<IndexJson>(page, '**/data/index.json', (index) => {
    const lere = index.incidents.find((d) => d.id === LERE)!;
    index.incidents.push({
      ...lere,
      id: odd,
      title: { fr: 'Guillemet " dans l’id', en: 'Quote " in the id' },
    });
  });
  await page.route('**/data/incidents/2023-09-18-a*', async (route) => {
    const res = await route.fetch({
      url: route
        .request()
        .url()
        .replace(/2023-09-18-a[^/]*\.json/, `${LERE}.json`),
    });
    const record = (await res.json()) as RecordJson;
    record.id = odd;
    record.title.fr = 'Guillemet " dans l’id';
    await route.fulfill({ response: res, json: record });
  });
  // From another incident's page: the home page carries its own index, this one fetches it.
  await page.goto('incidents/2023-09-12-bourem/');
  await waitForApp(page);
  const item = page.locator('.sidebar a[data-id]').filter({ hasText: 'Guillemet " dans l’id' });
  await item.click();
  await expect(page).toHaveURL(/\/incidents\/2023-09-18-a%22b\//);
  // The record's own parser refuses such an id: the panel says the data could not be read. The
  // list, the map's selection and the focus hand-offs have the id all the same.
  await expect(page.locator('#panel [role="alert"]')).toContainText('2023-09-18-a"b');
  await expect(item).toHaveAttribute('aria-current', 'page');
  await page.keyboard.press('Escape');
  await expect(page).toHaveURL(/127\.0\.0\.1:\d+\/(#.*)?$/);
  await expect(page.locator('[data-incident]')).toHaveCount(0);
  // Focus goes back to that incident in the list.
  expect(await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.id)).toBe(odd);
});
