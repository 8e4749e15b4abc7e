// `npm run shots -- [--out DIR] [path …]`: screenshots of the built app (run `npm run build`
// first) at desktop and phone sizes, in French and English, for looking at what we ship.
import { chromium } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { serve } from './serve.mjs';
import { CHROMIUM } from './bench/measure.mjs';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    out: { type: 'string', default: 'test-results/shots' },
    port: { type: 'string', default: '4398' },
  },
});
const paths = positionals.length ? positionals : ['', 'incidents/2023-09-17-lere/'];
const viewports = { desktop: { width: 1440, height: 900 }, phone: { width: 390, height: 844 } };
const port = Number(values.port);
mkdirSync(values.out, { recursive: true });

// The interface languages, from the build's own server bundle (the first one lives at the root).
const { LOCALES } = /** @type {{ LOCALES: string[] }} */ (
  await import(pathToFileURL(join('.ssr', 'prerender.js')).href)
);
const server = await serve({ dir: 'dist', port });
const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--disable-quic'] });
try {
  for (const path of paths) {
    for (const [device, viewport] of Object.entries(viewports)) {
      for (const lang of LOCALES) {
        const page = await browser.newPage({ viewport, deviceScaleFactor: 1, locale: lang });
        // The first language is at the root, every other one under its own prefix (/en/…).
        const p = path.replace(/^\/+/, '');
        await page.goto(`http://127.0.0.1:${port}/${lang === LOCALES[0] ? '' : `${lang}/`}${p}`);
        // Map pages wait for the map; text pages (methodology, data, embed) only for their text.
        await page.waitForSelector('[data-map-idle="true"], .page, [data-embed]', { timeout: 30_000 });
        await page.waitForTimeout(1200); // camera easing and label fade-in
        const slug = p.split(/[?#]/)[0] || 'home';
        const name = `${slug.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '')}-${device}-${lang}.png`;
        await page.screenshot({ path: join(values.out, name) });
        console.log(join(values.out, name));
        await page.close();
      }
    }
  }
} finally {
  await browser.close();
  server.close();
}
