import { describe, expect, it } from 'vitest';
import { CACHES } from '../../../src/lib/offline/caches';
import { recordsToFetch, saveForOffline, savedDay, savedOn } from '../../../src/lib/offline/save';
import type { IncidentDigest, SiteIndex } from '../../../src/lib/incidents/digest';

/** A Cache Storage in memory: what the browser's keeps, by URL, for these tests. */
class FakeCaches {
  readonly stores = new Map<string, Map<string, Response>>();
  async has(name: string) {
    return this.stores.has(name);
  }
  async open(name: string) {
    let store = this.stores.get(name);
    if (!store) this.stores.set(name, (store = new Map()));
    const s = store;
    return {
      match: async (url: string) => s.get(url)?.clone(),
      put: async (url: string, res: Response) => void s.set(url, res),
    } as unknown as Cache;
  }
  paths(name: string) {
    return [...(this.stores.get(name)?.keys() ?? [])];
  }
}

const digest = (id: string, updated: string) => ({ id, updated }) as IncidentDigest;
const siteIndex = (incidents: [string, string][], withdrawn: string[] = []): SiteIndex => ({
  incidents: incidents.map(([id, updated]) => digest(id, updated)),
  withdrawn,
});

/** A server for these tests: the index, records, a page; every request counted. */
function server(o: { index: unknown; date: string; failing?: string[] }) {
  const requests: string[] = [];
  let inFlight = 0;
  let maxInFlight = 0;
  const fetcher = (async (input: RequestInfo | URL) => {
    const url = String(input);
    requests.push(url);
    inFlight++;
    maxInFlight = Math.max(maxInFlight, inFlight);
    await new Promise((ok) => setTimeout(ok, 1));
    inFlight--;
    if (o.failing?.some((id) => url.includes(id))) throw new TypeError('Failed to fetch');
    const body = url.endsWith('index.json') ? JSON.stringify(o.index) : '{}';
    return new Response(body, { headers: { date: o.date, 'content-type': 'application/json' } });
  }) as typeof fetch;
  return { fetcher, requests, maxInFlight: () => maxInFlight };
}

// One digest the index parser accepts, under every id the tests need.
const DIGEST = {
  date: { start: '2023-09-17', precision: 'day' },
  title: { fr: 'Léré', en: 'Léré' },
  place: { name: 'Léré', region: 'Tombouctou', lat: 15.7, lon: -4.9, precision_km: 3 },
  types: ['attack-on-base'],
  contest: { level: 'single', score: 0, conflicts: 0 },
  sides: ['army'],
  tollBy: {},
  names: [],
};
const indexJson = (ids: [string, string][], withdrawn: string[] = []) => ({
  incidents: ids.map(([id, updated]) => ({ ...DIGEST, id, updated })),
  withdrawn,
});

describe('savedDay', () => {
  it('reads the UTC day a response was sent', () => {
    const res = new Response('', { headers: { date: 'Mon, 30 Nov 2026 23:30:00 GMT' } });
    expect(savedDay(res)).toBe('2026-11-30');
  });
  it('is undefined without a readable date', () => {
    expect(savedDay(new Response(''))).toBeUndefined();
    expect(savedDay(new Response('', { headers: { date: 'yesterday' } }))).toBeUndefined();
    expect(savedDay(undefined)).toBeUndefined();
  });
});

describe('recordsToFetch', () => {
  const index = siteIndex(
    [
      ['new', '2026-11-30'],
      ['current', '2026-11-20'],
      ['same-day', '2026-11-25'],
      ['changed', '2026-11-28'],
      ['undated', '2026-11-28'],
    ],
    ['withdrawn-stored', 'withdrawn-missing'],
  );
  const stored: Record<string, string | null> = {
    current: '2026-11-25',
    'same-day': '2026-11-25',
    changed: '2026-11-25',
    undated: null,
    'withdrawn-stored': '2020-01-01',
  };

  it('fetches what is missing or stored before its last change, and keeps the rest', () => {
    expect(recordsToFetch(index, (id) => stored[id])).toEqual(['new', 'changed', 'withdrawn-missing']);
  });

  it('fetches everything on a first save', () => {
    expect(recordsToFetch(index, () => undefined)).toHaveLength(7);
  });
});

