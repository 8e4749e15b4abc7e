// Piece of `npm run bench`: the repeat visit offline (issue 13's "home and any incident readable").
// One online visit of the home page in a fresh context, with the service worker allowed, until the
// page says every record is saved (`html[data-offline-ready]`); then the network goes and it
// times, from navigation start, when the home list and an incident never opened are readable.
// The rest of the bench must keep blocking service workers (`serviceWorkers: 'block'`): its
// first-visit figures would otherwise include a warm worker.

/** What "readable" means: the first list link, or the open incident's first version. */
const READABLE = {
  home: '.sidebar a[data-id]',
  incident: '[data-incident] article[data-claim]',
};

/**
 * @param {import('@playwright/test').Browser} browser a fresh browser (no profile)
 * @param {string} baseURL the site's root, e.g. "http://127.0.0.1:4399/"
 * @returns {Promise<{ homeMs: number, incidentMs: number, incident: string }>}
 */
export async function measureOffline(browser, baseURL) {
  const context = await browser.newContext({
    serviceWorkers: 'allow',
    viewport: { width: 1280, height: 800 },
    locale: 'fr-FR',
  });
  try {
    // Stamps the moment each readable selector first appears, from navigation start, on every page.
    await context.addInitScript((selectors) => {
      const w = /** @type {any} */ (window);
      w.__readableAt = {};
      const look = () => {
        for (const [name, selector] of Object.entries(selectors))
          if (!(name in w.__readableAt) && document.querySelector(selector))
            w.__readableAt[name] = performance.now();
      };
      new MutationObserver(look).observe(document, { childList: true, subtree: true });
    }, READABLE);
    const page = await context.newPage();
    await page.goto(baseURL);
    await page.waitForSelector('html[data-offline-ready="true"]', { state: 'attached', timeout: 120_000 });
    // The oldest incident: never opened in this visit.
    const incident = await page.evaluate(async (url) => {
      const index = await (await fetch(url)).json();
      return /** @type {string} */ (
        /** @type {{ id: string }[]} */ (index.incidents).map((i) => i.id).sort()[0]
      );
    }, new URL('data/index.json', baseURL).href);
    await context.setOffline(true);

    /** @param {string} url @param {keyof typeof READABLE} what */
    const readableAfter = async (url, what) => {
      await page.goto(url);
      await page.waitForSelector(READABLE[what], { timeout: 30_000 });
      return page.evaluate((name) => /** @type {any} */ (window).__readableAt[name], what);
    };
    const homeMs = await readableAfter(baseURL, 'home');
    const incidentMs = await readableAfter(new URL(`incidents/${incident}/`, baseURL).href, 'incident');
    return { homeMs, incidentMs, incident };
  } finally {
    await context.close();
  }
}
