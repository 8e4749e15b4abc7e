import { afterEach, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { AddressInfo, Server } from 'node:net';
import { headersFile, matches, parseHeadersFile } from '../../scripts/headers.mjs';
import { serve } from '../../scripts/serve.mjs';
import { hostHeadersFor } from '../../src/lib/http/headers.js';

/** A build's files, as many as the real one has of each kind. */
function distFiles(): string[] {
  const ids = Array.from({ length: 160 }, (_, i) => `2023-09-${String(i).padStart(3, '0')}-place`);
  return [
    'index.html',
    '404.html',
    'feed.xml',
    'robots.txt',
    'sw.js',
    'manifest.webmanifest',
    'assets/main-C3UPlm5d.js',
    'assets/main-C3UPlm5d.js.br',
    'assets/main-BIqj6gVF.css',
    'assets/maplibre-gl-worker-CZtFQQIV.mjs',
    'data/index.json',
    'data/index.html',
    'data/search.json',
    'data/figures.csv',
    'data/claims.csv',
    'data/incidents.geojson',
    'methodology/index.html',
    'en/index.html',
    'en/feed.xml',
    'en/methodology/index.html',
    'en/data/index.html',
    'basemap/tiles/4/7/7.pbf',
    'glyphs/Noto Sans Regular/0-255.pbf',
    'glyphs/Noto Sans Regular/0-255.pbf.gz',
    '.vite/manifest.json',
    '_headers',
    ...ids.flatMap((id) => [
      `incidents/${id}/index.html`,
      `en/incidents/${id}/index.html`,
      `embed/incidents/${id}/index.html`,
      `en/embed/incidents/${id}/index.html`,
      `data/incidents/${id}.json`,
      `oembed/incidents/${id}.json`,
      `cards/${id}-fr-0123abcd.png`,
    ]),
  ];
}

/** Every header a host applies to `urlPath`, with the rules that set each. */
function applied(rules: ReturnType<typeof parseHeadersFile>, urlPath: string) {
  const out: Record<string, string[]> = {};
  for (const r of rules)
    if (matches(r.pattern, urlPath))
      for (const [k, v] of Object.entries(r.headers)) (out[k] ??= []).push(`${r.pattern} → ${v}`);
  return out;
}

/** The URL paths a file is reached at (a folder's index.html at the folder too). */
function urlsOf(path: string, base = '/'): string[] {
  const url = base + path.split('/').map(encodeURIComponent).join('/');
  return path.endsWith('index.html') ? [url, url.slice(0, -'index.html'.length)] : [url];
}

const isPublished = (p: string) => !/\.(br|gz)$/.test(p) && !p.startsWith('.') && p !== '_headers';

describe('the _headers file for static hosts', () => {
  const files = distFiles();
  const rules = parseHeadersFile(headersFile(files));

  it('gives every file exactly the headers the preview server sends, each set by one rule', () => {
    for (const path of files.filter(isPublished)) {
      const expected = hostHeadersFor(path);
      for (const url of urlsOf(path)) {
        const got = applied(rules, url);
        for (const [name, by] of Object.entries(got)) expect(by, `${url} ${name}`).toHaveLength(1);
        const values = Object.fromEntries(Object.entries(got).map(([k, by]) => [k, by[0]!.split(' → ')[1]]));
        expect(values, url).toEqual(expected);
      }
    }
  });

  it('opens framing on the embed pages only', () => {
    const csp = (url: string) => applied(rules, url)['Content-Security-Policy']?.[0] ?? '';
    expect(csp('/embed/incidents/2023-09-000-place/')).toMatch(/frame-ancestors \*$/);
    expect(csp('/en/embed/incidents/2023-09-000-place/')).toMatch(/frame-ancestors \*$/);
    expect(csp('/en/incidents/2023-09-000-place/')).toMatch(/frame-ancestors 'none'$/);
    expect(csp('/')).toMatch(/frame-ancestors 'none'$/);
  });

  it('stays within Cloudflare Pages’ limits: 100 rules, 2,000 characters a line', () => {
    expect(rules.length).toBeLessThanOrEqual(100);
    for (const line of headersFile(files).split('\n')) expect(line.length).toBeLessThanOrEqual(2000);
  });

  it('writes folder rules, not one per incident', () => {
    expect(rules.map((r) => r.pattern)).toEqual(expect.arrayContaining(['/*', '/incidents/*', '/assets/*']));
    expect(rules.some((r) => r.pattern.includes('2023-09-000'))).toBe(false);
  });

  it('leaves out hidden files and the compressed copies (hosts compress on their own)', () => {
    expect(rules.filter((r) => /\/\.|\.(br|gz)$/.test(r.pattern))).toEqual([]);
    // A .gz copy among the glyphs would split their folder rule into one rule per file.
    const glyphs = rules.filter((r) => r.pattern.startsWith('/glyphs/'));
    expect(glyphs.map((r) => r.pattern)).toEqual(['/glyphs/*']);
    expect(glyphs[0]?.headers['Content-Type']).toBe('application/x-protobuf');
  });

  it('puts the deployment base in front of every path', () => {
    const under = parseHeadersFile(headersFile(files, { base: '/recoupe/' }));
    expect(under.every((r) => r.pattern.startsWith('/recoupe/'))).toBe(true);
    const csp = (url: string) => applied(under, url)['Content-Security-Policy']?.[0] ?? '';
    expect(csp('/recoupe/embed/incidents/2023-09-000-place/')).toMatch(/frame-ancestors \*$/);
  });

  it('matches splats across folders and nothing else', () => {
    expect(matches('/incidents/*', '/incidents/a/index.html')).toBe(true);
    expect(matches('/incidents/*', '/en/incidents/a/')).toBe(false);
    expect(matches('/en/', '/en/incidents/')).toBe(false);
    expect(matches('/a.b', '/aXb')).toBe(false);
  });
});

describe('the preview server and the _headers file agree', () => {
  let server: Server | undefined;
  afterEach(() => server?.close());

  it('on every header the file sets, for every page kind', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'recoupe-headers-'));
    const files = distFiles().filter(isPublished).slice(0, 60);
    for (const f of files) {
      mkdirSync(dirname(join(dir, f)), { recursive: true });
      writeFileSync(join(dir, f), 'x');
    }
    const rules = parseHeadersFile(headersFile(files));
    server = await serve({ dir, port: 0, base: '/' });
    const { port } = server.address() as AddressInfo;
    for (const path of files) {
      for (const url of urlsOf(path)) {
        const sent = await new Promise<Record<string, unknown>>((ok, fail) =>
          request({ host: '127.0.0.1', port, path: url, method: 'HEAD' }, (res) => ok(res.headers))
            .on('error', fail)
            .end(),
        );
        for (const [name, by] of Object.entries(applied(rules, url)))
          expect(sent[name.toLowerCase()], `${url} ${name}`).toBe(by[0]!.split(' → ')[1]);
      }
    }
  });
});
