// The methodology and data pages link to the site itself with `{base}` (scripts/content.mjs): every
// such link must reach something the build publishes, in the page's own language.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentHtml } from '../../../scripts/content.mjs';
import { dataOutputs } from '../../../geo/data/vite-plugin-data';
import { parsePath } from '../../../src/lib/url/codec';

const CONTENT = 'src/content';
const INCIDENTS = 'geo/incidents';
const BASE = '/recoupe/';

const claimsById = new Map(
  readdirSync(INCIDENTS)
    .filter((f) => /^\d{4}-.*\.json$/.test(f))
    .map((f) => {
      const json = JSON.parse(readFileSync(join(INCIDENTS, f), 'utf8')) as {
        id: string;
        claims: { id: string }[];
      };
      return [json.id, new Set(json.claims.map((c) => c.id))] as const;
    }),
);
// The data files the build writes at the root (one copy for both languages).
const dataFiles = new Set(dataOutputs([], { geonames: new Map(), wof: new Map() }).map((o) => o.fileName));
const feeds = { fr: 'feed.xml', en: 'en/feed.xml' } as const;

const pages = readdirSync(CONTENT)
  .map((f) => /^(\w+)\.(fr|en)\.md$/.exec(f))
  .filter((m): m is RegExpExecArray => m !== null)
  .map((m) => ({ file: m[0], lang: m[2] as 'fr' | 'en' }));

/** Every link of a rendered page: its target and its text. */
function links(html: string): { href: string; text: string }[] {
  return [...html.matchAll(/<a href="([^"]*)"[^>]*>([\s\S]*?)<\/a>/g)].map((m) => ({
    href: m[1]!.replaceAll('&amp;', '&'),
    text: m[2]!,
  }));
}

/** Why a site link does not reach a published thing in `lang`, or undefined when it does. */
function problem(href: string, text: string, lang: 'fr' | 'en'): string | undefined {
  if (!href.startsWith(BASE)) return `does not start with the site's base ${BASE}`;
  const url = new URL(href, 'https://recoupe.example');
  const rest = url.pathname.slice(BASE.length);
  if (rest.startsWith('data/') && rest.includes('.'))
    return dataFiles.has(rest) ? undefined : 'no such data file';
  if (rest.endsWith('feed.xml'))
    return rest === feeds[lang] ? undefined : `the ${lang} feed is ${feeds[lang]}`;
  const { route, lang: linked } = parsePath(url.pathname, BASE);
  if (route.kind === 'not-found') return 'names no page';
  // A link to the other language's page says so in its text ("in French", « en anglais »).
  const other = lang === 'en' ? /French/ : /anglais/;
  if ((linked ?? 'fr') !== lang && !other.test(text)) return `leads to the ${linked ?? 'fr'} page`;
  if (route.kind === 'incident') {
    const claims = claimsById.get(route.id);
    if (!claims) return `no incident ${route.id}`;
    const claim = url.searchParams.get('claim');
    if (claim && !claims.has(claim)) return `no claim ${claim} in ${route.id}`;
  }
  return undefined;
}

describe('links from the methodology and data pages to the site', () => {
  it('finds the four pages', () => {
    expect(pages.map((p) => p.file).sort()).toEqual([
      'data.en.md',
      'data.fr.md',
      'methodology.en.md',
      'methodology.fr.md',
    ]);
  });

  it.each(pages)('$file: every link reaches a published page or file, in its language', ({ file, lang }) => {
    const html = contentHtml(readFileSync(join(CONTENT, file), 'utf8'), BASE);
    const own = links(html).filter((l) => !/^(https?:|mailto:)/.test(l.href));
    expect(own.length).toBeGreaterThan(0);
    const broken = own.flatMap(({ href, text }) => {
      const why = problem(href, text, lang);
      return why ? [`${href}: ${why}`] : [];
    });
    expect(broken).toEqual([]);
  });

  it.each(pages)('$file: leaves no {base} outside a link target', ({ file }) => {
    const html = contentHtml(readFileSync(join(CONTENT, file), 'utf8'), BASE);
    expect(html).not.toContain('{base}');
  });
});
