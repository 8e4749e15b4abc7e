// The address bar as reactive state: a thin runes class over the pure codec. Navigation between
// incidents pushes history entries (Back returns to the previous one); map moves and filter
// typing replace the current entry so they don't flood history.
//
// Language: a prefixed path (`/en/…`) names its language. An unprefixed path is the site's first
// language for a reader who chose it (the language switch remembers the choice) and otherwise
// follows the browser, as a first visit should. A prerendered page is hydrated in the language it
// was rendered in, then `settle()` moves to the reader's language if it differs (replacing the
// URL by that language's own, so what the reader shares is what they read).
import { DEFAULT_LANG, resolveLang, type Lang } from '../i18n/locales';
import {
  formatLocation,
  formatMapHash,
  parseLocation,
  type AppLocation,
  type Filters,
  type MapView,
  type Route,
} from './codec';

/** Where the page is: `window.location` in the browser, the page's own URL when prerendering. */
export interface PageLocation {
  pathname: string;
  search: string;
  hash: string;
}

const CHOICE_KEY = 'recoupe:lang';

/** The language the reader chose with the switch, if any (kept in this browser). */
function storedChoice(): Lang | undefined {
  try {
    const v = localStorage.getItem(CHOICE_KEY);
    return v ? resolveLang(undefined, [v]) : undefined;
  } catch {
    return undefined;
  }
}

function storeChoice(lang: Lang): void {
  try {
    localStorage.setItem(CHOICE_KEY, lang);
  } catch {
    // Storage refused (private mode): the choice lasts for this page only.
  }
}

export class AppUrl {
  /**
   * Where the app is, without the map view; replaced (never mutated) on every change. The map
   * view is kept apart (`map`): the map moves often and nothing but the address bar follows it,
   * so a pan must not wake everything that reads the route, filters or language.
   */
  current = $state.raw<Omit<AppLocation, 'map'>>({ route: { kind: 'home' }, filters: {} });
  /** `#map=`: the view the link carried, then the map's own moves. */
  map = $state.raw<MapView | undefined>();
  readonly base: string;
  readonly #languages: readonly string[];
  readonly #live: boolean;
  /** The language the page was rendered in (until `settle`). */
  #pageLang: Lang;
  /**
   * The site's first language when an older link asked for it (`?lang=fr`): it has no prefix to
   * keep it in the URL, so it is kept here for this visit (not stored as the reader's choice).
   */
  #asked: Lang | undefined;
  #settled = $state(false);

  /** The view the address carried on arrival (`#map=`), read by `settle`. */
  arrivalView: MapView | undefined;

  /**
   * `page`: where the page was rendered for. On the server that is all there is; in the browser
   * (`live`) the app first renders that page as the server did (so it hydrates), then `settle`
   * reads the real address: its query, hash and language.
   */
  constructor(
    base: string,
    opts: { page?: PageLocation; live?: boolean; languages?: readonly string[]; pageLang?: Lang } = {},
  ) {
    this.base = base;
    this.#live = opts.live ?? !opts.page;
    this.#languages = opts.languages ?? (typeof navigator === 'undefined' ? [] : navigator.languages);
    this.#read(opts.page ?? window.location);
    this.#pageLang = opts.pageLang ?? this.current.lang ?? DEFAULT_LANG;
    if (this.#live) window.addEventListener('popstate', this.#onPop);
  }

  /** The interface language. */
  get lang(): Lang {
    if (!this.#settled) return this.#pageLang;
    return this.current.lang ?? this.#asked ?? storedChoice() ?? resolveLang(undefined, this.#languages);
  }

  /**
   * After hydration: from the page's language to the reader's (URL, choice, browser), with the
   * address bar moved to that language's URL (no history entry).
   */
  settle(): void {
    if (this.#settled) return;
    if (this.#live) this.#read(window.location);
    this.arrivalView = this.map;
    if (this.current.lang === DEFAULT_LANG) this.#asked = DEFAULT_LANG;
    this.#settled = true;
    const lang = this.lang;
    const canonical = lang === DEFAULT_LANG ? undefined : lang;
    if (canonical !== this.current.lang) this.current = { ...this.current, lang: canonical };
    this.#write('replace');
  }

  destroy(): void {
    if (this.#live) window.removeEventListener('popstate', this.#onPop);
  }

  #read(page: PageLocation): void {
    const { map, ...rest } = parseLocation(page, this.base);
    this.current = rest;
    this.map = map;
  }

  #onPop = () => this.#read(window.location);

  #write(mode: 'push' | 'replace'): void {
    if (!this.#live) return;
    const href = formatLocation({ ...this.current, map: this.map }, this.base);
    if (href === location.pathname + location.search + location.hash) return;
    if (mode === 'push') history.pushState(null, '', href);
    else history.replaceState(null, '', href);
  }

  #go(next: Omit<AppLocation, 'map'>, mode: 'push' | 'replace'): void {
    this.current = next;
    this.#write(mode);
  }

  /** The link for a route with the current query (filters) and language kept. */
  href(route: Route, extra: { claim?: string } = {}): string {
    const { claim: _claim, ...keep } = this.current;
    return formatLocation({ ...keep, lang: this.#urlLang(), route, ...extra }, this.base);
  }

  /** The current view in another language (the language switch). */
  hrefIn(lang: Lang): string {
    return formatLocation(
      { ...this.current, map: this.map, lang: lang === DEFAULT_LANG ? undefined : lang },
      this.base,
    );
  }

  /** The language as the URL writes it: a prefix for any but the site's first. */
  #urlLang(): Lang | undefined {
    const lang = this.lang;
    return lang === DEFAULT_LANG ? undefined : lang;
  }

  /** Opens a route as a new history entry; the current map view is kept. */
  openRoute(route: Route, claim?: string): void {
    const { claim: _claim, ...keep } = this.current;
    const next = { ...keep, lang: this.#urlLang(), route };
    this.#go(claim ? { ...next, claim } : next, 'push');
  }

  /** The reader chose a language: remembered, and the URL moves to that language's. */
  setLang(lang: Lang): void {
    storeChoice(lang);
    this.#asked = undefined;
    this.#settled = true;
    this.#go({ ...this.current, lang: lang === DEFAULT_LANG ? undefined : lang }, 'replace');
  }

  setFilters(filters: Filters, mode: 'push' | 'replace' = 'push'): void {
    this.#go({ ...this.current, filters }, mode);
  }

  /** Puts `?claim=` in the address bar (a version's own link was used), without a history entry. */
  setClaim(claim: string | undefined): void {
    const { claim: _claim, ...keep } = this.current;
    this.#go(claim ? { ...keep, claim } : keep, 'replace');
  }

  /** Records the map view in the hash without a history entry, and only if it changed. */
  setMapView(map: MapView): void {
    if (this.map && formatMapHash(this.map) === formatMapHash(map)) return;
    this.map = map;
    this.#write('replace');
  }
}
