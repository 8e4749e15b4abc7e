// `npm run archive-sources` against a local stand-in for archive.org's availability API, on a
// temporary copy of real incident files. Nothing here reaches the network.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { execFile } from 'node:child_process';
import {
  chmodSync,
  copyFileSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import {
  USER_AGENT,
  capturedDay,
  insertArchives,
  main,
  timestampFor,
} from '../../scripts/archive-sources.mjs';
import { loadIncidents } from '../../geo/data/load.ts';

const INCIDENTS = resolve('geo/incidents');
const SCRIPT = resolve('scripts/archive-sources.mjs');
/** Month-only, day and undated sources, claims and extra_sources, one URL cited twice. */
const TAKALOTE = '2024-07-09-takalote';
/** Written by Python: `"lon": 0.0`, which a JSON.stringify round trip would turn into `0`. */
const SU25 = '2023-09-09-su25-north-gao';
/** Three day-dated sources. */
const KIDAL = '2025-11-14-kidal-rocket-fire';
const FIXTURES = [TAKALOTE, SU25, KIDAL];

type Answer = { status: number; body?: unknown; headers?: Record<string, string> };
type Seen = { url: string; timestamp: string; userAgent: string | undefined; at: number };

let server: Server | undefined;
let dir = '';
let originals: Record<string, string> = {};

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'recoupe-archive-'));
  originals = {};
  for (const id of FIXTURES) {
    copyFileSync(join(INCIDENTS, `${id}.json`), join(dir, `${id}.json`));
    originals[id] = readFileSync(join(dir, `${id}.json`), 'utf8');
  }
});
afterEach(() => {
  server?.close();
  server = undefined;
  rmSync(dir, { recursive: true, force: true });
});

const file = (id: string) => readFileSync(join(dir, `${id}.json`), 'utf8');
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const data = (id: string): any => JSON.parse(file(id));

