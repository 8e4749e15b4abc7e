// The address bar as reactive state: a thin runes class over the pure codec. Navigation between
// incidents pushes history entries (Back returns to the previous one); map moves and filter
// typing replace the current entry so they don't flood history.
import {
  formatLocation,
  formatMapHash,
  parseLocation,
  resolveLang,
  type AppLocation,
  type Filters,
  type Lang,
  type MapView,
  type Route,
} from './codec';

export class AppUrl {
  /** Where the app is; replaced (never mutated) on every change. */
  current = $state.raw<AppLocation>({ route: { kind: 'home' }, filters: {} });
  readonly base: string;
  /** The interface language: ?lang= or the browser's. */
  lang = $derived<Lang>(
    resolveLang(this.current.lang, typeof navigator === 'undefined' ? [] : navigator.languages),
  );

  constructor(base: string) {
    this.base = base;
    this.current = parseLocation(window.location, base);
    window.addEventListener('popstate', this.#onPop);
  }

  destroy(): void {
    window.removeEventListener('popstate', this.#onPop);
  }

  #onPop = () => {
    this.current = parseLocation(window.location, this.base);
  };

  #go(next: AppLocation, mode: 'push' | 'replace'): void {
    this.current = next;
    const href = formatLocation(next, this.base);
    if (mode === 'push') history.pushState(null, '', href);
    else history.replaceState(null, '', href);
  }

  /** The link for a route with the current query (filters, language) kept. */
  href(route: Route, extra: { claim?: string } = {}): string {
    const { map: _map, claim: _claim, ...keep } = this.current;
    return formatLocation({ ...keep, route, ...extra }, this.base);
  }

  /** The current location with some parts changed, as a link (e.g. the language switch). */
  hrefWith(patch: Partial<AppLocation>): string {
    return formatLocation({ ...this.current, ...patch }, this.base);
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
    if (this.current.map && formatMapHash(this.current.map) === formatMapHash(map)) return;
    this.#go({ ...this.current, map }, 'replace');
  }
}
