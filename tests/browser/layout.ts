import type { Page } from '@playwright/test';

/**
 * Elements inside `container` (a CSS selector) whose box ends past the container's right edge or
 * the screen's, and page-wide sideways scrolling, each described by tag, class and text. What is
 * not rendered (a closed <details>) and visually hidden text (for screen readers: .sr-only, the
 * narrow table's head, clipped to nothing on purpose) are not counted.
 */
export function overflowing(page: Page, container: string): Promise<string[]> {
  return page.evaluate((selector) => {
    const root = document.documentElement;
    const out: string[] = [];
    if (root.scrollWidth > root.clientWidth + 0.5)
      out.push(`the page scrolls sideways: ${root.scrollWidth} > ${root.clientWidth}`);
    const box = document.querySelector(selector);
    if (!box) return [`no ${selector}`];
    const limit = Math.min(root.clientWidth, box.getBoundingClientRect().right) + 0.5;
    const clipped = (el: Element | null): boolean =>
      !!el && (getComputedStyle(el).clipPath === 'inset(50%)' || clipped(el.parentElement));
    for (const el of [box, ...box.querySelectorAll('*')]) {
      const r = el.getBoundingClientRect();
      if ((r.width === 0 && r.height === 0) || !el.checkVisibility() || clipped(el)) continue;
      if (r.right > limit)
        out.push(
          `${el.tagName.toLowerCase()}.${[...el.classList].join('.')} right=${Math.round(r.right)} > ${Math.round(limit)}: ${(el.textContent ?? '').trim().slice(0, 50)}`,
        );
    }
    return out;
  }, container);
}
