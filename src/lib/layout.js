// The one phone breakpoint. CSS says `@media (--phone)` (or `(--desktop)`), and the build expands
// it from here (svelte.config.js for component styles, vite.config.ts for stylesheets); scripts
// use PHONE_QUERY with matchMedia. One number, so layout and behaviour never disagree.

/** Widest viewport laid out as a phone (px). */
export const PHONE_MAX_PX = 899;

/** The media query for phones, for matchMedia / Svelte's MediaQuery. */
export const PHONE_QUERY = `(max-width: ${PHONE_MAX_PX}px)`;

const CUSTOM_MEDIA = {
  '(--phone)': PHONE_QUERY,
  '(--desktop)': `(min-width: ${PHONE_MAX_PX + 1}px)`,
};

/**
 * CSS with the custom media names replaced by their queries.
 * @param {string} css
 * @returns {string}
 */
export function expandCustomMedia(css) {
  return css.replace(
    /\((--phone|--desktop)\)/g,
    (m) => CUSTOM_MEDIA[/** @type {keyof typeof CUSTOM_MEDIA} */ (m)],
  );
}
