// Pure codec between the address bar and the app's state (contract §3). No DOM, no history:
// the runes class in ./location.svelte.ts applies it. Everything here round-trips, and this is
// the one place a URL's values are checked: what comes out is typed and meaningful.
import { dayNumber } from '../dates';
import { DEFAULT_LANG, isLang, type Lang } from '../i18n/locales';
import { EVENT_TYPES, REGIONS, SIDES, type EventType, type Region, type Side } from '../incidents/schema';
import { normaliseBase } from './base.js';

export { normaliseBase };

/** The map view, OpenStreetMap's `#map=<zoom>/<lat>/<lon>` convention. */
export interface MapView {
  zoom: number;
  lat: number;
  lon: number;
}

/**
 * Filters and view options that live in the query string (all optional), as the codec hands them
 * out: every value known (enum members, real calendar days, from ≤ to), so nothing downstream
 * checks them again.
 */
export interface Filters {
  /** ISO date, inclusive. */
  from?: string;
  /** ISO date, inclusive. */
  to?: string;
  /** Sides that made claims (any of). */
  side?: Side[];
  /** Event types (any of). */
  type?: EventType[];
  /** Admin regions (any of). */
  region?: Region[];
  /** Free-text search (has at least one letter or digit). */
  q?: string;
  /** Only incidents where two or more sides gave conflicting figures. */
  contested?: boolean;
  /** List order; date (newest first) is the default. */
  sort?: 'contested';
  /** "As each side tells it": size markers by this side's claims. */
  as?: Side;
}

export type Route =
  | { kind: 'home' }
  | { kind: 'incident'; id: string }
  | { kind: 'page'; page: StaticPage }
  | { kind: 'not-found'; path: string };

/** The prerendered pages that are not the map: the methodology and the data page. */
export const STATIC_PAGES = ['methodology', 'data'] as const;
export type StaticPage = (typeof STATIC_PAGES)[number];

export interface AppLocation {
  route: Route;
  /** `?claim=` — one version highlighted (only meaningful with an incident). */
  claim?: string;
  /**
   * The language the URL names: a path prefix (`/en/…`), or the older `?lang=`. Undefined on an
   * unprefixed path, which is the site's first language unless the reader or the browser says
   * otherwise (see AppUrl).
   */
  lang?: Lang;
  filters: Filters;
  map?: MapView;
}

const ID_RE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const LIST_KEYS = ['side', 'type', 'region'] as const;

/**
 * Which page a pathname names, relative to the deployment base, and the language its prefix
 * names (`/en/incidents/…`; the site's first language has no prefix).
 */
export function parsePath(pathname: string, base: string): { route: Route; lang?: Lang } {
  const b = normaliseBase(base);
  let path: string;
  try {
    path = decodeURI(pathname);
  } catch {
    return { route: { kind: 'not-found', path: pathname } };
  }
  if (path === b.slice(0, -1)) path = b;
  if (!path.startsWith(b)) return { route: { kind: 'not-found', path } };
  let rest = path.slice(b.length);
  let lang: Lang | undefined;
  const prefix = /^([a-z]{2,3})(?:\/|$)/.exec(rest);
  if (prefix && isLang(prefix[1]) && prefix[1] !== DEFAULT_LANG) {
    lang = prefix[1];
    rest = rest.slice(prefix[0].length);
  }
  const withLang = (route: Route) => (lang ? { route, lang } : { route });
  if (rest === '' || rest === 'index.html') return withLang({ kind: 'home' });
  const m = /^incidents\/([^/]+)\/?(?:index\.html)?$/.exec(rest);
  if (m?.[1]) {
    const id = m[1].toLowerCase();
    // A malformed id is still "an incident we don't have", so the reader gets the incident message.
    return withLang({ kind: 'incident', id: ID_RE.test(id) ? id : m[1] });
  }
  const page = /^([a-z]+)\/?(?:index\.html)?$/.exec(rest)?.[1];
  if (page && (STATIC_PAGES as readonly string[]).includes(page))
    return withLang({ kind: 'page', page: page as StaticPage });
  return withLang({ kind: 'not-found', path });
}

/** Which page a pathname names (its language aside). */
export function parseRoute(pathname: string, base: string): Route {
  return parsePath(pathname, base).route;
}

