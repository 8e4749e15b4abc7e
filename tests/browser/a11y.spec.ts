import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';
import { test, expect, waitForMapIdle } from './fixtures';

// axe-core runs in the page. Its source is evaluated through the DevTools protocol rather than
// added as a <script> tag: an inline script tag is exactly what the pages' Content-Security-Policy
// refuses, and bypassing the policy would test a page no reader sees.
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface AxeNode {
  target: string[];
  html: string;
  failureSummary?: string;
}
interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  helpUrl: string;
  nodes: AxeNode[];
}

/** The page's serious and critical axe violations (WCAG 2.x A and AA, and best practices). */
async function seriousViolations(page: Page): Promise<AxeViolation[]> {
  await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (o: object) => Promise<{ violations: unknown[] }> } })
      .axe;
    const result = await axe.run({ resultTypes: ['violations'] });
    return result.violations as AxeViolation[];
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

/** One line per violation and per element, readable in a test report. */
function describe(violations: AxeViolation[]): string {
  return violations
    .map(
      (v) =>
        `${v.impact} ${v.id}: ${v.help} (${v.helpUrl})\n` +
        v.nodes
          .slice(0, 8)
          .map(
            (n) =>
              `    ${n.target.join(' ')}\n      ${n.html.slice(0, 160)}\n      ${(n.failureSummary ?? '').replace(/\n/g, '\n      ')}`,
          )
          .join('\n') +
        (v.nodes.length > 8 ? `\n    … and ${v.nodes.length - 8} more` : ''),
    )
    .join('\n');
}

const PAGES = [
  { name: 'home', fr: './', en: 'en/' },
  { name: 'incident', fr: 'incidents/2023-09-17-lere/', en: 'en/incidents/2023-09-17-lere/' },
  { name: 'not-found', fr: 'nulle-part/', en: 'en/nowhere/' },
] as const;
const SCREENS = [
  { name: 'desktop', use: { viewport: { width: 1280, height: 800 } } },
  { name: 'phone', use: { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true } },
] as const;

for (const screen of SCREENS)
  test.describe(`axe on ${screen.name}`, () => {
    test.use(screen.use);
    for (const p of PAGES)
      for (const lang of ['fr', 'en'] as const)
        test(`the ${p.name} page (${lang}) has no serious or critical axe violation`, async ({ page }) => {
          await page.goto(p[lang]);
          await waitForMapIdle(page);
          await expect(page.locator('html')).toHaveAttribute('lang', lang);
          const violations = await seriousViolations(page);
          expect(describe(violations), `axe on ${p[lang]}`).toBe('');
        });
  });
