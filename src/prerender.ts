// Server-side entry (built with `vite build --ssr`, run by scripts/prerender.mjs): every page the
// site publishes, rendered with the app's own components so the browser hydrates them in place —
// the home page and each incident's, in each language; the embed pages; the methodology and data
// pages; oEmbed answers; the feeds; 404.html; the offline shell. Pure: data in, files out (the
// script writes them).
import { render } from 'svelte/server';
import App from './App.svelte';
import { serializeState } from './app/initial';
import EmbedPage from './components/pages/EmbedPage.svelte';
import StaticPage from './components/pages/StaticPage.svelte';
import { contestedness } from './lib/compare/contested';
import { ogDescription, sideSummaries } from './lib/compare/summary';
import { formatIncidentDate, placeName } from './lib/i18n/format';
import {
  CATALOGS,
  intlLocale,
  DEFAULT_LANG,
  LOCALES,
  localized,
  messages,
  textDirection,
  type Lang,
} from './lib/i18n/locales';
import type { SiteIndex } from './lib/incidents/digest';
import { parseIncident } from './lib/incidents/parse';
import type { Incident } from './lib/incidents/schema';
import { atomFeed } from './lib/prerender/feed';
import { SHELL_PAGE } from './lib/offline/caches';
import { assemblePage, type PageHead, type PageImage } from './lib/prerender/page';
import { LEVEL_COLOURS, SIDE_COLOURS } from './lib/theme';
import { normaliseBase } from './lib/url/base.js';
import { embedPath, formatPath, type Route, type StaticPage as StaticPageName } from './lib/url/codec';

export { parseIncident };
export { parseIndex } from './lib/incidents/digest';
/** The interface languages and the data language each reads, for the build script (pages, cards
 * and locators per language). */
export { LOCALES, dataLang } from './lib/i18n/locales';

export interface SiteInput {
  /** dist/index.html as Vite wrote it. */
  shell: string;
  base: string;
  /** The site's public address ("https://recoupe.example"), or undefined: no absolute URLs then. */
  site?: string | undefined;
  /** The light index (published incidents, withdrawn ids). */
  index: SiteIndex;
  /** Every incident's record, withdrawn ones included (their pages say why). */
  incidents: Incident[];
  /** The static pages' texts, rendered from Markdown: page → language → HTML. */
  pages: Record<StaticPageName, Partial<Record<Lang, string>>>;
  /** Preview cards: file path under the site root, per incident and language, and for home. */
  cards?: {
    incident: (id: string, lang: Lang) => string | undefined;
    home: (lang: Lang) => string | undefined;
  };
  /** The embed entry's script path (from the Vite manifest). */
  embedScript?: string;
  /** How to report an error, configured at build time (an address or a URL). */
  contact?: string | undefined;
  /** The build day (ISO), for the feeds. */
  today: string;
  /** Static locator maps (inline SVG) shown where the map goes until it has drawn. */
  locator?: { incident: (id: string, lang: Lang) => string; home: (lang: Lang) => string };
}

/** Where a page's locator goes: the map pane's slot, empty in the app's own render. */
const LOCATOR_SLOT = /(<div class="locator-slot[^"]*"[^>]*data-locator[^>]*>)(<\/div>)/;

export interface SiteFile {
  /** Path under dist/ ("incidents/x/index.html"). */
  path: string;
  content: string;
}

const CARD = { width: 1200, height: 630 };

