import { expect, test, waitForMapIdle } from './fixtures';

// The app is a fixed frame (masthead, list, map, panel); only its columns scroll. A document that
// scrolls by a few pixels let "scroll the selected incident into view" push the masthead away.
test('the page itself never scrolls on a desktop, even after opening the oldest incident', async ({
  page,
}) => {
  await page.goto('./en/incidents/2012-01-18-aguelhok/');
  await waitForMapIdle(page);
  const frame = await page.evaluate(() => {
    const se = document.scrollingElement!;
    return { scrollTop: se.scrollTop, overflow: se.scrollHeight - se.clientHeight };
  });
  expect(frame).toEqual({ scrollTop: 0, overflow: 0 });
  await expect(page.locator('header').first()).toBeInViewport({ ratio: 1 });
});
