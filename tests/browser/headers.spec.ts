import { test as plain } from '@playwright/test';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { test, expect, waitForMapIdle } from './fixtures';

const LERE = 'incidents/2023-09-17-lere/';
const EMBED = 'embed/incidents/2023-09-17-lere/';

/** Records every Content-Security-Policy violation the page reports, from its first script on. */
async function recordViolations(page: import('@playwright/test').Page) {
  await page.addInitScript(() => {
    const seen: string[] = [];
    Object.assign(window, { __violations: seen });
    document.addEventListener('securitypolicyviolation', (e) =>
      seen.push(`${e.effectiveDirective} ${e.blockedURI} (${e.sourceFile}:${e.lineNumber})`),
    );
  });
  return () => page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);
}

test('the pages arrive compressed, typed, and with the security headers', async ({ request }) => {
  for (const path of ['', LERE, EMBED, 'data/index.json']) {
    const res = await request.get(path, { headers: { 'accept-encoding': 'br, gzip' } });
    expect(res.status(), path).toBe(200);
    const h = res.headers();
    expect(h['content-encoding'], path).toBe('br');
    expect(h['x-content-type-options']).toBe('nosniff');
    expect(h['content-security-policy']).toMatch(
      path === EMBED ? /script-src 'self'.*frame-ancestors \*$/ : /frame-ancestors 'none'$/,
    );
  }
  const tile = await request.get('basemap/tiles/4/7/7.pbf');
  expect(tile.headers()['content-type']).toBe('application/x-protobuf');
});

test('the app runs under its policy without a single violation', async ({ page }) => {
  const violations = await recordViolations(page);
  await page.goto(LERE);
  await waitForMapIdle(page);
  // Open another incident and the embed page too: the panel, the list and the embed script.
  await page.goto('./');
  await waitForMapIdle(page);
  await page.locator('.sidebar a[data-id]').first().click();
  await expect(page.locator('[data-incident]')).toHaveCount(1);
  expect(await violations()).toEqual([]);
  await page.goto(EMBED);
  await expect(page.locator('article[data-claim]').first()).toBeVisible();
  expect(await violations()).toEqual([]);
});

// The plain Playwright test: this one provokes violations (and their console errors) on purpose.
plain('the policy is enforced: an injected inline script does not run', async ({ page }) => {
  const violations = await recordViolations(page);
  await page.goto(LERE);
  const ran = await page.evaluate(() => {
    const s = document.createElement('script');
    s.textContent = 'window.__injected = true';
    document.head.append(s);
    return (window as unknown as { __injected?: boolean }).__injected === true;
  });
  expect(ran).toBe(false);
  expect((await violations()).some((v) => v.startsWith('script-src'))).toBe(true);
});

plain('another site can frame the embed page, and nothing else', async ({ page, baseURL }) => {
  // Another site: a server of its own on this machine (Chromium keeps a page it cannot place on
  // the network, such as a routed one, from framing local pages at all).
  const other = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(
      `<iframe name="page" src="${baseURL}${LERE}"></iframe>` +
        `<iframe name="embed" src="${baseURL}${EMBED}"></iframe>`,
    );
  });
  await new Promise<void>((ok) => other.listen(0, '127.0.0.1', ok));
  try {
    // `localhost` is another origin than the site's `127.0.0.1`.
    await page.goto(`http://localhost:${(other.address() as AddressInfo).port}/`);
    const embed = page.frameLocator('iframe[name="embed"]');
    await expect(embed.locator('article[data-claim]').first()).toBeVisible();
    // A page refused by frame-ancestors is replaced by Chromium's error page.
    await expect.poll(() => page.frame({ name: 'page' })?.url()).toMatch(/^chrome-error:/);
    expect(await page.frame({ name: 'page' })?.locator('[data-incident]').count()).toBe(0);
  } finally {
    other.close();
  }
});
