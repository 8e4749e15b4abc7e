// The site's paper and ink, in one place: the pages (as CSS variables, through theme.ts's
// `themeCss`), the preview cards (geo/cards) and the static locators (geo/locator) all read them.
// Plain JavaScript: Node scripts import it as is.

export const PALETTE = /** @type {const} */ ({
  ink: '#1d232a',
  inkMuted: '#56606b',
  paper: '#fbfaf7',
  rule: '#d9d6cf',
  accent: '#0b5cad',
});
