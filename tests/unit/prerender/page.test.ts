import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderIncident } from '../../../src/prerender';
import { escapeHtml, incidentPage, notFoundPage } from '../../../src/lib/prerender/page';
import { claim, inc, killedArmy } from '../explore/fixture';

// The app's real shell (the build writes it to dist/index.html unchanged in these parts).
const SHELL = readFileSync('index.html', 'utf8');

// Text a source could really contain, and text meant to break out of the page.
const HOSTILE = `Attaque à « Léré » </title><script>alert(1)</script> "quoted" $& $' $\` US$1`;

describe('escapeHtml', () => {
  it('escapes what could open a tag or close an attribute', () => {
    expect(escapeHtml(`<a href="x">&</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&lt;/a&gt;');
  });
});

describe('incidentPage', () => {
  const parts = {
    title: HOSTILE,
    description: HOSTILE,
    url: 'https://example.org/incidents/x/',
    body: '<p>v</p>',
  };
  const html = incidentPage(SHELL, parts, '/');

  it("puts the page's own title and description in place of the shell's", () => {
    expect(html.match(/<title>/g)).toHaveLength(1);
    expect(html).not.toContain('<title>Recoupe — les versions');
    expect(html.match(/name="description"/g)).toHaveLength(1);
    expect(html).toContain('<meta property="og:url" content="https://example.org/incidents/x/" />');
  });

  it('never lets data text open a tag, close an attribute or act as a replacement pattern', () => {
    expect(html).not.toContain('<script>alert(1)');
    expect(html).toContain('&lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt; &quot;quoted&quot;');
    expect(html).toContain("$&amp; $' $` US$1");
    // "$`" and "$'" would have copied the shell's text before or after the match.
    expect(html.match(/<!doctype html>/g)).toHaveLength(1);
    expect(html.match(/<div id="app"><\/div>/g)).toHaveLength(1);
  });

  it('places the static versions before the mount point', () => {
    expect(html).toMatch(/<div id="prerendered"[^>]*>.*<p>v<\/p><\/div>\s*<div id="app"><\/div>/s);
  });

  it('refuses a shell without a mount point instead of writing a page without its versions', () => {
    expect(() => incidentPage('<html><head></head><body></body></html>', parts, '/')).toThrow(
      /no <div id="app"><\/div>/,
    );
  });
});

describe('notFoundPage', () => {
  it('keeps the not-found page out of search engines', () => {
    expect(notFoundPage(SHELL)).toContain('<meta name="robots" content="noindex" />\n  </head>');
  });
});

describe('renderIncident', () => {
  it('renders data text from every field as text, never as markup', () => {
    const incident = inc('2023-09-17-x', {
      title: { fr: HOSTILE, en: HOSTILE },
      claims: [
        claim('army', [killedArmy(5)], {
          claimant: { fr: HOSTILE, en: HOSTILE },
          summary: { fr: HOSTILE, en: HOSTILE },
        }),
      ],
    });
    const p = renderIncident(incident, { base: '/', site: 'https://example.org', lang: 'fr' });
    expect(p.body).toContain('Léré');
    expect(p.body).toContain('&lt;script>alert(1)&lt;/script>');
    expect(p.body).not.toMatch(/<script/i);
    const page = incidentPage(SHELL, p, '/');
    expect(page).not.toContain('<script>alert(1)');
    expect(page).toContain('US$1');
  });
});
