// Saving the data for offline reading: once the service worker runs, the page fetches the light
// index and every incident's record into the worker's data cache, so any incident reads offline
// afterwards — one never opened too (the worker answers its address with the app's shell, which
// renders it from these records). On later visits only new records and those changed since they
// were saved are fetched again. Runs in the page (the Cache API), not in the worker, so the page
// knows when it is done (`html[data-offline-ready]`).
import { parseIndex, type SiteIndex } from '../incidents/digest';
import { CACHES } from './caches';

/** What a save did. */
export interface SaveResult {
  /** Records fetched and stored. */
  fetched: number;
  /** Records already stored and still current. */
  kept: number;
  /** Ids whose record could not be fetched. */
  failed: string[];
}

/** The UTC day (YYYY-MM-DD) a stored response was sent, from its `Date` header. */
export function savedDay(response: Response | undefined): string | undefined {
  const date = response?.headers.get('date');
  const t = date ? Date.parse(date) : NaN;
  return Number.isNaN(t) ? undefined : new Date(t).toISOString().slice(0, 10);
}

/**
 * The ids whose record needs fetching: not stored yet, or stored before the incident's last
 * change (`updated`, a day). A record stored on the day it changed counts as current: a later
 * correction that day arrives when the incident is opened online (the worker fetches data network
 * first). Withdrawn incidents' records are fetched once (their pages say why).
 */
export function recordsToFetch(
  index: SiteIndex,
  stored: (id: string) => string | null | undefined,
): string[] {
  const out: string[] = [];
  for (const { id, updated } of index.incidents) {
    const day = stored(id);
    if (day === undefined || (day !== null && day < updated)) out.push(id);
  }
  for (const id of index.withdrawn) if (stored(id) === undefined) out.push(id);
  return out;
}

export interface SaveOptions {
  caches?: CacheStorage;
  fetcher?: typeof fetch;
  /** Requests in flight at once: few, so the reader's own requests are not starved. */
  concurrency?: number;
  /** Also store this page (the one being read: it was loaded before the worker ran). */
  page?: string;
}

const recordUrl = (base: string, id: string) => `${base}data/incidents/${encodeURIComponent(id)}.json`;

/** Fetches `url` (revalidating any HTTP-cached copy) into `cache`; true when stored. */
async function store(cache: Cache, url: string, fetcher: typeof fetch): Promise<boolean> {
  try {
    const res = await fetcher(url, { cache: 'no-cache' });
    if (!res.ok) return false;
    await cache.put(url, res);
    return true;
  } catch {
    return false;
  }
}

/** Saves the index, the page being read and every record that is missing or out of date. */
export async function saveForOffline(base: string, o: SaveOptions = {}): Promise<SaveResult> {
  const storage = o.caches ?? caches;
  const fetcher = o.fetcher ?? fetch;
  const data = await storage.open(CACHES.data);
  const indexUrl = `${base}data/index.json`;
  const res = await fetcher(indexUrl, { cache: 'no-cache' });
  if (!res.ok) throw new Error(`index.json: HTTP ${res.status}`);
  const index = parseIndex(await res.clone().json());
  await data.put(indexUrl, res);
  if (o.page) await store(await storage.open(CACHES.pages), o.page, fetcher);

  const all = [...index.incidents.map((i) => i.id), ...index.withdrawn];
  const days = new Map<string, string | null>();
  await Promise.all(
    all.map(async (id) => {
      const hit = await data.match(recordUrl(base, id));
      // A stored record without a date is kept as it is (never fetched again on every visit).
      if (hit) days.set(id, savedDay(hit) ?? null);
    }),
  );
  const queue = recordsToFetch(index, (id) => days.get(id));
  const failed: string[] = [];
  let fetched = 0;
  const worker = async () => {
    for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
      if (await store(data, recordUrl(base, id), fetcher)) fetched++;
      else failed.push(id);
    }
  };
  const toFetch = queue.length;
  await Promise.all(Array.from({ length: Math.max(1, o.concurrency ?? 4) }, worker));
  return { fetched, kept: all.length - toFetch, failed };
}

/** When the stored index was fetched: the day the offline data dates from, if any is stored. */
export async function savedOn(base: string, storage: CacheStorage = caches): Promise<Date | undefined> {
  if (!(await storage.has(CACHES.data))) return undefined;
  const hit = await (await storage.open(CACHES.data)).match(`${base}data/index.json`);
  const date = hit?.headers.get('date');
  const t = date ? Date.parse(date) : NaN;
  return Number.isNaN(t) ? undefined : new Date(t);
}
