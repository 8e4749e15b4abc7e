// Card file names that change whenever the card's content does: WhatsApp, Facebook and others
// cache a preview image by its URL, so a corrected toll must come with a new URL.
import { createHash } from 'node:crypto';
import { CARD_RENDERER } from './version.mjs';

/**
 * JSON with object keys sorted at every level, so equal inputs hash equal whatever the order in
 * which their fields were set. `undefined` fields are left out, as JSON.stringify does.
 * @param {unknown} value
 * @returns {string}
 */
export function stableJson(value) {
  if (Array.isArray(value))
    return `[${value.map((v) => (v === undefined ? 'null' : stableJson(v))).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/**
 * `<id>-<lang>-<8 hex>.png`, e.g. `2023-09-17-lere-fr-3fa09c1d.png`: the hex are the start of the
 * SHA-256 of the card's input (as stable JSON) and the renderer's version.
 * @param {string} id incident id (or `home`)
 * @param {string} lang
 * @param {unknown} input what renderCard / renderHomeCard is given
 */
export function cardFileName(id, lang, input) {
  const hash = createHash('sha256')
    .update(`${CARD_RENDERER}\n${stableJson(input)}`)
    .digest('hex')
    .slice(0, 8);
  return `${id}-${lang}-${hash}.png`;
}
