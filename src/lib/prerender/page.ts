// One prerendered incident page: the app's shell with the page's own head tags and its versions
// as static HTML. Data text reaches the page only escaped, and is never read as a replacement
// pattern ("$&" in a summary stays "$&").

export interface PageParts {
  title: string;
  description: string;
  /** Absolute URL of the incident page. */
  url: string;
  /** The versions panel's HTML. */
  body: string;
}

/** Escapes text for HTML element content and double-quoted attributes. */
export function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Title, description, canonical link, Open Graph and Twitter tags. */
export function headTags(p: Pick<PageParts, 'title' | 'description' | 'url'>): string {
  return [
    `<title>${escapeHtml(p.title)}</title>`,
    `<meta name="description" content="${escapeHtml(p.description)}" />`,
    `<link rel="canonical" href="${escapeHtml(p.url)}" />`,
    `<meta property="og:type" content="article" />`,
    `<meta property="og:site_name" content="Recoupe" />`,
    `<meta property="og:locale" content="fr_FR" />`,
    `<meta property="og:title" content="${escapeHtml(p.title)}" />`,
    `<meta property="og:description" content="${escapeHtml(p.description)}" />`,
    `<meta property="og:url" content="${escapeHtml(p.url)}" />`,
    `<meta name="twitter:card" content="summary" />`,
  ].join('\n    ');
}

/** Replaces the first `find` in `html` by `value`, literally (no `$` patterns). */
function put(html: string, find: string | RegExp, value: string): string {
  return html.replace(find, () => value);
}

/**
 * The shell (dist/index.html) turned into an incident's page: its head tags instead of the
 * shell's title and description, and its versions before the app's mount point. Throws if the
 * shell lacks what the page needs, rather than writing a page without its versions.
 */
export function incidentPage(shell: string, p: PageParts, base: string): string {
  for (const needed of ['</head>', '<div id="app"></div>'])
    if (!shell.includes(needed)) throw new Error(`prerender: the shell has no ${needed}`);
  const prerendered =
    `<div id="prerendered" class="prerendered">` +
    `<p class="prerendered-masthead"><a href="${escapeHtml(base)}">Recoupe</a></p>${p.body}</div>`;
  let html = put(shell, /<title>[\s\S]*?<\/title>/, '');
  html = put(html, /<meta\s+name="description"[^>]*>/, '');
  html = put(html, '</head>', `    ${headTags(p)}\n  </head>`);
  return put(html, '<div id="app"></div>', `${prerendered}\n    <div id="app"></div>`);
}

/** The not-found page: the shell, kept out of search engines. */
export function notFoundPage(shell: string): string {
  return put(shell, '</head>', '    <meta name="robots" content="noindex" />\n  </head>');
}
