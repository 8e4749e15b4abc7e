// The site's Atom feed (RFC 4287) of new and updated incidents, newest change first, for newsrooms
// and monitors: each entry links the incident's page and says what changed. Ids are tag URIs, so
// they hold whatever address the site is served at; links are absolute when that address is set.
import { ogDescription } from '../compare/summary';
import { DEFAULT_LANG, localized, messages, type Lang } from '../i18n/locales';
import type { Incident } from '../incidents/schema';
import { normaliseBase } from '../url/base.js';
import { formatPath } from '../url/codec';

const esc = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The time an ISO day stands for in the feed (noon UTC: a day, not an instant). */
const stamp = (day: string) => `${day}T12:00:00Z`;

export function atomFeed(o: {
  incidents: readonly Incident[];
  lang: Lang;
  base: string;
  /** The site's public address; without it, links are site-relative. */
  site?: string | undefined;
  today: string;
  /** How many entries. Default 50. */
  limit?: number;
}): string {
  const m = messages(o.lang);
  const base = normaliseBase(o.base);
  const href = (path: string) => (o.site ? new URL(path, o.site).href : path);
  const self = href(`${base}${o.lang === DEFAULT_LANG ? '' : `${o.lang}/`}feed.xml`);
  const updated = (i: Incident) => i.withdrawn?.date ?? i.history?.at(-1)?.date ?? i.published;
  const entries = [...o.incidents]
    .sort((a, b) => updated(b).localeCompare(updated(a)) || b.id.localeCompare(a.id))
    .slice(0, o.limit ?? 50);
  const latest = entries.length ? updated(entries[0]!) : o.today;
  const body = entries.map((i) => {
    const link = href(formatPath({ kind: 'incident', id: i.id }, base, o.lang));
    const last = i.history?.at(-1);
    const what = i.withdrawn
      ? `${m.withdrawn}: ${localized(i.withdrawn.reason, o.lang)}`
      : last
        ? `${m.feedEntryUpdated} — ${m.historyType[last.type]}: ${localized(last.note, o.lang)}`
        : m.feedEntryNew;
    return [
      '  <entry>',
      `    <id>tag:recoupe,2026:incident/${i.id}/${o.lang}</id>`,
      `    <title>${esc(localized(i.title, o.lang))}</title>`,
      `    <link rel="alternate" type="text/html" href="${esc(link)}"/>`,
      `    <published>${stamp(i.published)}</published>`,
      `    <updated>${stamp(updated(i))}</updated>`,
      `    <summary>${esc(`${what} — ${ogDescription(i, o.lang)}`)}</summary>`,
      '  </entry>',
    ].join('\n');
  });
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${o.lang}">`,
    `  <id>tag:recoupe,2026:feed/${o.lang}</id>`,
    `  <title>${esc(m.feedTitle)}</title>`,
    `  <link rel="self" type="application/atom+xml" href="${esc(self)}"/>`,
    `  <link rel="alternate" type="text/html" href="${esc(href(formatPath({ kind: 'home' }, base, o.lang)))}"/>`,
    `  <updated>${stamp(latest)}</updated>`,
    '  <author><name>Recoupe</name></author>',
    ...body,
    '</feed>',
    '',
  ].join('\n');
}
