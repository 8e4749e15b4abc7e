import type { Page } from '@playwright/test';

/**
 * Elements and text inside `container` (a CSS selector) that end past the container's right edge
 * or the screen's, and page-wide sideways scrolling, each described by tag, class and text. What is
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
    // Text spilling out of its element's box moves no box: measure the text itself.
    const walker = document.createTreeWalker(box, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    for (let t = walker.nextNode(); t; t = walker.nextNode()) {
      const el = t.parentElement!;
      if (!t.textContent?.trim() || !el.checkVisibility() || clipped(el)) continue;
      range.selectNodeContents(t);
      let right = range.getBoundingClientRect().right;
      // What an ancestor clips (a line-clamped attribution) is not on screen.
      for (let a: Element | null = el; a && a !== box.parentElement; a = a.parentElement)
        if (/hidden|clip/.test(getComputedStyle(a).overflowX))
          right = Math.min(right, a.getBoundingClientRect().right);
      if (right > limit)
        out.push(
          `text in ${el.tagName.toLowerCase()}.${[...el.classList].join('.')} right=${Math.round(right)} > ${Math.round(limit)}: ${t.textContent.trim().slice(0, 50)}`,
        );
    }
    return out;
  }, container);
}
