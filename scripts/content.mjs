// The static pages' texts (src/content/<page>.<lang>.md), turned into HTML for the prerender.
// Editors write `{base}` at the start of a link to the site itself: it stands for the site's root
// path (`/`, `/recoupe/`) on every language's page, so one form reaches the data files (one copy,
// at the root), the feeds and either language's pages (`{base}en/incidents/…`). `{contact}` is left
// for the page component, which fills it with the configured contact as text.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { marked } from 'marked';
import { normaliseBase } from '../src/lib/url/base.js';

/** @param {string} markdown @param {string} base */
export function contentHtml(markdown, base) {
  const html = marked.parse(markdown.replaceAll('{base}', normaliseBase(base)), { async: false });
  return /** @type {string} */ (html);
}

/** @param {string} name e.g. "methodology" @param {string} lang @param {string} base @param {string} [dir] */
export function contentPage(name, lang, base, dir = join('src', 'content')) {
  return contentHtml(readFileSync(join(dir, `${name}.${lang}.md`), 'utf8'), base);
}
