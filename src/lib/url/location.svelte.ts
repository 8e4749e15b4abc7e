// The address bar as reactive state: a thin runes class over the pure codec. Navigation between
// incidents pushes history entries (Back returns to the previous one); map moves and filter
// typing replace the current entry so they don't flood history.
import { resolveLang, type Lang } from '../i18n/locales';
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

  /** The interface language: ?lang= or the browser's. */
  get lang(): Lang {
    return resolveLang(this.current.lang, this.#languages);
  }

  /**
   * `page`: a fixed location (prerendering); without it the address bar is read and followed
   * (Back and Forward), and `languages` default to the browser's.
   */
  constructor(base: string, opts: { page?: PageLocation; languages?: readonly string[] } = {}) {
    this.base = base;
    this.#live = !opts.page;
    this.#languages = opts.languages ?? (typeof navigator === 'undefined' ? [] : navigator.languages);
    this.#read(opts.page ?? window.location);
    if (this.#live) window.addEventListener('popstate', this.#onPop);
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
    if (mode === 'push') history.pushState(null, '', href);
    else history.replaceState(null, '', href);
  }

  #go(next: Omit<AppLocation, 'map'>, mode: 'push' | 'replace'): void {
    this.current = next;
    this.#write(mode);
  }

  /** The link for a route with the current query (filters, language) kept. */
  href(route: Route, extra: { claim?: string } = {}): string {
    const { claim: _claim, ...keep } = this.current;
    return formatLocation({ ...keep, route, ...extra }, this.base);
  }

  /** The current location with some parts changed, as a link (e.g. the language switch). */
  hrefWith(patch: Partial<AppLocation>): string {
    return formatLocation({ ...this.current, map: this.map, ...patch }, this.base);
  }

  /** Opens an incident (or home) as a new history entry; the current map view is kept. */
  openRoute(route: Route, claim?: string): void {
    const { claim: _claim, ...keep } = this.current;
    this.#go(claim ? { ...keep, route, claim } : { ...keep, route }, 'push');
  }

  setLang(lang: Lang): void {
    this.#go({ ...this.current, lang }, 'replace');
  }

  setFilters(filters: Filters, mode: 'push' | 'replace' = 'push'): void {
    this.#go({ ...this.current, filters }, mode);
  }

  /** Records the map view in the hash without a history entry, and only if it changed. */
  setMapView(map: MapView): void {
    if (this.map && formatMapHash(this.map) === formatMapHash(map)) return;
    this.map = map;
    this.#write('replace');
  }
}