/** The stand-in API: `answer` decides each reply; every request is recorded. */
async function stub(answer: (q: { url: string; timestamp: string; n: number }) => Answer) {
  const requests: Seen[] = [];
  const counts = new Map<string, number>();
  server = createServer((req, res) => {
    const q = new URL(req.url ?? '/', 'http://stub');
    if (q.pathname !== '/wayback/available') {
      res.statusCode = 404;
      return res.end();
    }
    const url = q.searchParams.get('url') ?? '';
    const timestamp = q.searchParams.get('timestamp') ?? '';
    const n = (counts.get(url) ?? 0) + 1;
    counts.set(url, n);
    requests.push({ url, timestamp, userAgent: req.headers['user-agent'], at: performance.now() });
    const a = answer({ url, timestamp, n });
    res.writeHead(a.status, { 'content-type': 'application/json', ...a.headers });
    res.end(a.body === undefined ? '' : JSON.stringify(a.body));
  });
  await new Promise<void>((ok) => server!.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  return { api: `http://127.0.0.1:${port}`, requests };
}

/** What the real API says when it has a capture: an http:// Wayback URL and a 14-digit timestamp. */
const capture = (url: string, ts: string, status = '200', available = true): Answer => ({
  status: 200,
  body: {
    url,
    archived_snapshots: {
      closest: { status, available, url: `http://web.archive.org/web/${ts}/${url}`, timestamp: ts },
    },
  },
});
const nothing: Answer = { status: 200, body: { url: 'x', archived_snapshots: {} } };
/** A capture at 08:30:00 on the day asked for. */
const found = ({ url, timestamp }: { url: string; timestamp: string }) => capture(url, `${timestamp}083000`);

/** Runs the tool in-process; waits are recorded, not slept, unless `realSleep`. */
async function run(args: string[], { realSleep = false } = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const sleeps: number[] = [];
  const code = await main(['--dir', dir, '--delay', '0', ...args], {
    log: (l) => out.push(l),
    error: (l) => err.push(l),
    ...(realSleep ? {} : { sleep: async (ms: number) => void sleeps.push(ms) }),
  });
  return { code, out, err, sleeps, summary: out.at(-1) ?? '' };
}

/** Every source of an incident file with its path. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function sources(incident: any): { where: string; source: any }[] {
  return [
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    ...incident.claims.flatMap((c: any, i: number) =>
      // eslint-disable-next-line @typescript-eslint/no-explicit-any
      c.sources.map((s: any, j: number) => ({ where: `claims[${i}].sources[${j}]`, source: s })),
    ),
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    ...(incident.extra_sources ?? []).map((s: any, j: number) => ({
      where: `extra_sources[${j}]`,
      source: s,
    })),
  ];
}

/** The text with every inserted `"archive": {…}` block (2-space layout) taken out again. */
const withoutArchives = (text: string) =>
  text.replace(/,\n( *)"archive": \{\n\1 {2}"url": "[^"\n]*",\n\1 {2}"captured": "[^"\n]*"\n\1\}/g, '');

describe('preconditions on the copied real files', () => {
  it('have unarchived sources of every kind the tests rely on', () => {
    const t = sources(data(TAKALOTE)).map((s) => s.source);
    expect(t.every((s) => s.archive === undefined)).toBe(true);
    expect(t.some((s) => /^\d{4}-\d{2}-\d{2}$/.test(s.published ?? ''))).toBe(true);
    expect(t.some((s) => /^\d{4}-\d{2}$/.test(s.published ?? ''))).toBe(true);
    expect(data(TAKALOTE).extra_sources[0].published).toBeUndefined();
    expect(originals[SU25]).toContain('"lon": 0.0');
    expect(sources(data(KIDAL)).every((s) => s.source.archive === undefined)).toBe(true);
  });
});

describe('the timestamp asked for', () => {
  it('is the publication day, the 15th of a month-only date, or the incident start when undated', () => {
    expect(timestampFor('2024-07-11', '2024-07-09')).toBe('20240711');
    expect(timestampFor('2024-07', '2024-07-09')).toBe('20240715');
    expect(timestampFor(undefined, '2024-07-09')).toBe('20240709');
  });

  it('is what the tool sends for each source of a real file', async () => {
    const api = await stub(() => nothing);
    const { code } = await run(['--api', api.api, '--only', TAKALOTE]);
    expect(code).toBe(0);
    const sent = new Map(api.requests.map((r) => [r.url, r.timestamp]));
    // month-only "2024-07" (cited by two claims: asked once)
    expect(
      sent.get(
        'https://www.pressafrik.com/Mali-exactions-de-l-armee-et-de-Wagner-a-Takalote-dans-la-region-de-Kidal_a275432.html',
      ),
    ).toBe('20240715');
    // a day, "2024-07-11"
    expect(
      sent.get(
        'https://www.scoopernews.com/2024/07/11/mali-exactions-de-l-arm-e-et-de-wagner-takalote-dans-la-r-gion-de-kidal/56785068',
      ),
    ).toBe('20240711');
    // undated extra source: the incident's date.start, 2024-07-09
    expect(sent.get('https://armees.com/mali-bavure-groupe-wagner-armee/')).toBe('20240709');
    expect(api.requests).toHaveLength(4); // 5 sources, one URL and date cited twice
  });

  it('carries the URL encoded, which the server reads back unchanged, and a descriptive User-Agent', async () => {
    const api = await stub(() => nothing);
    await run(['--api', api.api, '--only', TAKALOTE]);
    const expected = new Set(sources(data(TAKALOTE)).map((s) => s.source.url));
    expect(new Set(api.requests.map((r) => r.url))).toEqual(expected);
    expect(api.requests.every((r) => r.userAgent === USER_AGENT)).toBe(true);
    expect(USER_AGENT).toMatch(/^Recoupe-archive-sources\/\S+ \(.*Wayback/);
  });
});

describe('what is recorded', () => {
  it("writes the API's capture: its URL upgraded to https and the day of its timestamp", async () => {
    const api = await stub(({ url }) => capture(url, '20240712083000'));
    const report = join(dir, 'r.md');
    const { code, summary } = await run(['--api', api.api, '--only', TAKALOTE, '--report', report]);
    expect(code).toBe(0);
    expect(summary).toBe('5 sources checked, 5 archived now, 0 not archived, 0 failed');
    expect(readFileSync(report, 'utf8')).toContain(
      '<https://armees.com/mali-bavure-groupe-wagner-armee/> — extra_sources[0], asked for 20240709: found, captured 2024-07-12: https://web.archive.org/web/20240712083000/https://armees.com/mali-bavure-groupe-wagner-armee/',
    );
    const scoop = data(TAKALOTE).claims[0].sources[1];
    expect(scoop.archive).toEqual({
      url: `https://web.archive.org/web/20240712083000/${scoop.url}`,
      captured: '2024-07-12',
    });
    for (const { source } of sources(data(TAKALOTE))) {
      expect(Object.keys(source).at(-1)).toBe('archive');
      expect(source.archive.url).toBe(`https://web.archive.org/web/20240712083000/${source.url}`);
    }
  });

  it('records nothing when there is no capture, it is unavailable, or its status is not 200', async () => {
    const kidal = sources(data(KIDAL)).map((s) => s.source.url);
    const api = await stub(({ url }) => {
      if (url === kidal[0]) return nothing;
      if (url === kidal[1]) return capture(url, '20251115000000', '404');
      return capture(url, '20251115000000', '200', false);
    });
    const { code, summary } = await run(['--api', api.api, '--only', KIDAL, '--report', join(dir, 'r.json')]);
    expect(code).toBe(0);
    expect(summary).toBe('3 sources checked, 0 archived now, 3 not archived, 0 failed');
    expect(file(KIDAL)).toBe(originals[KIDAL]);
    const report = JSON.parse(readFileSync(join(dir, 'r.json'), 'utf8'));
    expect(report.incidents[0].sources.map((s: { detail: string }) => s.detail)).toEqual([
      'no capture',
      'closest capture has status 404',
      'closest capture not available',
    ]);
  });

  it('treats a capture without a usable url or timestamp as a failure, not a guess', async () => {
    const api = await stub(() => ({
      status: 200,
      body: {
        archived_snapshots: { closest: { available: true, status: '200', timestamp: '2025', url: '' } },
      },
    }));
    const { summary } = await run(['--api', api.api, '--only', KIDAL]);
    expect(summary).toBe('3 sources checked, 0 archived now, 0 not archived, 3 failed');
    expect(file(KIDAL)).toBe(originals[KIDAL]);
  });

  it('leaves sources that already have an archive alone, and asks nothing for them', async () => {
    const api = await stub(found);
    await run(['--api', api.api, '--only', KIDAL]);
    const after = file(KIDAL);
    const second = await run(['--api', api.api, '--only', KIDAL]);
    expect(api.requests).toHaveLength(3);
    expect(second.summary).toBe('0 sources checked, 0 archived now, 0 not archived, 0 failed');
    expect(file(KIDAL)).toBe(after);
  });
});

describe('files', () => {
  it('--dry-run asks but writes nothing', async () => {
    const api = await stub(found);
    const { code, summary } = await run(['--api', api.api, '--dry-run', '--report', join(dir, 'r.md')]);
    expect(code).toBe(0);
    expect(api.requests.length).toBeGreaterThan(0);
    expect(summary).toMatch(
      /^16 sources checked, 0 archived now, 0 not archived, 0 failed \(dry run: 16 found/,
    );
    for (const id of FIXTURES) expect(file(id)).toBe(originals[id]);
    expect(readdirSync(dir).sort()).toEqual([...FIXTURES.map((id) => `${id}.json`), 'r.md'].sort());
  });

  it('keeps untouched files byte-identical and changed files in their own formatting', async () => {
    const kidal = new Set(sources(data(KIDAL)).map((s) => s.source.url));
    const api = await stub((q) => (kidal.has(q.url) ? nothing : found(q)));
    const { code } = await run(['--api', api.api]);
    expect(code).toBe(0);
    expect(file(KIDAL)).toBe(originals[KIDAL]);
    for (const id of [TAKALOTE, SU25]) {
      const text = file(id);
      expect(text).not.toBe(originals[id]);
      // Only insertions: take them out and every original byte is there, in order.
      expect(withoutArchives(text)).toBe(originals[id]);
      expect(text.endsWith('}\n')).toBe(true);
      expect(text).not.toMatch(/\\u00/); // UTF-8 kept as is, not escaped
      for (const { source } of sources(JSON.parse(text))) expect(Object.keys(source).at(-1)).toBe('archive');
    }
    // The Python-written number stays as written (a re-serialising tool would print 0).
    expect(file(SU25)).toContain('"lon": 0.0');
    // A file in plain 2-space layout is still exactly that layout.
    expect(`${JSON.stringify(data(TAKALOTE), null, 2)}\n`).toBe(file(TAKALOTE));
    expect(readdirSync(dir).sort()).toEqual(FIXTURES.map((id) => `${id}.json`).sort()); // no temp files left
    // What was written passes the app's own parser and the data lint, as the build runs them.
    const loaded = loadIncidents(dir);
    const all = loaded.flatMap((i) => [...i.claims.flatMap((c) => c.sources), ...(i.extra_sources ?? [])]);
    expect(all.filter((s) => s.archive)).toHaveLength(13);
  });

  it('inserts into a one-line source object on that line', () => {
    const text = '{\n  "extra_sources": [{ "url": "https://a.example/x", "outlet": "A" }]\n}\n';
    const out = insertArchives(text, [
      {
        path: ['extra_sources', 0],
        archive: { url: 'https://web.archive.org/web/1/x', captured: '2020-01-02' },
      },
    ]);
    expect(out).toBe(
      '{\n  "extra_sources": [{ "url": "https://a.example/x", "outlet": "A", "archive": { "url": "https://web.archive.org/web/1/x", "captured": "2020-01-02" } }]\n}\n',
    );
  });

  it.skipIf(process.getuid?.() === 0)(
    'stops with exit 1 before any request when a file is not writable',
    async () => {
      const api = await stub(found);
      chmodSync(join(dir, `${KIDAL}.json`), 0o444);
      const { code, err } = await run(['--api', api.api]);
      expect(code).toBe(1);
      expect(err.join('\n')).toMatch(/EACCES|permission/i);
      expect(api.requests).toHaveLength(0);
    },
  );

  it('stops with exit 1 before any request when a file is not valid JSON', async () => {
    const api = await stub(found);
    copyFileSync(join(INCIDENTS, `${KIDAL}.json`), join(dir, '2020-01-01-broken.json'));
    const broken = readFileSync(join(dir, '2020-01-01-broken.json'), 'utf8').slice(0, 200);
    writeFileSync(join(dir, '2020-01-01-broken.json'), broken);
    const { code } = await run(['--api', api.api]);
    expect(code).toBe(1);
    expect(api.requests).toHaveLength(0);
    for (const id of FIXTURES) expect(file(id)).toBe(originals[id]);
  });

  it('does not overwrite a file edited during the run: exit 1, the edit kept', async () => {
    const path = join(dir, `${KIDAL}.json`);
    const edited = `${originals[KIDAL]}\n`;
    const api = await stub((q) => {
      writeFileSync(path, edited); // an editor saves the file while the tool is asking
      return found(q);
    });
    const { code, err, summary } = await run(['--api', api.api, '--only', KIDAL]);
    expect(code).toBe(1);
    expect(err.join('\n')).toContain('changed on disk during the run');
    expect(summary).toBe('3 sources checked, 0 archived now, 0 not archived, 3 failed');
    expect(file(KIDAL)).toBe(edited);
  });
});

describe('failures and retries', () => {
  it('retries a failed request once, after a back-off, and records the answer', async () => {
    const api = await stub((q) => (q.n === 1 ? { status: 500 } : found(q)));
    const { code, summary, sleeps } = await run(['--api', api.api, '--only', KIDAL, '--delay', '100']);
    expect(code).toBe(0);
    expect(summary).toBe('3 sources checked, 3 archived now, 0 not archived, 0 failed');
    expect(api.requests).toHaveLength(6); // each URL: 500, then success
    // between requests: the delay; before each retry: the back-off (4 × delay)
    expect(sleeps).toEqual([400, 100, 400, 100, 400]);
    expect(sources(data(KIDAL)).every((s) => s.source.archive?.captured === '2025-11-15')).toBe(true);
  });

  it("honours the server's Retry-After for the back-off", async () => {
    const api = await stub((q) => (q.n === 1 ? { status: 429, headers: { 'retry-after': '7' } } : nothing));
    const { sleeps } = await run(['--api', api.api, '--only', KIDAL, '--delay', '10']);
    expect(sleeps.filter((ms) => ms === 7000)).toHaveLength(3);
  });

  it('reports a persistent failure with its status and writes nothing, and the run still completes', async () => {
    const kidal = sources(data(KIDAL)).map((s) => s.source.url);
    const api = await stub((q) => (q.url === kidal[1] ? { status: 500 } : nothing));
    const report = join(dir, 'r.md');
    const { code, summary } = await run(['--api', api.api, '--only', KIDAL, '--report', report]);
    expect(code).toBe(0);
    expect(summary).toBe('3 sources checked, 0 archived now, 2 not archived, 1 failed');
    expect(api.requests.filter((r) => r.url === kidal[1])).toHaveLength(2); // one retry, no more
    expect(file(KIDAL)).toBe(originals[KIDAL]);
    const md = readFileSync(report, 'utf8');
    expect(md).toContain(`<${kidal[1]}>`);
    expect(md).toContain('request failed (HTTP 500, then HTTP 500)');
    expect(md).toContain(
      `<${kidal[0]}> — claims[0] (jihadists-1) sources[0], asked for 20251115: not archived`,
    );
  });

  it('writes the captures it found even when other requests of the same file failed', async () => {
    const kidal = sources(data(KIDAL)).map((s) => s.source.url);
    const api = await stub((q) => (q.url === kidal[2] ? { status: 503 } : found(q)));
    const { summary } = await run(['--api', api.api, '--only', KIDAL]);
    expect(summary).toBe('3 sources checked, 2 archived now, 0 not archived, 1 failed');
    const after = sources(data(KIDAL)).map((s) => s.source);
    expect(after.map((s) => s.archive?.captured)).toEqual(['2025-11-15', '2025-11-15', undefined]);
    expect(withoutArchives(file(KIDAL))).toBe(originals[KIDAL]);
  });

  it('survives an API that does not answer at all (connection refused)', async () => {
    const api = await stub(found);
    await new Promise((ok) => server!.close(ok));
    server = undefined;
    const { code, summary } = await run(['--api', api.api, '--only', KIDAL]);
    expect(code).toBe(0);
    expect(summary).toBe('3 sources checked, 0 archived now, 0 not archived, 3 failed');
    expect(file(KIDAL)).toBe(originals[KIDAL]);
  });
});

describe('rate limiting', () => {
  it('waits --delay between consecutive requests, never before the first', async () => {
    const api = await stub(() => nothing);
    const { sleeps } = await run(['--api', api.api, '--delay', '2500']);
    // one request per URL and date: a source cited by two claims is asked for once
    const asked = new Set(
      FIXTURES.flatMap((id) =>
        sources(data(id)).map(
          (s) => `${s.source.url} ${timestampFor(s.source.published, data(id).date.start)}`,
        ),
      ),
    );
    expect(asked.size).toBe(12); // of 16 sources
    expect(api.requests).toHaveLength(asked.size);
    expect(sleeps).toEqual(Array(api.requests.length - 1).fill(2500));
  });

  it('defaults to 1500 ms', async () => {
    const api = await stub(() => nothing);
    const sleeps: number[] = [];
    await main(['--dir', dir, '--api', api.api, '--only', KIDAL], {
      log: () => {},
      sleep: async (ms) => void sleeps.push(ms),
    });
    expect(sleeps).toEqual([1500, 1500]);
  });

  it('really spaces the requests out in time', async () => {
    const api = await stub(() => nothing);
    await run(['--api', api.api, '--only', KIDAL, '--delay', '60'], { realSleep: true });
    const gaps = api.requests.slice(1).map((r, i) => r.at - api.requests[i]!.at);
    expect(gaps).toHaveLength(2);
    for (const gap of gaps) expect(gap).toBeGreaterThanOrEqual(55);
  });
});

describe('the command line', { timeout: 20_000 }, () => {
  const cli = promisify(execFile);
  const node = (args: string[]) =>
    cli(process.execPath, [SCRIPT, ...args]).then(
      (r) => ({ code: 0, ...r }),
      (e: { code: number; stdout: string; stderr: string }) => e,
    );

  it('prints a one-line summary last and exits 0 when the run completed', async () => {
    const api = await stub((q) => (q.url.includes('thiesinfo') ? nothing : found(q)));
    const { code, stdout } = await node(['--dir', dir, '--api', api.api, '--delay', '0', '--only', KIDAL]);
    expect(code).toBe(0);
    expect(stdout.trim().split('\n').at(-1)).toBe(
      '3 sources checked, 2 archived now, 1 not archived, 0 failed',
    );
  });

  it.each([
    [['--delay', 'soon']],
    [['--frobnicate']],
    [['--only', '1999-01-01-nowhere']],
    [['--api', 'ftp://archive.org']],
    [['--report']],
  ])('exits 1 on bad usage: %j', async (args) => {
    const api = await stub(found);
    const { code, stderr } = await node(['--dir', dir, '--api', api.api, ...args]);
    expect(code).toBe(1);
    expect(stderr).toMatch(/archive-sources: /);
    expect(api.requests).toHaveLength(0);
    for (const id of FIXTURES) expect(file(id)).toBe(originals[id]);
  });

  it('reads the capture day from a Wayback timestamp', () => {
    expect(capturedDay('20230918123456')).toBe('2023-09-18');
    expect(capturedDay('20230231123456')).toBeUndefined();
    expect(capturedDay(20230918123456)).toBeUndefined();
  });
});