/** Parses `#map=z/lat/lon`; undefined for anything malformed or out of range. */
export function parseMapHash(hash: string): MapView | undefined {
  const m = /(?:^#|&)map=([^&]+)/.exec(hash);
  if (!m?.[1]) return undefined;
  const parts = m[1].split('/');
  if (parts.length !== 3 || parts.some((p) => p.trim() === '')) return undefined;
  const [zoom, lat, lon] = parts.map(Number) as [number, number, number];
  if (![zoom, lat, lon].every(Number.isFinite)) return undefined;
  if (zoom < 0 || zoom > 24 || lat < -90 || lat > 90 || lon < -180 || lon > 180) return undefined;
  return { zoom, lat, lon };
}

/**
 * Formats a view like openstreetmap.org: enough decimals to be stable at that zoom, no more,
 * so the hash doesn't churn while panning by a pixel.
 */
export function formatMapHash(v: MapView): string {
  const precision = Math.max(0, Math.ceil(Math.log(Math.max(v.zoom, 1)) / Math.LN2));
  const z = Math.round(v.zoom * 100) / 100;
  return `#map=${z}/${v.lat.toFixed(precision)}/${v.lon.toFixed(precision)}`;
}

/** Known values of a comma-separated list, deduplicated and sorted (equal views, equal URLs). */
function list<T extends string>(all: readonly T[], value: string | null): T[] | undefined {
  if (!value) return undefined;
  const known = new Set(
    value
      .split(',')
      .map((s) => s.trim())
      .filter((s): s is T => (all as readonly string[]).includes(s)),
  );
  return known.size ? [...known].sort() : undefined;
}

const realDay = (value: string | null) => (value && dayNumber(value) !== undefined ? value : undefined);

/**
 * Reads filters from a query string. What means nothing here (an unknown side, a 31st of
 * February, a blank search) is dropped, never thrown, so a broken parameter widens the view
 * instead of emptying it; a reversed range is read as the range the reader meant.
 */
export function parseFilters(params: URLSearchParams): Filters {
  const f: Filters = {};
  let from = realDay(params.get('from'));
  let to = realDay(params.get('to'));
  if (from && to && from > to) [from, to] = [to, from];
  if (from) f.from = from;
  if (to) f.to = to;
  const side = list(SIDES, params.get('side'));
  const type = list(EVENT_TYPES, params.get('type'));
  const region = list(REGIONS, params.get('region'));
  if (side) f.side = side;
  if (type) f.type = type;
  if (region) f.region = region;
  const q = params.get('q')?.trim();
  if (q && /[\p{L}\p{N}]/u.test(q)) f.q = q;
  if (params.get('contested') === '1') f.contested = true;
  if (params.get('sort') === 'contested') f.sort = 'contested';
  const as = params.get('as');
  if (as && (SIDES as readonly string[]).includes(as)) f.as = as as Side;
  return f;
}

/** True when any filter narrows the incidents (sort and "as" do not). */
export function isFiltering(f: Filters): boolean {
  return Boolean(f.from || f.to || f.side || f.type || f.region || f.q || f.contested);
}

export function parseLocation(
  loc: { pathname: string; search: string; hash: string },
  base: string,
): AppLocation {
  const params = new URLSearchParams(loc.search);
  const { route, lang } = parsePath(loc.pathname, base);
  const out: AppLocation = { route, filters: parseFilters(params) };
  const claim = params.get('claim');
  if (claim && route.kind === 'incident' && /^[a-z]+-[1-9]\d*$/.test(claim)) out.claim = claim;
  // The path's language wins; `?lang=` is read from older links and written nowhere.
  const asked = lang ?? params.get('lang');
  if (isLang(asked)) out.lang = asked;
  const map = parseMapHash(loc.hash);
  if (map) out.map = map;
  return out;
}

/** The query string for a location, in a stable key order (so equal states give equal URLs). */
export function formatSearch(l: Omit<AppLocation, 'route' | 'map'>): string {
  const p = new URLSearchParams();
  if (l.claim) p.set('claim', l.claim);
  const f = l.filters;
  if (f.from) p.set('from', f.from);
  if (f.to) p.set('to', f.to);
  for (const key of LIST_KEYS) {
    const v = f[key];
    if (v?.length) p.set(key, [...v].sort().join(','));
  }
  if (f.q) p.set('q', f.q);
  if (f.contested) p.set('contested', '1');
  if (f.sort) p.set('sort', f.sort);
  if (f.as) p.set('as', f.as);
  const s = p.toString().replace(/%2C/g, ',');
  return s ? `?${s}` : '';
}

/** The path of a route in a language (the site's first language has no prefix). */
export function formatPath(route: Route, base: string, lang?: Lang): string {
  const b = normaliseBase(base) + (lang && lang !== DEFAULT_LANG ? `${lang}/` : '');
  if (route.kind === 'incident') return `${b}incidents/${encodeURIComponent(route.id)}/`;
  if (route.kind === 'page') return `${b}${route.page}/`;
  if (route.kind === 'not-found') return route.path;
  return b;
}

/** Path + query + hash for a location. */
export function formatLocation(l: AppLocation, base: string): string {
  return formatPath(l.route, base, l.lang) + formatSearch(l) + (l.map ? formatMapHash(l.map) : '');
}

/**
 * The link to share for an incident or one of its versions: only what identifies it, and the
 * language when it is not the site's first (filters, map view and the sharer's state stay home).
 */
export function sharePath(base: string, id: string, lang: Lang, claim?: string): string {
  return formatLocation(
    { route: { kind: 'incident', id }, filters: {}, lang, ...(claim ? { claim } : {}) },
    base,
  );
}

/** The embed page of an incident (contract §3: stable, articles hold it). */
export function embedPath(base: string, id: string, lang: Lang): string {
  const prefix = lang === DEFAULT_LANG ? '' : `${lang}/`;
  return `${normaliseBase(base)}${prefix}embed/incidents/${encodeURIComponent(id)}/`;
}
