// Prerendered pages are the app's shell (dist/index.html, as Vite wrote it) with the page's own
// head and body. Data text reaches a page only escaped, and is never read as a replacement pattern
// ("$&" in a summary stays "$&"). Absolute URLs (canonical, Open Graph, oEmbed) are written only
// when the site's public address is known: a default build never publishes a local address.
// The Content-Security-Policy lives with the site's other headers (the preview server and the
// static hosts' headers file send it too, with `frame-ancestors`, which a meta element cannot set).
import { CSP } from '../http/headers.js';

export { CSP };

/** Escapes text for HTML element content and double-quoted attributes. */
export function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

export interface PageImage {
  url: string;
  width: number;
  height: number;
  alt: string;
}

export interface PageHead {
  /** BCP 47 language of the page, and its text direction. */
  lang: string;
  dir: 'ltr' | 'rtl';
  title: string;
  description: string;
  /** The page's public address; only when the site's address is configured. */
  url?: string | undefined;
  /** The same page in each language (hreflang), and the one for readers of none of them. */
  alternates?: { hreflang: string; href: string }[];
  ogType?: 'website' | 'article';
  /** Open Graph locale ("fr_FR") and the others the page exists in. */
  ogLocale: string;
  ogAlternateLocales?: string[];
  image?: PageImage | undefined;
  /** oEmbed discovery: where this page's oEmbed answer is. */
  oembed?: { href: string; title: string } | undefined;
  noindex?: boolean;
}

/** The head tags of a page, after the shell's own (charset, viewport, stylesheet). */
export function headTags(h: PageHead): string {
  const e = escapeHtml;
  const tags = [
    `<meta http-equiv="Content-Security-Policy" content="${e(CSP)}" />`,
    `<title>${e(h.title)}</title>`,
    `<meta name="description" content="${e(h.description)}" />`,
  ];
  if (h.noindex) tags.push(`<meta name="robots" content="noindex" />`);
  if (h.url) tags.push(`<link rel="canonical" href="${e(h.url)}" />`);
  for (const a of h.alternates ?? [])
    tags.push(`<link rel="alternate" hreflang="${e(a.hreflang)}" href="${e(a.href)}" />`);
  tags.push(
    `<meta property="og:type" content="${h.ogType ?? 'website'}" />`,
    `<meta property="og:site_name" content="Recoupe" />`,
    `<meta property="og:locale" content="${e(h.ogLocale)}" />`,
    ...(h.ogAlternateLocales ?? []).map((l) => `<meta property="og:locale:alternate" content="${e(l)}" />`),
    `<meta property="og:title" content="${e(h.title)}" />`,
    `<meta property="og:description" content="${e(h.description)}" />`,
  );
  if (h.url) tags.push(`<meta property="og:url" content="${e(h.url)}" />`);
  if (h.image) {
    tags.push(
      `<meta property="og:image" content="${e(h.image.url)}" />`,
      `<meta property="og:image:type" content="image/png" />`,
      `<meta property="og:image:width" content="${h.image.width}" />`,
      `<meta property="og:image:height" content="${h.image.height}" />`,
      `<meta property="og:image:alt" content="${e(h.image.alt)}" />`,
      `<meta name="twitter:card" content="summary_large_image" />`,
      `<meta name="twitter:image" content="${e(h.image.url)}" />`,
      `<meta name="twitter:image:alt" content="${e(h.image.alt)}" />`,
    );
  } else tags.push(`<meta name="twitter:card" content="summary" />`);
  tags.push(`<meta name="twitter:title" content="${e(h.title)}" />`);
  if (h.oembed)
    tags.push(
      `<link rel="alternate" type="application/json+oembed" href="${e(h.oembed.href)}" title="${e(h.oembed.title)}" />`,
    );
  return tags.join('\n    ');
}

/** Replaces the first `find` in `html` by `value`, literally (no `$` patterns). */
function put(html: string, find: string | RegExp, value: string): string {
  return html.replace(find, () => value);
}

export interface PageParts {
  head: PageHead;
  /** The body inside `#app` (the app's server render), or the page's own content. */
  body: string;
  /** The app's starting state, as JSON (see app/initial.ts); none for pages the app does not run. */
  state?: string;
  /**
   * Which script the page runs: the app (hydrates `#app`), the embed script (its own entry,
   * `embedScript`), or none (a page that needs no script).
   */
  script: 'app' | 'embed' | 'none';
  /** The embed entry's URL, for `script: 'embed'`. */
  embedScript?: string;
}

/**
 * The shell turned into a page: its head tags instead of the shell's title and description, its
 * language on <html>, its body in the mount point. Throws if the shell lacks what a page needs,
 * rather than writing a page without its content.
 */
export function assemblePage(shell: string, p: PageParts): string {
  for (const needed of ['</head>', '<div id="app"></div>', '<html'])
    if (!shell.includes(needed)) throw new Error(`prerender: the shell has no ${needed}`);
  let html = put(shell, /<html[^>]*>/, `<html lang="${escapeHtml(p.head.lang)}" dir="${p.head.dir}">`);
  html = put(html, /<title>[\s\S]*?<\/title>/, '');
  html = put(html, /<meta\s+name="description"[^>]*>/, '');
  html = put(html, '</head>', `    ${headTags(p.head)}\n  </head>`);
  if (p.script !== 'app') {
    // Not the app: its module script and preloads go (the stylesheet stays).
    html = html.replace(/\s*<script type="module"[^>]*><\/script>/g, '');
    html = html.replace(/\s*<link rel="modulepreload"[^>]*>/g, '');
  }
  if (p.script === 'embed') {
    if (!p.embedScript) throw new Error('prerender: an embed page needs its script');
    html = put(
      html,
      '</head>',
      `  <script type="module" src="${escapeHtml(p.embedScript)}"></script>\n  </head>`,
    );
  }
  const state = p.state ? `\n    <script type="application/json" id="recoupe-state">${p.state}</script>` : '';
  return put(html, '<div id="app"></div>', `<div id="app">${p.body}</div>${state}`);
}
