import { test, expect, waitForApp } from './fixtures';

// An incident on paper (A4): its title, the comparison, every version with its sources and their
// addresses — none of the map, list, filters, masthead or buttons.

test('printing an incident prints its versions and their sources’ addresses, not the app around them', async ({
  page,
}) => {
  await page.goto('incidents/2023-09-17-lere/');
  await waitForApp(page);
  await page.emulateMedia({ media: 'print' });
  for (const hidden of ['.masthead', '.sidebar', '.mapwrap', '.skip', '.share', '.close'])
    await expect(page.locator(hidden).first(), hidden).toBeHidden();
  await expect(page.locator('#incident-title')).toBeVisible();
  await expect(page.locator('tr[data-figure="killed/army"] td[data-side="rebels"] .value')).toHaveText('35');
  const cards = page.locator('article[data-claim]');
  expect(await cards.count()).toBe(5);
  for (const card of await cards.all()) await expect(card).toBeVisible();
  // Every source prints its address after its name; the archive lookup, useless on paper, does not print.
  const sources = await page.locator('.sources a[href^="http"]:not(.find)').evaluateAll((as) =>
    as.map((a) => ({
      href: a.getAttribute('href')!,
      after: getComputedStyle(a, '::after').content,
      shown: a.getBoundingClientRect().height > 0,
    })),
  );
  expect(sources.length).toBeGreaterThan(10);
  for (const s of sources) {
    expect(s.shown, s.href).toBe(true);
    expect(s.after, s.href).toContain(s.href);
  }
  await expect(page.locator('.sources a.find').first()).toBeHidden();
  // The panel is in the page's flow, not a scrolling box: everything goes on paper.
  const flow = await page.evaluate(() => {
    const panel = document.getElementById('panel')!;
    const last = [...document.querySelectorAll('article[data-claim]')].at(-1)!.getBoundingClientRect();
    return {
      overflow: getComputedStyle(panel).overflowY,
      clipped: panel.scrollHeight > panel.clientHeight + 1,
      lastBottom: last.bottom + scrollY,
      pageHeight: document.documentElement.scrollHeight,
    };
  });
  expect(flow.overflow).toBe('visible');
  expect(flow.clipped).toBe(false);
  expect(flow.lastBottom).toBeLessThanOrEqual(flow.pageHeight);
  // And as a PDF on A4 it runs to several pages (the versions are not cut to one screen).
  const pdf = await page.pdf({ format: 'A4' });
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  expect(pages).toBeGreaterThan(1);
});
