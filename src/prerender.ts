// Server-side entry (built with `vite build --ssr`, run by scripts/prerender.mjs): renders each
// incident's versions with the same Svelte components the app uses, as plain HTML that reads
// without JavaScript.
import { render } from 'svelte/server';
import StaticVersions from './components/panel/StaticVersions.svelte';
import { ogDescription } from './lib/compare/summary';
import { localized, type Lang } from './lib/i18n/locales';
import { incidentsFromFeatureCollection } from './lib/incidents/load';
import type { Incident } from './lib/incidents/schema';
import type { PageParts } from './lib/prerender/page';
import { formatPath } from './lib/url/codec';

export { incidentsFromFeatureCollection };
export { incidentPage, notFoundPage } from './lib/prerender/page';

export function renderIncident(
  incident: Incident,
  opts: { base: string; site: string; lang: Lang },
): PageParts {
  const path = formatPath({ kind: 'incident', id: incident.id }, opts.base);
  const url = new URL(path, opts.site).href;
  const { body } = render(StaticVersions, {
    props: {
      incident,
      lang: opts.lang,
      permalink: (claim?: string) => (claim ? `${url}?claim=${encodeURIComponent(claim)}` : url),
    },
  });
  return {
    title: `${localized(incident.title, opts.lang)} — Recoupe`,
    description: ogDescription(incident, opts.lang),
    url,
    body,
  };
}
