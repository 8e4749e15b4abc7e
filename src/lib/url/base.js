// The deployment base path (`RECOUPE_BASE`, Vite's `base`), normalised in one place for the app,
// the build scripts and the static server: it always starts and ends with "/".

/**
 * @param {string} base e.g. "recoupe", "/recoupe", "/recoupe/" or "/"
 * @returns {string} "/recoupe/" or "/"
 */
export function normaliseBase(base) {
  let b = base.startsWith('/') ? base : `/${base}`;
  if (!b.endsWith('/')) b += '/';
  return b;
}