describe('saveForOffline', () => {
  const ids: [string, string][] = [
    ['2023-09-17-lere', '2026-11-20'],
    ['2024-07-27-tinzaouaten', '2026-11-20'],
    ['2012-01-18-aguelhok', '2026-11-20'],
  ];

  it('stores the index, the page being read and every record', async () => {
    const storage = new FakeCaches();
    const { fetcher } = server({
      index: indexJson(ids, ['2019-01-01-gone']),
      date: 'Tue, 24 Nov 2026 10:00:00 GMT',
    });
    const result = await saveForOffline('/recoupe/', {
      caches: storage as unknown as CacheStorage,
      fetcher,
      page: '/recoupe/incidents/2023-09-17-lere/',
    });
    expect(result).toEqual({ fetched: 4, kept: 0, failed: [] });
    expect(storage.paths(CACHES.data).sort()).toEqual(
      [
        '/recoupe/data/index.json',
        '/recoupe/data/incidents/2012-01-18-aguelhok.json',
        '/recoupe/data/incidents/2019-01-01-gone.json',
        '/recoupe/data/incidents/2023-09-17-lere.json',
        '/recoupe/data/incidents/2024-07-27-tinzaouaten.json',
      ].sort(),
    );
    expect(storage.paths(CACHES.pages)).toEqual(['/recoupe/incidents/2023-09-17-lere/']);
    expect(await savedOn('/recoupe/', storage as unknown as CacheStorage)).toEqual(
      new Date('2026-11-24T10:00:00Z'),
    );
  });

  it('fetches again only the records changed since they were stored', async () => {
    const storage = new FakeCaches();
    const first = server({ index: indexJson(ids), date: 'Tue, 24 Nov 2026 10:00:00 GMT' });
    await saveForOffline('/', { caches: storage as unknown as CacheStorage, fetcher: first.fetcher });
    const changed: [string, string][] = [ids[0]!, [ids[1]![0], '2026-11-29'], ids[2]!];
    const second = server({ index: indexJson(changed), date: 'Mon, 30 Nov 2026 08:00:00 GMT' });
    const result = await saveForOffline('/', {
      caches: storage as unknown as CacheStorage,
      fetcher: second.fetcher,
    });
    expect(result).toEqual({ fetched: 1, kept: 2, failed: [] });
    expect(second.requests).toEqual(['/data/index.json', '/data/incidents/2024-07-27-tinzaouaten.json']);
  });

  it('names the records it could not fetch, and stores the others', async () => {
    const storage = new FakeCaches();
    const { fetcher } = server({
      index: indexJson(ids),
      date: 'Tue, 24 Nov 2026 10:00:00 GMT',
      failing: ['tinzaouaten'],
    });
    const result = await saveForOffline('/', { caches: storage as unknown as CacheStorage, fetcher });
    expect(result).toEqual({ fetched: 2, kept: 0, failed: ['2024-07-27-tinzaouaten'] });
  });

  it('keeps few requests in flight at once', async () => {
    const many: [string, string][] = Array.from({ length: 20 }, (_, i) => [
      `2020-01-${String(i + 1).padStart(2, '0')}-x`,
      '2026-11-20',
    ]);
    const s = server({ index: indexJson(many), date: 'Tue, 24 Nov 2026 10:00:00 GMT' });
    await saveForOffline('/', {
      caches: new FakeCaches() as unknown as CacheStorage,
      fetcher: s.fetcher,
      concurrency: 3,
    });
    expect(s.requests).toHaveLength(21);
    expect(s.maxInFlight()).toBe(3);
  });

  it('refuses an index it cannot read, storing nothing', async () => {
    const storage = new FakeCaches();
    const { fetcher } = server({ index: { incidents: 'nope' }, date: 'Tue, 24 Nov 2026 10:00:00 GMT' });
    await expect(
      saveForOffline('/', { caches: storage as unknown as CacheStorage, fetcher }),
    ).rejects.toThrow(/index\.json/);
    expect(storage.paths(CACHES.data)).toEqual([]);
  });
});

describe('savedOn', () => {
  it('is undefined before anything was saved', async () => {
    expect(await savedOn('/', new FakeCaches() as unknown as CacheStorage)).toBeUndefined();
  });
});
