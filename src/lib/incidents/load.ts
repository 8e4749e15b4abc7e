// How the app gets incidents from what the build publishes: the light index first, each whole
// record when it is opened, the summaries when the search needs them — each checked at the door
// (the parser for records, the digest schema for the index), so a stale or hand-edited file fails
// loudly, not silently. The GeoJSON export reads back through the same parser.
import { byDateThenId } from './order.ts';
import { IncidentError, parseIncident } from './parse.ts';
import { parseIndex, type SiteIndex } from './digest.ts';
import type { Incident } from './schema.ts';

/** Incidents from a parsed `incidents.geojson`, in the dataset's order (date, then id). */
export function incidentsFromFeatureCollection(fc: unknown): Incident[] {
  const features = isFeatureCollection(fc) ? fc.features : undefined;
  if (!features) {
    throw new IncidentError(
      [{ path: '', message: 'expected a GeoJSON FeatureCollection' }],
      'incidents.geojson',
    );
  }
  return features
    .map((feature, i) => {
      const properties =
        typeof feature === 'object' && feature !== null ? Reflect.get(feature, 'properties') : undefined;
      return parseIncident(properties, `incidents.geojson › features[${i}]`);
    })
    .sort(byDateThenId);
}

function isFeatureCollection(fc: unknown): fc is { features: unknown[] } {
  return (
    typeof fc === 'object' &&
    fc !== null &&
    Reflect.get(fc, 'type') === 'FeatureCollection' &&
    Array.isArray(Reflect.get(fc, 'features'))
  );
}

/** How long the app waits for a data file before it says so and offers to try again. */
export const FETCH_TIMEOUT_MS = 20_000;

export interface FetchOptions {
  fetcher?: typeof fetch;
  timeoutMs?: number;
}

/** A data file, fetched with a time limit; a clear error names the file when it fails. */
async function fetchJson(url: string, file: string, o: FetchOptions = {}): Promise<unknown> {
  const fetcher = o.fetcher ?? fetch;
  let res: Response;
  try {
    res = await fetcher(url, { signal: AbortSignal.timeout(o.timeoutMs ?? FETCH_TIMEOUT_MS) });
  } catch (e) {
    const timedOut = e instanceof Error && e.name === 'TimeoutError';
    throw new Error(
      timedOut
        ? `${file}: no answer within ${Math.round((o.timeoutMs ?? FETCH_TIMEOUT_MS) / 1000)} s`
        : `${file}: ${e instanceof Error ? e.message : String(e)}`,
      { cause: e },
    );
  }
  if (!res.ok) throw new Error(`${file}: HTTP ${res.status}`);
  return res.json();
}

/** The light index the app starts from (`data/index.json`). */
export async function loadIndex(base: string, o: FetchOptions = {}): Promise<SiteIndex> {
  return parseIndex(await fetchJson(`${base}data/index.json`, 'index.json', o));
}

/** One incident's whole record (`data/incidents/<id>.json`), checked by the parser. */
export async function loadIncident(base: string, id: string, o: FetchOptions = {}): Promise<Incident> {
  const file = `${id}.json`;
  return parseIncident(
    await fetchJson(`${base}data/incidents/${encodeURIComponent(id)}.json`, file, o),
    file,
  );
}

/** The rest of what the search reads, by incident id (`data/search.json`). */
export async function loadSummaries(
  base: string,
  o: FetchOptions = {},
): Promise<Map<string, { context: string; text: string }>> {
  const json = await fetchJson(`${base}data/search.json`, 'search.json', o);
  if (typeof json !== 'object' || json === null || Array.isArray(json))
    throw new Error('search.json: expected an object');
  const out = new Map<string, { context: string; text: string }>();
  for (const [id, v] of Object.entries(json)) {
    const c = typeof v === 'object' && v !== null ? Reflect.get(v, 'context') : undefined;
    const t = typeof v === 'object' && v !== null ? Reflect.get(v, 'text') : undefined;
    if (typeof c === 'string' && typeof t === 'string') out.set(id, { context: c, text: t });
  }
  return out;
}
