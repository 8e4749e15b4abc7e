// `node scripts/headers.mjs [--dir dist]` (the build runs it after the prerender): writes
// dist/_headers, the headers file Netlify and Cloudflare Pages read, from the same module the
// preview server uses (src/lib/http/headers.js), for the files the build actually wrote.
//
// Hosts differ when several rules match a path and set the same header (Cloudflare joins the
// values with commas, which for a Content-Security-Policy would mean two policies), so every
// header of every file is set by exactly one rule: a folder's rule (`/assets/*`) when all its
// files agree on that header, else its subfolders' and files' own.
import { readdirSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { hostHeadersFor } from '../src/lib/http/headers.js';
import { normaliseBase } from '../src/lib/url/base.js';

/**
 * @typedef {{ files: string[], dirs: Map<string, Tree> }} Tree
 *   `files`: names in this folder; `dirs`: its subfolders.
 */

/** @param {string[]} paths */
function treeOf(paths) {
  /** @type {Tree} */
  const root = { files: [], dirs: new Map() };
  for (const path of paths) {
    const parts = path.split('/');
    let node = root;
    for (const dir of parts.slice(0, -1)) {
      let next = node.dirs.get(dir);
      if (!next) node.dirs.set(dir, (next = { files: [], dirs: new Map() }));
      node = next;
    }
    node.files.push(/** @type {string} */ (parts.at(-1)));
  }
  return root;
}

/** @param {Tree} node @param {string} prefix @returns {string[]} */
function filesUnder(node, prefix) {
  return [
    ...node.files.map((f) => prefix + f),
    ...[...node.dirs].flatMap(([d, sub]) => filesUnder(sub, `${prefix}${d}/`)),
  ];
}

/** A URL path segment as a browser sends it (spaces in glyph font names, accents). */
const encode = (/** @type {string} */ p) => p.split('/').map(encodeURIComponent).join('/');

/**
 * Files served by the site: not the host's own files, not the precompressed copies (hosts
 * compress on their own), not dotfiles.
 * @param {string} path
 */
export function published(path) {
  return (
    path !== '_headers' && !/\.(br|gz)$/.test(path) && !path.split('/').some((part) => part.startsWith('.'))
  );
}

/**
 * The `_headers` file for these files (paths relative to the site root, `/`-separated).
 * @param {string[]} paths
 * @param {{ base?: string, headersFor?: (path: string) => Record<string, string> }} [o]
 */
export function headersFile(paths, { base = '/', headersFor = hostHeadersFor } = {}) {
  const prefix = normaliseBase(base);
  const files = [...paths].filter(published).sort();
  const headers = new Map(files.map((f) => [f, headersFor(f)]));
  const names = [...new Set(files.flatMap((f) => Object.keys(headers.get(f) ?? {})))];
  /** @type {Map<string, Record<string, string>>} pattern → headers */
  const rules = new Map();
  /** @param {string} pattern @param {string} name @param {string} value */
  const set = (pattern, name, value) => {
    const rule = rules.get(pattern) ?? {};
    rules.set(pattern, Object.assign(rule, { [name]: value }));
  };

  /** @param {Tree} node @param {string} dir '' or 'a/b/' @param {string} name */
  const assign = (node, dir, name) => {
    const values = new Set(filesUnder(node, dir).map((f) => headers.get(f)?.[name]));
    if (values.size === 1) {
      const [value] = values;
      if (value !== undefined) set(`${prefix}${encode(dir)}*`, name, value);
      return;
    }
    for (const f of node.files) {
      const value = headers.get(dir + f)?.[name];
      if (value === undefined) continue;
      set(`${prefix}${encode(dir + f)}`, name, value);
      // The folder's own address serves its index.html.
      if (f === 'index.html') set(`${prefix}${encode(dir)}`, name, value);
    }
    for (const [d, sub] of node.dirs) assign(sub, `${dir}${d}/`, name);
  };
  const tree = treeOf(files);
  for (const name of names) assign(tree, '', name);

  const order = [...rules.keys()].sort((a, b) =>
    a === `${prefix}*` ? -1 : b === `${prefix}*` ? 1 : a < b ? -1 : 1,
  );
  const lines = [
    '# Written by scripts/headers.mjs at build time from src/lib/http/headers.js — do not edit.',
    '# Netlify and Cloudflare Pages read it (see docs/hosting.md). Each header of a path is set by',
    '# exactly one rule, so hosts that merge matching rules agree on the result.',
  ];
  for (const pattern of order) {
    lines.push('', pattern);
    for (const [name, value] of Object.entries(rules.get(pattern) ?? {})) lines.push(`  ${name}: ${value}`);
  }
  return `${lines.join('\n')}\n`;
}

/**
 * The rules of a `_headers` file, in order: a path pattern (`*` matches anything, `/` included)
 * and its headers. Enough of the format to check what the build writes.
 * @param {string} text
 * @returns {{ pattern: string, headers: Record<string, string> }[]}
 */
export function parseHeadersFile(text) {
  /** @type {{ pattern: string, headers: Record<string, string> }[]} */
  const rules = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), headers: {} });
      continue;
    }
    const rule = rules.at(-1);
    const colon = line.indexOf(':');
    if (!rule || colon < 0) throw new Error(`_headers: a header outside a rule or without a colon: ${line}`);
    rule.headers[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
  }
  return rules;
}

/**
 * Whether a `_headers` pattern matches a URL path (Netlify's and Cloudflare's splat: `*` stands
 * for any run of characters).
 * @param {string} pattern @param {string} urlPath
 */
export function matches(pattern, urlPath) {
  const re = pattern
    .split('*')
    .map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*');
  return new RegExp(`^${re}$`).test(urlPath);
}

const isMain = import.meta.url === pathToFileURL(process.argv[1] ?? '').href;
if (isMain) {
  const { values } = parseArgs({ options: { dir: { type: 'string', default: 'dist' } } });
  const dir = values.dir;
  const paths = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => relative(dir, join(d.parentPath, d.name)).split(sep).join('/'));
  const text = headersFile(paths, { base: process.env.RECOUPE_BASE ?? '/' });
  writeFileSync(join(dir, '_headers'), text);
  console.log(`headers: ${parseHeadersFile(text).length} rules in ${dir}/_headers`);
}
