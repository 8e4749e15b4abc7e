// Server-side entry (built with `vite build --ssr`, run by scripts/prerender.mjs): renders each
// incident's versions with the same Svelte components the app uses, as plain HTML that reads
// without JavaScript.
import { render } from 'svelte/server';
import VersionsPanel from '../../components/VersionsPanel.svelte';
import { incidentsFromGeoJSON } from '../data/load';
import type { Incident } from '../incidents/schema';
import { formatPath, type Lang } from '../url/codec';
import { ogDescription } from './summary';

export { incidentsFromGeoJSON };
export { incidentPage, notFoundPage } from './page';

export interface PageParts {
  title: string;
  description: string;
  /** Absolute URL of the incident page. */
  url: string;
  /** The versions panel's HTML. */
  body: string;
}

export function renderIncident(
  incident: Incident,
  opts: { base: string; site: string; lang: Lang },
): PageParts {
  const path = formatPath({ kind: 'incident', id: incident.id }, opts.base);
  const url = new URL(path, opts.site).href;
  const { body } = render(VersionsPanel, {
    props: {
      incident,
      lang: opts.lang,
      permalink: (claim?: string) => (claim ? `${url}?claim=${encodeURIComponent(claim)}` : url),
    },
  });
  return {
    title: `${incident.title[opts.lang]} — Recoupe`,
    description: ogDescription(incident, opts.lang),
    url,
    body,
  };
}
