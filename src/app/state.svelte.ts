// The app's state in one place: the address bar (the single source of truth), the dataset, what
// the filters leave, the selection, the links and the actions the shell offers. Components read it
// from context (./context.ts); App.svelte only lays them out.
import { MediaQuery } from 'svelte/reactivity';
import type { ContestLevel } from '../lib/compare/levels';
import { Explore } from '../lib/explore/state.svelte';
import { formatIncidentDate } from '../lib/i18n/format';
import { LOCALES, localized, messages, type Lang, type Messages } from '../lib/i18n/locales';
import { loadIncidents } from '../lib/incidents/load';
import type { Incident } from '../lib/incidents/schema';
import { keyAction, step, type KeyContext } from '../lib/keyboard';
import { PHONE_QUERY } from '../lib/layout.js';
import type { Filters, Route } from '../lib/url/codec';
import { AppUrl, type PageLocation } from '../lib/url/location.svelte';

/** Where focus should go next, asked by an action and taken by the element it names. */
export type FocusRequest = { to: 'heading' } | { to: 'list-item'; id: string } | { to: 'claim'; id: string };

export interface AppStateOptions {
  /** Where the app is served from (Vite's BASE_URL). */
  base: string;
  /** A fixed page location (prerendering); default: the address bar. */
  page?: PageLocation;
  /** Incidents already known (prerendering, tests); default: fetched from the build's data. */
  incidents?: Incident[];
}

export class AppState {
  readonly url: AppUrl;
  readonly base: string;
  readonly explore: Explore;
  /** The dataset; undefined until loaded. */
  incidents = $state.raw<Incident[] | undefined>();
  loadError = $state<string | undefined>();
  /** Phone layout: the map with a bottom sheet. */
  readonly #phone = new MediaQuery(PHONE_QUERY, false);
  /** The phone's bottom sheet is open. */
  sheetExpanded = $state(false);
  /** Height of the phone's bottom sheet, for camera padding. */
  sheetHeight = $state(0);
  /** What the phone's bottom sheet hides of the map, for camera moves. */
  get cameraPadding(): { top: number; bottom: number; left: number; right: number } | undefined {
    return this.phone ? { top: 20, bottom: this.sheetHeight, left: 20, right: 20 } : undefined;
  }
  /** Where focus goes next (taken by the element it names, through an attachment). */
  focus = $state.raw<FocusRequest | undefined>();

  constructor(opts: AppStateOptions) {
    this.base = opts.base;
    this.url = new AppUrl(opts.base, opts.page ? { page: opts.page } : {});
    this.incidents = opts.incidents;
    this.explore = new Explore(
      () => this.incidents,
      () => this.url.current.filters,
    );
  }

  get phone(): boolean {
    return this.#phone.current;
  }

  get lang(): Lang {
    return this.url.lang;
  }
  get m(): Messages {
    return messages(this.lang);
  }
  get route(): Route {
    return this.url.current.route;
  }
  /** ?claim= (only with an incident open). */
  get claim(): string | undefined {
    return this.url.current.claim;
  }
  /** The open incident; the explore index is the one lookup by id. */
  get selected(): Incident | undefined {
    const route = this.route;
    return route.kind === 'incident' ? this.explore.index.byId.get(route.id)?.incident : undefined;
  }
  get homeHref(): string {
    return this.url.href({ kind: 'home' });
  }

  levelOf = (id: string): ContestLevel => this.explore.index.byId.get(id)?.contest.level ?? 'single';

  /** Link to an incident, keeping the current query (filters, language). */
  incidentHref = (id: string): string => this.url.href({ kind: 'incident', id });

  /** Absolute permalink to an incident or one of its claims. */
  permalink = (id: string, claim?: string): string =>
    location.origin + this.url.href({ kind: 'incident', id }, claim ? { claim } : {});

  /** The current view in another language (the language switch). */
  switchHref = (lang: Lang): string => this.url.hrefWith({ lang });

  /** The other interface languages, for the language switch. */
  get otherLangs(): Lang[] {
    return LOCALES.filter((l) => l !== this.lang);
  }

  /** Hover-card text for an incident on the map. */
  describe = (id: string): { title: string; date: string } | undefined => {
    const incident = this.explore.index.byId.get(id)?.incident;
    if (!incident) return undefined;
    return {
      title: localized(incident.title, this.lang),
      date: formatIncidentDate(incident.date, this.lang),
    };
  };

  /** Loads (or reloads after an error) the dataset. */
  load = async (): Promise<void> => {
    this.loadError = undefined;
    try {
      this.incidents = await loadIncidents(this.base);
    } catch (e) {
      this.loadError = e instanceof Error ? e.message : String(e);
    }
  };

  /** Opens an incident (a history entry); `focus` moves focus to the panel's heading. */
  select = (id: string, opts: { focus?: boolean } = {}): void => {
    if (this.route.kind === 'incident' && this.route.id === id) return;
    if (opts.focus) this.focus = { to: 'heading' };
    this.url.openRoute({ kind: 'incident', id });
    if (this.phone) this.sheetExpanded = true;
  };

  /** Closes the panel; focus returns to the closed incident in the list. */
  close = (): void => {
    const closing = this.route.kind === 'incident' ? this.route.id : undefined;
    this.url.openRoute({ kind: 'home' });
    if (closing) this.focus = { to: 'list-item', id: closing };
  };

  goHome = (): void => this.url.openRoute({ kind: 'home' });

  setFilters = (filters: Filters, mode: 'push' | 'replace'): void => this.url.setFilters(filters, mode);

  setLang = (lang: Lang): void => this.url.setLang(lang);

  /** Takes the focus request if it names `request`'s target; true when it did. */
  takeFocus(match: (r: FocusRequest) => boolean): boolean {
    if (!this.focus || !match(this.focus)) return false;
    this.focus = undefined;
    return true;
  }

  /** The window's keydown: the app's shortcuts (j/k, arrows, Escape). */
  onkeydown = (e: KeyboardEvent): void => {
    const t = e.target as HTMLElement;
    const used = this.key({
      key: e.key,
      modified: e.ctrlKey || e.metaKey || e.altKey,
      targetTag: t.tagName,
      editable: t.isContentEditable,
      onMap: t.classList.contains('maplibregl-canvas'),
    });
    if (used) e.preventDefault();
  };

  /** The app's keyboard shortcuts (j/k, arrows, Escape); true when the key was used. */
  key = (k: KeyContext): boolean => {
    const action = keyAction(k);
    if (!action) return false;
    if (action === 'close') {
      if (this.route.kind !== 'home') this.close();
      return false;
    }
    const next = step(
      this.explore.shown.map((i) => i.id),
      this.selected?.id,
      action,
    );
    if (!next) return false;
    this.select(next);
    return true;
  };

  destroy(): void {
    this.url.destroy();
  }
}
