// Focus and scroll hand-offs as attachments on the elements themselves, instead of the shell
// finding children with document.querySelector (which also broke on ids with quotes).
import type { Attachment } from 'svelte/attachments';

/** Keeps the element visible in its scrolling list (the selected incident). */
export const scrollIntoNearest: Attachment<HTMLElement> = (node) => {
  node.scrollIntoView({ block: 'nearest' });
};

/** Focuses the element when attached, if `take()` says focus was asked for it. */
export function focusIfAsked(take: () => boolean, opts: FocusOptions = {}): Attachment<HTMLElement> {
  return (node) => {
    if (take()) node.focus(opts);
  };
}

/** Brings a card to the top of its panel and focuses it without scrolling again (?claim=). */
export const reveal: Attachment<HTMLElement> = (node) => {
  node.scrollIntoView({ block: 'start' });
  node.focus({ preventScroll: true });
};