export function prerenderSite(input: SiteInput): SiteFile[] {
  const base = normaliseBase(input.base);
  const files: SiteFile[] = [];
  const abs = (path: string) => (input.site ? new URL(path, input.site).href : undefined);
  const fileOf = (path: string) => `${path.slice(base.length)}index.html`;
  const alternates = (route: Route) =>
    input.site
      ? [
          ...LOCALES.map((l) => ({ hreflang: l, href: abs(formatPath(route, base, l))! })),
          { hreflang: 'x-default', href: abs(formatPath(route, base, DEFAULT_LANG))! },
        ]
      : [];
  const image = (path: string | undefined, alt: string): PageImage | undefined => {
    const url = path && abs(`${base}${path}`);
    return url ? { url, ...CARD, alt } : undefined;
  };
  const headFor = (
    lang: Lang,
    h: Omit<PageHead, 'lang' | 'dir' | 'ogLocale' | 'ogAlternateLocales'>,
  ): PageHead => ({
    lang,
    dir: textDirection(lang),
    ogLocale: CATALOGS[lang].meta.og,
    ogAlternateLocales: LOCALES.filter((l) => l !== lang).map((l) => CATALOGS[l].meta.og),
    ...h,
  });
  const appPage = (
    lang: Lang,
    route: Route,
    head: PageHead,
    initial: { index?: SiteIndex; incidents?: Incident[] },
    locator?: string,
    /** Render with the index, but leave it out of the page's state (the app fetches the file). */
    indexFile = false,
  ) => {
    const path = formatPath(route, base, lang);
    const { body } = render(App, {
      props: {
        base,
        page: { pathname: path, search: '', hash: '' },
        pageLang: lang,
        initial,
        origin: input.site ? new URL(input.site).origin : '',
      },
    });
    const { index, ...rest } = initial;
    const state = serializeState({
      path,
      lang,
      ...rest,
      ...(indexFile ? { indexFile: true } : index ? { index } : {}),
    });
    // The locator is the build's own SVG (text escaped), set in the slot the app leaves empty: it
    // stays there, outside the app's tree, until the map has drawn.
    const withLocator = locator
      ? body.replace(LOCATOR_SLOT, (_m, open: string, close: string) => open + locator + close)
      : body;
    return assemblePage(input.shell, { head, body: withLocator, state, script: 'app' });
  };

  for (const lang of LOCALES) {
    const m = messages(lang);
    // Home: the list readable before (or without) JavaScript.
    const home: Route = { kind: 'home' };
    const homePath = formatPath(home, base, lang);
    files.push({
      path: fileOf(homePath),
      content: appPage(
        lang,
        home,
        headFor(lang, {
          title: `Recoupe — ${m.tagline}`,
          description: m.siteDescription,
          url: abs(homePath),
          alternates: alternates(home),
          image: image(input.cards?.home(lang), m.tagline),
        }),
        { index: input.index },
        input.locator?.home(lang),
        true,
      ),
    });

    for (const incident of input.incidents) {
      const route: Route = { kind: 'incident', id: incident.id };
      const path = formatPath(route, base, lang);
      const title = `${localized(incident.title, lang)} — Recoupe`;
      const description = incident.withdrawn
        ? `${m.withdrawnNotice(formatIncidentDate(incident.date, lang))} ${localized(incident.withdrawn.reason, lang)}`
        : ogDescription(incident, lang);
      const oembed = abs(
        `${base}${lang === DEFAULT_LANG ? '' : `${lang}/`}oembed/incidents/${incident.id}.json`,
      );
      files.push({
        path: fileOf(path),
        content: appPage(
          lang,
          route,
          headFor(lang, {
            title,
            description,
            url: abs(path),
            alternates: alternates(route),
            ogType: 'article',
            image: image(input.cards?.incident(incident.id, lang), `${title} ${description}`),
            oembed: oembed ? { href: oembed, title } : undefined,
          }),
          { incidents: [incident] },
          input.locator?.incident(incident.id, lang),
        ),
      });

      // The embed page: the versions only, for an iframe in an article.
      const embed = embedPath(base, incident.id, lang);
      const { body } = render(EmbedPage, {
        props: { incident, lang, pageHref: abs(path) ?? path, shareHref: abs(path) ?? path },
      });
      files.push({
        path: fileOf(embed),
        content: assemblePage(input.shell, {
          head: headFor(lang, { title, description, url: abs(embed), noindex: true }),
          body,
          script: 'embed',
          ...(input.embedScript ? { embedScript: input.embedScript } : {}),
        }),
      });
      const embedUrl = abs(embed);
      if (embedUrl && input.site)
        files.push({
          path: `${lang === DEFAULT_LANG ? '' : `${lang}/`}oembed/incidents/${incident.id}.json`,
          content: `${JSON.stringify(oembedAnswer({ title, embedUrl, pageUrl: abs(path)!, site: input.site, thumbnail: image(input.cards?.incident(incident.id, lang), title) }))}\n`,
        });
    }

    // The methodology and data pages.
    for (const page of ['methodology', 'data'] as const) {
      const route: Route = { kind: 'page', page };
      const path = formatPath(route, base, lang);
      const html = input.pages[page][lang] ?? input.pages[page][DEFAULT_LANG] ?? '';
      const { body } = render(StaticPage, {
        props: { page, lang, base, html, contact: input.contact },
      });
      files.push({
        path: fileOf(path),
        content: assemblePage(input.shell, {
          head: headFor(lang, {
            title: `${m.pages[page]} — Recoupe`,
            description: m.pageDescription[page],
            url: abs(path),
            alternates: alternates(route),
          }),
          body,
          script: 'none',
        }),
      });
    }

    // The feed of new and updated incidents, for newsrooms that monitor.
    files.push({
      path: `${lang === DEFAULT_LANG ? '' : `${lang}/`}feed.xml`,
      content: atomFeed({ incidents: input.incidents, lang, base, site: input.site, today: input.today }),
    });
  }

  // 404.html: static hosts serve it for any missing path; the app then says what was not found.
  const notFound: Route = { kind: 'not-found', path: `${base}404.html` };
  const m = messages(DEFAULT_LANG);
  files.push({
    path: '404.html',
    content: appPage(
      DEFAULT_LANG,
      notFound,
      headFor(DEFAULT_LANG, {
        title: `${m.notFoundPage} — Recoupe`,
        description: m.notFoundPageText,
        noindex: true,
      }),
      {},
    ),
  });
  // shell.html: the app with no page in it and no page state. The service worker answers an app
  // address it has not saved with it, offline; the app then starts afresh from the address and
  // reads the data saved for offline reading (lib/offline/).
  files.push({
    path: SHELL_PAGE,
    content: assemblePage(input.shell, {
      head: headFor(DEFAULT_LANG, {
        title: `Recoupe — ${m.tagline}`,
        description: m.siteDescription,
        noindex: true,
      }),
      body: '',
      script: 'app',
    }),
  });
  return files;
}

