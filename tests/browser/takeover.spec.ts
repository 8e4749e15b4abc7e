import { test, expect, waitForApp } from './fixtures';

// The prerendered page and the app's first render must be one and the same to the reader: while the
// app's script loads, hydrates and fetches, the incident's heading neither moves nor disappears.

interface Sample {
  t: number;
  ready: boolean;
  present: boolean;
  top: number;
  left: number;
  /** The heading is what the reader sees at its centre (nothing covers it). */
  onTop: boolean;
  inView: boolean;
}

/** An init script: samples the heading on every frame from the first one. */
function sampleHeading(): void {
  const samples: Sample[] = [];
  (window as unknown as { __heading: Sample[] }).__heading = samples;
  const tick = () => {
    const h = document.getElementById('incident-title');
    const r = h?.getBoundingClientRect();
    const at = r && document.elementFromPoint(r.left + Math.min(r.width / 2, 40), r.top + r.height / 2);
    samples.push({
      t: performance.now(),
      ready: document.documentElement.dataset.ready === 'true',
      present: !!h,
      top: r?.top ?? NaN,
      left: r?.left ?? NaN,
      onTop: !!h && !!at && (at === h || h.contains(at)),
      inView: !!r && r.height > 0 && r.top >= 0 && r.bottom <= innerHeight,
    });
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}

for (const screen of [
  { name: 'desktop', use: { viewport: { width: 1280, height: 800 } } },
  { name: 'phone', use: { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true } },
])
  test.describe(`on ${screen.name}`, () => {
    test.use(screen.use);

    test('the incident heading stays visible and in place while the app takes over', async ({ page }) => {
      await page.addInitScript(sampleHeading);
      // The app's script arrives late, as on a slow link: the prerendered page shows alone first.
      await page.route('**/assets/main-*.js', async (route) => {
        await new Promise((ok) => setTimeout(ok, 1500));
        await route.continue();
      });
      await page.goto('incidents/2023-09-17-lere/', { waitUntil: 'commit' });
      await waitForApp(page);
      // And a moment more: the map's first draw, fonts, the locator giving way.
      await page.waitForTimeout(1500);
      const samples = await page.evaluate(() => (window as unknown as { __heading: Sample[] }).__heading);
      const shown = samples.filter((s) => s.present);
      const before = shown.filter((s) => !s.ready);
      const after = shown.filter((s) => s.ready);
      expect(before.length, 'frames of the prerendered page').toBeGreaterThan(5);
      expect(after.length, 'frames after the app took over').toBeGreaterThan(5);
      // From its first frame on, the heading never leaves the page, the screen or the top.
      const first = samples.findIndex((s) => s.present);
      const gone = samples.slice(first).filter((s) => !s.present || !s.inView || !s.onTop);
      expect(gone, 'frames where the heading was missing, off screen or covered').toEqual([]);
      const top0 = before[0]!.top;
      const left0 = before[0]!.left;
      const moved = shown.filter((s) => Math.abs(s.top - top0) > 3 || Math.abs(s.left - left0) > 3);
      expect(moved, `frames where the heading moved from (${left0}, ${top0})`).toEqual([]);
    });
  });
