// The app's state in one place: the address bar (the single source of truth), the light index and
// the incidents' records as they are loaded, what the filters leave, the selection, the links and
// the actions the shell offers. Components read it from context (./context.ts); App.svelte only
// lays them out. The same state renders on the server (prerendered pages) and hydrates in the
// browser: what it starts with comes from the page (`initial`), so both render the same.
import { MediaQuery, SvelteMap } from 'svelte/reactivity';
import type { ContestLevel } from '../lib/compare/levels';
import { Explore } from '../lib/explore/state.svelte';
import { addSummaries, hasSummaries } from '../lib/explore/search';
import { formatIncidentDate } from '../lib/i18n/format';
import { LOCALES, localized, messages, type Lang, type Messages } from '../lib/i18n/locales';
import type { IncidentDigest, SiteIndex } from '../lib/incidents/digest';
import { loadIncident, loadIndex, loadSummaries } from '../lib/incidents/load';
import type { Incident } from '../lib/incidents/schema';
import { keyAction, step, type KeyContext } from '../lib/keyboard';
import { PHONE_QUERY } from '../lib/layout.js';
import { embedPath, sharePath, type Filters, type Route } from '../lib/url/codec';
import { AppUrl, type PageLocation } from '../lib/url/location.svelte';

/** Where focus should go next, asked by an action and taken by the element it names. */
export type FocusRequest = { to: 'heading' } | { to: 'list-item'; id: string };

/** What a page carries for the app to start from (inline JSON on prerendered pages). */
export interface InitialData {
  /** The light index (the home page carries it). */
  index?: SiteIndex;
  /** Whole records (an incident page carries its own). */
  incidents?: Incident[];
}

export interface AppStateOptions {
  /** Where the app is served from (Vite's BASE_URL). */
  base: string;
  /** Where the page was rendered for: on the server, the page; in the browser, what to hydrate. */
  page?: PageLocation;
  /** In the browser (default when there is no `page`): follow the address bar. */
  live?: boolean;
  /** The language the page is rendered in (prerendering; hydration starts in it). */
  pageLang?: Lang;
  initial?: InitialData;
  /** Origin for absolute share links: the page's in the browser, the site's when prerendering. */
  origin?: string;
}

/** The state of the open incident's record. */
export type RecordState = 'ready' | 'loading' | 'not-found' | 'error';

export class AppState {
  readonly url: AppUrl;
  readonly base: string;
  readonly origin: string;
  readonly explore: Explore;
  /** The light index (published incidents); undefined until loaded. */
  index = $state.raw<IncidentDigest[] | undefined>();
  /** Withdrawn incidents: not in the index, their pages remain. */
  #withdrawn = $state.raw<readonly string[]>([]);
  indexError = $state<string | undefined>();
  /** Whole records loaded so far, and the failures by id. */
  readonly #records = new SvelteMap<string, Incident>();
  readonly #recordErrors = new SvelteMap<string, 'not-found' | string>();
  /** The app runs in the browser (after hydration): what only makes sense there may show. */
  mounted = $state(false);
  readonly #phone = new MediaQuery(PHONE_QUERY, false);
  /** The phone's bottom sheet is open. */
  sheetExpanded = $state(false);
  /** Height of the phone's bottom sheet, for camera padding. */
  sheetHeight = $state(0);
  /** Where focus goes next (taken by the element it names, through an attachment). */
  focus = $state.raw<FocusRequest | undefined>();

  constructor(opts: AppStateOptions) {
    this.base = opts.base;
    this.origin = opts.origin ?? (typeof location === 'undefined' ? '' : location.origin);
    this.url = new AppUrl(opts.base, {
      ...(opts.page ? { page: opts.page } : {}),
      ...(opts.live !== undefined ? { live: opts.live } : {}),
      ...(opts.pageLang ? { pageLang: opts.pageLang } : {}),
    });
    this.#setIndex(opts.initial?.index);
    for (const i of opts.initial?.incidents ?? []) this.#records.set(i.id, i);
    this.explore = new Explore(
      () => this.index,
      () => this.url.current.filters,
    );
    // A shared permalink opens with its incident in view (on phones, the sheet expanded).
    this.sheetExpanded = this.route.kind !== 'home';
  }