/** An oEmbed "rich" answer for an incident (https://oembed.com/ §2.3.4.4). */
export function oembedAnswer(o: {
  title: string;
  embedUrl: string;
  pageUrl: string;
  site: string;
  thumbnail?: PageImage | undefined;
}): Record<string, string | number> {
  const width = 640;
  const height = 720;
  return {
    version: '1.0',
    type: 'rich',
    provider_name: 'Recoupe',
    provider_url: new URL('/', o.site).href,
    title: o.title,
    html: `<iframe src="${o.embedUrl}" title="${o.title.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}" width="${width}" height="${height}" style="border:0;width:100%" loading="lazy"></iframe>`,
    width,
    height,
    ...(o.thumbnail
      ? {
          thumbnail_url: o.thumbnail.url,
          thumbnail_width: o.thumbnail.width,
          thumbnail_height: o.thumbnail.height,
        }
      : {}),
  };
}

/** What a preview card says of an incident (the card's renderer adds the locator). */
export function cardInput(incident: Incident, lang: Lang) {
  const m = messages(lang);
  const level = contestedness(incident).level;
  return {
    lang,
    kicker: `${formatIncidentDate(incident.date, lang)} · ${incident.types.map((t) => m.type[t]).join(', ')}`,
    title: localized(incident.title, lang),
    place: m.placeLine(placeName(incident.place, lang), m.region[incident.place.region]),
    sides: sideSummaries(incident, lang).map(({ side, says }) => ({
      label: m.sideShort[side],
      colour: SIDE_COLOURS[side],
      says,
    })),
    level: { label: m.level[level], colour: LEVEL_COLOURS[level] },
    more: sideSummaries(incident, lang).map((_s, i) => m.cardMoreSides(i + 1)),
    brand: 'Recoupe',
    tagline: m.tagline,
  };
}

/** What the home page's card says. */
export function homeCardInput(lang: Lang, count: number) {
  const m = messages(lang);
  return {
    lang,
    kicker: m.cardHomeKicker,
    title: m.tagline,
    tagline: m.cardHomeTagline,
    figure: new Intl.NumberFormat(intlLocale(lang)).format(count),
    noun: m.cardIncidents(count),
    brand: 'Recoupe',
  };
}

/** The level colour of each published incident, for the locators' points. */
export function levelColour(incident: Incident): string {
  return LEVEL_COLOURS[contestedness(incident).level];
}

/** The locator map's accessible name on an incident's page. */
export function locatorLabel(incident: Incident, lang: Lang): string {
  const m = messages(lang);
  return m.locatorLabel(m.placeLine(placeName(incident.place, lang), m.region[incident.place.region]));
}

/** The home page locator's accessible name. */
export function homeLocatorLabel(lang: Lang, count: number): string {
  return messages(lang).homeLocatorLabel(count);
}
