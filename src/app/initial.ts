// What a prerendered page hands the app (JSON in `<script type="application/json"
// id="recoupe-state">`, never executed): the path it was rendered for, its language and the data
// it shows, so the app's first render in the browser is the page's own and hydrates in place.
import * as v from 'valibot';
import { isLang, type Lang } from '../lib/i18n/locales';
import { parseIndex } from '../lib/incidents/digest';
import { parseIncident } from '../lib/incidents/parse';
import type { AppStateOptions } from './state.svelte';

export interface PageState {
  /** The pathname the page was rendered for. */
  path: string;
  lang: Lang;
  index?: unknown;
  /**
   * The page shows the whole index but does not carry it: the app reads `data/index.json` before
   * hydrating (the home page: 90 KB of JSON in its HTML cost 14 KB compressed and ~100 ms of parsing
   * before the list could paint, `npm run bench`).
   */
  indexFile?: true;
  incidents?: unknown[];
}

/** The JSON a prerendered page carries (`<` escaped so no text can close the script element). */
export function serializeState(s: PageState): string {
  return JSON.stringify(s).replace(/</g, '\\u003c');
}

const Shape = v.object({
  path: v.string(),
  lang: v.string(),
  index: v.optional(v.unknown()),
  indexFile: v.optional(v.literal(true)),
  incidents: v.optional(v.array(v.unknown())),
});

/** The page's state as app options; none (fresh start) when absent or unreadable. */
export function parseInitialState(text: string | null | undefined): {
  renderedFor?: string;
  /** The page's markup needs the index from `data/index.json` to hydrate (see PageState). */
  indexFile?: boolean;
  options: Omit<AppStateOptions, 'base'>;
} {
  if (!text) return { options: {} };
  try {
    const s = v.parse(Shape, JSON.parse(text));
    const lang = isLang(s.lang) ? s.lang : undefined;
    return {
      renderedFor: s.path,
      ...(s.indexFile ? { indexFile: true } : {}),
      options: {
        ...(lang ? { pageLang: lang } : {}),
        initial: {
          ...(s.index !== undefined ? { index: parseIndex(s.index) } : {}),
          ...(s.incidents ? { incidents: s.incidents.map((i) => parseIncident(i, 'page state')) } : {}),
        },
      },
    };
  } catch (e) {
    console.warn('Recoupe: the page state could not be read; starting afresh.', e);
    return { options: {} };
  }
}