  /** Phone layout (read in the browser only: the server renders one markup for every screen). */
  get phone(): boolean {
    return this.mounted && this.#phone.current;
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
  /** The open incident's id, whether or not its record has arrived. */
  get selectedId(): string | undefined {
    const route = this.route;
    return route.kind === 'incident' ? route.id : undefined;
  }
  /** The open incident's whole record, once loaded. */
  get selected(): Incident | undefined {
    const id = this.selectedId;
    return id ? this.#records.get(id) : undefined;
  }
  /** The open incident as the index has it (known before its record arrives). */
  get selectedDigest(): IncidentDigest | undefined {
    const id = this.selectedId;
    return id ? this.explore.index.byId.get(id)?.incident : undefined;
  }
  get recordState(): RecordState | undefined {
    const id = this.selectedId;
    if (!id) return undefined;
    if (this.#records.has(id)) return 'ready';
    // With the index in, an id it does not know (published or withdrawn) is no incident of ours.
    if (this.index && !this.explore.index.byId.has(id) && !this.#withdrawn.includes(id)) return 'not-found';
    const error = this.#recordErrors.get(id);
    return error === 'not-found' ? 'not-found' : error ? 'error' : 'loading';
  }
  get recordError(): string | undefined {
    const id = this.selectedId;
    const e = id ? this.#recordErrors.get(id) : undefined;
    return e === 'not-found' ? undefined : e;
  }
  /** The app has what it needs to answer clicks and keys (page hook `html[data-ready]`). */
  get ready(): boolean {
    return this.mounted && !!this.index && this.recordState !== 'loading';
  }
  get homeHref(): string {
    return this.url.href({ kind: 'home' });
  }

  levelOf = (id: string): ContestLevel => this.explore.index.byId.get(id)?.contest.level ?? 'single';

  /** Link to an incident, keeping the current query (filters) and language. */
  incidentHref = (id: string): string => this.url.href({ kind: 'incident', id });

  /** Link to one of the other pages (methodology, data) in the current language. */
  pageHref = (page: 'methodology' | 'data'): string => this.url.href({ kind: 'page', page });

  /** The clean link to share an incident or one of its versions (absolute when the origin is known). */
  shareHref = (id: string, claim?: string): string =>
    this.origin + sharePath(this.base, id, this.lang, claim);

  /** The incident's embed page, absolute when the origin is known. */
  embedHref = (id: string): string => this.origin + embedPath(this.base, id, this.lang);

  /** The current view in another language (the language switch). */
  switchHref = (lang: Lang): string => this.url.hrefIn(lang);

  /** The other interface languages, for the language switch. */
  get otherLangs(): Lang[] {
    return LOCALES.filter((l) => l !== this.lang);
  }

  /** What the phone's bottom sheet (and the legend button above) hide of the map, for camera moves. */
  get cameraPadding(): { top: number; bottom: number; left: number; right: number } | undefined {
    return this.phone ? { top: 56, bottom: this.sheetHeight, left: 20, right: 20 } : undefined;
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

  #setIndex(index: SiteIndex | undefined): void {
    this.index = index?.incidents;
    this.#withdrawn = index?.withdrawn ?? [];
  }

  /** Loads (or reloads after an error) the light index. */
  loadIndex = async (): Promise<void> => {
    this.indexError = undefined;
    try {
      this.#setIndex(await loadIndex(this.base));
    } catch (e) {
      this.indexError = e instanceof Error ? e.message : String(e);
    }
  };

  // Bookkeeping, not state: nothing renders from it.
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  readonly #inflight = new Set<string>();
  /** Loads an incident's whole record (404: "not found"; other failures: retry offered). */
  loadRecord = async (id: string): Promise<void> => {
    if (this.#inflight.has(id)) return;
    this.#inflight.add(id);
    this.#recordErrors.delete(id);
    try {
      this.#records.set(id, await loadIncident(this.base, id));
    } catch (e) {
      const message = e instanceof Error ? e.message : String(e);
      this.#recordErrors.set(id, / HTTP 404$/.test(message) ? 'not-found' : message);
    } finally {
      this.#inflight.delete(id);
    }
  };

  /** Retries what failed: the index, the open record. */
  retry = (): void => {
    if (this.indexError || !this.index) void this.loadIndex();
    const id = this.selectedId;
    if (id && this.recordState === 'error') void this.loadRecord(id);
  };

  /** The search reads the claims' summaries too: fetched once, on the first search. */
  needSummaries = async (): Promise<void> => {
    if (hasSummaries()) return;
    try {
      addSummaries(await loadSummaries(this.base));
      this.explore.refreshSearch();
    } catch {
      // The search keeps working on places, titles and claimants.
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
    const closing = this.selectedId;
    this.url.openRoute({ kind: 'home' });
    if (closing) this.focus = { to: 'list-item', id: closing };
  };

  goHome = (): void => this.url.openRoute({ kind: 'home' });

  setFilters = (filters: Filters, mode: 'push' | 'replace'): void => this.url.setFilters(filters, mode);

  setLang = (lang: Lang): void => this.url.setLang(lang);

  /** Takes the focus request if it matches; true when it did. */
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
      this.selectedId,
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
