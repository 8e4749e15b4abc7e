import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { assemblePage, escapeHtml, headTags, type PageHead } from '../../../src/lib/prerender/page';

// The app's real shell (the build writes it to dist/index.html unchanged in these parts).
const SHELL = readFileSync('index.html', 'utf8');

// Text a source could really contain, and text meant to break out of the page.
const HOSTILE = `Attaque à « Léré » </title><script>alert(1)</script> "quoted" $& $' $\` US$1`;

const head = (over: Partial<PageHead> = {}): PageHead => ({
  lang: 'fr',
  dir: 'ltr',
  title: HOSTILE,
  description: HOSTILE,
  ogLocale: 'fr_FR',
  ...over,
});

describe('escapeHtml', () => {
  it('escapes what could open a tag or close an attribute', () => {
    expect(escapeHtml(`<a href="x">&</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&lt;/a&gt;');
  });
});

describe('assemblePage', () => {
  const html = assemblePage(SHELL, { head: head(), body: '<p>v</p>', state: '{"a":1}', script: 'app' });

  it("puts the page's own title, description and language in place of the shell's", () => {
    expect(html.match(/<title>/g)).toHaveLength(1);
    expect(html).not.toContain('<title>Recoupe — les versions');
    expect(html.match(/name="description"/g)).toHaveLength(1);
    expect(html).toMatch(/<html lang="fr" dir="ltr">/);
  });

  it('never lets data text open a tag, close an attribute or act as a replacement pattern', () => {
    expect(html).not.toContain('<script>alert(1)');
    expect(html).toContain('&lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt; &quot;quoted&quot;');
    expect(html).toContain("$&amp; $' $` US$1");
    // "$`" and "$'" would have copied the shell's text before or after the match.
    expect(html.match(/<!doctype html>/g)).toHaveLength(1);
  });

  it('renders the body in the mount point and hands the app its state as JSON that never runs', () => {
    expect(html).toMatch(
      /<div id="app"><p>v<\/p><\/div>\s*<script type="application\/json" id="recoupe-state">\{"a":1\}<\/script>/,
    );
  });

  it('carries a strict Content-Security-Policy: no inline script, no eval, nothing from elsewhere', () => {
    const csp = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|https?:/);
  });

  it('drops the app script from pages the app does not run, and adds the embed script to embeds', () => {
    const page = assemblePage(SHELL, { head: head(), body: '', script: 'none' });
    expect(page).not.toMatch(/<script type="module"/);
    const embed = assemblePage(SHELL, {
      head: head(),
      body: '',
      script: 'embed',
      embedScript: '/assets/embed-x.js',
    });
    expect(embed.match(/<script type="module"[^>]*>/g)).toEqual([
      '<script type="module" src="/assets/embed-x.js">',
    ]);
  });

  it('refuses a shell without a mount point instead of writing a page without its content', () => {
    expect(() =>
      assemblePage('<html><head></head><body></body></html>', { head: head(), body: '', script: 'app' }),
    ).toThrow(/no <div id="app"><\/div>/);
  });
});

describe('headTags', () => {
  it('writes no absolute URL when the site address is unknown', () => {
    const tags = headTags(head());
    expect(tags).not.toMatch(/canonical|og:url|og:image|json\+oembed|https?:\/\//);
    expect(tags).toContain('<meta name="twitter:card" content="summary" />');
  });

  it('with the site address: canonical, hreflang alternates, a large image card with its size and alt text, oEmbed', () => {
    const tags = headTags(
      head({
        url: 'https://recoupe.example/incidents/x/',
        alternates: [
          { hreflang: 'fr', href: 'https://recoupe.example/incidents/x/' },
          { hreflang: 'en', href: 'https://recoupe.example/en/incidents/x/' },
        ],
        image: { url: 'https://recoupe.example/cards/x-fr-1.png', width: 1200, height: 630, alt: 'Léré' },
        oembed: { href: 'https://recoupe.example/oembed/incidents/x.json', title: 'Léré' },
      }),
    );
    expect(tags).toContain('<link rel="canonical" href="https://recoupe.example/incidents/x/" />');
    expect(tags).toContain(
      '<link rel="alternate" hreflang="en" href="https://recoupe.example/en/incidents/x/" />',
    );
    expect(tags).toContain('<meta property="og:image:width" content="1200" />');
    expect(tags).toContain('<meta name="twitter:card" content="summary_large_image" />');
    expect(tags).toContain(
      'type="application/json+oembed" href="https://recoupe.example/oembed/incidents/x.json"',
    );
  });
});
