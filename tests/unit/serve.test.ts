import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import type { AddressInfo, Server } from 'node:net';
import { acceptsEncoding, serve } from '../../scripts/serve.mjs';
import { CSP } from '../../src/lib/http/headers.js';

const PAGE = '<!doctype html><title>home</title>' + '<p>Léré, Kidal, Tessalit</p>'.repeat(100);
const SECRET = 'outside dist: must never be served';

/** A dist/ in a temp dir, with a secret file beside it that symbolic links point to. */
function site(): string {
  const top = mkdtempSync(join(tmpdir(), 'recoupe-serve-'));
  writeFileSync(join(top, 'secret.txt'), SECRET);
  mkdirSync(join(top, 'outside'));
  writeFileSync(join(top, 'outside', 'index.html'), SECRET);
  const dir = join(top, 'dist');
  const files: Record<string, string | Buffer> = {
    'index.html': PAGE,
    'index.html.br': brotliCompressSync(PAGE),
    'index.html.gz': gzipSync(PAGE),
    '404.html': 'missing',
    'incidents/a/index.html': 'incident a',
    'embed/incidents/a/index.html': 'embed a',
    'en/embed/incidents/a/index.html': 'embed a (en)',
    'en/incidents/a/index.html': 'incident a (en)',
    'assets/main-AbC123.js': 'export {};',
    'assets/main-AbC123.js.gz': gzipSync('export {};'),
    'cards/2023-09-17-lere-fr-3fa09c1d.png': 'png',
    'basemap/tiles/4/7/7.pbf': 'tile',
    'glyphs/Noto Sans Regular/0-255.pbf': 'glyphs',
    'data/index.json': '{}',
    'data/incidents/a.json': '{}',
    'data/figures.csv': 'a,b',
    'data/incidents.geojson': '{}',
    'feed.xml': '<feed/>',
    'en/feed.xml': '<feed/>',
    'manifest.webmanifest': '{}',
    'sw.js': '',
    'robots.txt': 'User-agent: *',
    '.vite/manifest.json': '{}',
    _headers: '/*',
  };
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  symlinkSync(join(top, 'secret.txt'), join(dir, 'leak.txt'));
  symlinkSync(join(top, 'outside'), join(dir, 'elsewhere'));
  symlinkSync(join(top, 'secret.txt'), join(dir, 'data', 'index.json.br'));
  symlinkSync(join(dir, 'incidents', 'a', 'index.html'), join(dir, 'alias.html'));
  return dir;
}

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

let server: Server | undefined;
afterEach(() => {
  server?.close();
  server = undefined;
});

async function start(opts: { base?: string; precompressed?: boolean; dir?: string } = {}): Promise<number> {
  server?.close();
  server = await serve({ dir: opts.dir ?? site(), port: 0, base: opts.base ?? '/', ...opts });
  return (server.address() as AddressInfo).port;
}

/** A raw HTTP request: the path is sent as written, and the body is not decoded. */
function request(
  port: number,
  path: string,
  { method = 'GET', headers = {} }: { method?: string; headers?: Record<string, string> } = {},
): Promise<Answer> {
  return new Promise((ok, fail) => {
    const req = httpRequest({ host: '127.0.0.1', port, path, method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () =>
        ok({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
      );
    });
    req.on('error', fail);
    req.end();
  });
}

async function get(path: string, headers: Record<string, string> = {}, base = '/'): Promise<Answer> {
  return request(await start({ base }), path, { headers });
}

describe('static server used by preview, tests and bench', () => {
  it('serves a directory index for an incident path', async () => {
    const a = await get('/incidents/a/');
    expect([a.status, a.body.toString()]).toEqual([200, 'incident a']);
  });

  it('redirects a directory without its trailing slash to it, keeping the query', async () => {
    const a = await get('/incidents/a?lang=en');
    expect(a.status).toBe(301);
    expect(a.headers.location).toBe('/incidents/a/?lang=en');
  });

  it('answers a missing path with 404.html and status 404, as static hosts do', async () => {
    const a = await get('/incidents/nope/');
    expect([a.status, a.body.toString()]).toEqual([404, 'missing']);
    expect(a.headers['content-type']).toBe('text/html; charset=utf-8');
  });

  it('serves the site under a sub-path base, redirects the bare base, and 404s outside it', async () => {
    const port = await start({ base: '/recoupe/' });
    expect((await request(port, '/recoupe/incidents/a/')).body.toString()).toBe('incident a');
    expect((await request(port, '/recoupe')).headers.location).toBe('/recoupe/');
    expect((await request(port, '/elsewhere/')).status).toBe(404);
  });
});

describe('precompressed files', () => {
  it('sends the Brotli copy to a browser that accepts it, and says so', async () => {
    const a = await get('/', { 'accept-encoding': 'gzip, deflate, br, zstd' });
    expect(a.headers['content-encoding']).toBe('br');
    expect(a.headers['vary']).toBe('Accept-Encoding');
    expect(a.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(Number(a.headers['content-length'])).toBe(a.body.length);
    expect(brotliDecompressSync(a.body).toString()).toBe(PAGE);
  });

  it('sends the gzip copy when Brotli is not accepted (or refused with q=0)', async () => {
    const port = await start();
    for (const accept of ['gzip', 'br;q=0, gzip;q=0.5']) {
      const a = await request(port, '/', { headers: { 'accept-encoding': accept } });
      expect(a.headers['content-encoding']).toBe('gzip');
      expect(gunzipSync(a.body).toString()).toBe(PAGE);
    }
  });

  it('sends the file as it is to a client that accepts no compression, still varying on it', async () => {
    const a = await get('/');
    expect(a.headers['content-encoding']).toBeUndefined();
    expect(a.headers['vary']).toBe('Accept-Encoding');
    expect(a.body.toString()).toBe(PAGE);
  });

  it('does not vary a file that has no compressed copy', async () => {
    const a = await get('/incidents/a/', { 'accept-encoding': 'br, gzip' });
    expect(a.headers['content-encoding']).toBeUndefined();
    expect(a.headers['vary']).toBeUndefined();
  });

  it('uses only the copies there are (a gzip copy without a Brotli one)', async () => {
    const a = await get('/assets/main-AbC123.js', { 'accept-encoding': 'br, gzip' });
    expect(a.headers['content-encoding']).toBe('gzip');
    expect(a.headers['content-type']).toBe('text/javascript; charset=utf-8');
  });

  it('ignores the copies when asked to serve files as they are (the bench baseline)', async () => {
    const port = await start({ precompressed: false });
    const a = await request(port, '/', { headers: { 'accept-encoding': 'br, gzip' } });
    expect(a.headers['content-encoding']).toBeUndefined();
    expect(a.body.toString()).toBe(PAGE);
  });

  it('reads Accept-Encoding weights and wildcards', () => {
    expect(acceptsEncoding('gzip, br')('br')).toBe(true);
    expect(acceptsEncoding('gzip;q=1.0, br;q=0')('br')).toBe(false);
    expect(acceptsEncoding('*')('br')).toBe(true);
    expect(acceptsEncoding('*;q=0, gzip')('br')).toBe(false);
    expect(acceptsEncoding(undefined)('gzip')).toBe(false);
    expect(acceptsEncoding('identity')('gzip')).toBe(false);
  });
});

describe('media types', () => {
  const cases: [string, string][] = [
    ['/basemap/tiles/4/7/7.pbf', 'application/x-protobuf'],
    ['/glyphs/Noto%20Sans%20Regular/0-255.pbf', 'application/x-protobuf'],
    ['/data/figures.csv', 'text/csv; charset=utf-8'],
    ['/data/incidents.geojson', 'application/geo+json; charset=utf-8'],
    ['/data/index.json', 'application/json; charset=utf-8'],
    ['/feed.xml', 'application/atom+xml; charset=utf-8'],
    ['/en/feed.xml', 'application/atom+xml; charset=utf-8'],
    ['/manifest.webmanifest', 'application/manifest+json; charset=utf-8'],
    ['/assets/main-AbC123.js', 'text/javascript; charset=utf-8'],
    ['/robots.txt', 'text/plain; charset=utf-8'],
    ['/cards/2023-09-17-lere-fr-3fa09c1d.png', 'image/png'],
  ];
  it.each(cases)('%s is sent as %s', async (path, type) => {
    const a = await get(path);
    expect(a.status).toBe(200);
    expect(a.headers['content-type']).toBe(type);
  });
});

describe('security headers', () => {
  it('sends nosniff, the referrer policy and the pages’ policy with framing refused', async () => {
    for (const path of ['/', '/incidents/a/', '/data/index.json', '/nope/']) {
      const a = await get(path);
      expect(a.headers['x-content-type-options']).toBe('nosniff');
      expect(a.headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
      expect(a.headers['content-security-policy']).toBe(`${CSP}; frame-ancestors 'none'`);
    }
  });

  it('lets any site frame the embed pages, in each language', async () => {
    const port = await start();
    for (const path of ['/embed/incidents/a/', '/en/embed/incidents/a/']) {
      const a = await request(port, path);
      expect(a.status).toBe(200);
      expect(a.headers['content-security-policy']).toBe(`${CSP}; frame-ancestors *`);
    }
    const page = await request(port, '/en/incidents/a/');
    expect(page.headers['content-security-policy']).toMatch(/frame-ancestors 'none'$/);
  });
});

describe('caching', () => {
  const cases: [string, string][] = [
    ['/assets/main-AbC123.js', 'public, max-age=31536000, immutable'],
    ['/cards/2023-09-17-lere-fr-3fa09c1d.png', 'public, max-age=31536000, immutable'],
    ['/', 'no-cache'],
    ['/incidents/a/', 'no-cache'],
    ['/data/index.json', 'no-cache'],
    ['/data/incidents/a.json', 'no-cache'],
    ['/sw.js', 'no-cache'],
    ['/basemap/tiles/4/7/7.pbf', 'public, max-age=86400'],
  ];
  it.each(cases)('%s: %s', async (path, cache) => {
    expect((await get(path)).headers['cache-control']).toBe(cache);
  });

  it('gives each encoding its own validator, even for copies of the same size and date', async () => {
    const dir = site();
    const when = new Date('2026-11-30T00:00:00Z');
    for (const ext of ['.br', '.gz']) {
      writeFileSync(join(dir, 'same.json' + ext), 'x'.repeat(50));
      utimesSync(join(dir, 'same.json' + ext), when, when);
    }
    writeFileSync(join(dir, 'same.json'), '{}');
    const port = await start({ dir });
    const br = await request(port, '/same.json', { headers: { 'accept-encoding': 'br' } });
    const gz = await request(port, '/same.json', {
      headers: { 'accept-encoding': 'gzip', 'if-none-match': String(br.headers.etag) },
    });
    expect(gz.status).toBe(200);
    expect(gz.headers.etag).not.toBe(br.headers.etag);
  });

  it('answers a matching If-None-Match with 304 and no body', async () => {
    const port = await start();
    const first = await request(port, '/', { headers: { 'accept-encoding': 'br' } });
    const etag = String(first.headers.etag);
    const again = await request(port, '/', { headers: { 'accept-encoding': 'br', 'if-none-match': etag } });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
    // The gzip copy is another representation: another validator.
    const gz = await request(port, '/', { headers: { 'accept-encoding': 'gzip', 'if-none-match': etag } });
    expect(gz.status).toBe(200);
  });
});

describe('methods', () => {
  it.each(['POST', 'PUT', 'DELETE', 'OPTIONS', 'PATCH'])('refuses %s with 405 and Allow', async (method) => {
    const a = await request(await start(), '/', { method });
    expect(a.status).toBe(405);
    expect(a.headers.allow).toBe('GET, HEAD');
  });

  it('answers HEAD with the headers of GET and no body', async () => {
    const a = await request(await start(), '/incidents/a/', { method: 'HEAD' });
    expect(a.status).toBe(200);
    expect(a.headers['content-length']).toBe(String('incident a'.length));
    expect(a.body.length).toBe(0);
  });
});

describe('what stays private', () => {
  let port: number;
  let dir: string;
  beforeAll(() => {
    dir = site();
  });

  it('follows no symbolic link out of dist/, to a file or to a folder', async () => {
    port = await start({ dir });
    for (const path of ['/leak.txt', '/elsewhere/', '/elsewhere/index.html']) {
      const a = await request(port, path);
      expect(a.status, path).toBe(404);
      expect(a.body.toString()).not.toContain(SECRET);
    }
  });

  it('never sends a compressed "copy" that links out of dist/', async () => {
    port = await start({ dir });
    const a = await request(port, '/data/index.json', { headers: { 'accept-encoding': 'br' } });
    expect(a.headers['content-encoding']).toBeUndefined();
    expect(a.body.toString()).toBe('{}');
  });

  it('follows a link that stays inside dist/', async () => {
    port = await start({ dir });
    expect((await request(port, '/alias.html')).body.toString()).toBe('incident a');
  });

  it('never climbs out of dist/, encoded or not', async () => {
    port = await start({ dir });
    for (const path of [
      '/../secret.txt',
      '/%2e%2e/secret.txt',
      '/incidents/..%2f..%2fsecret.txt',
      '/..%5csecret.txt',
    ]) {
      const a = await request(port, path);
      expect(a.status, path).toBe(404);
      expect(a.body.toString()).not.toContain(SECRET);
    }
  });

  it('serves neither hidden files nor the host’s headers file', async () => {
    port = await start({ dir });
    for (const path of ['/.vite/manifest.json', '/_headers'])
      expect((await request(port, path)).status).toBe(404);
  });

  it('answers a malformed escape with 400', async () => {
    port = await start({ dir });
    expect((await request(port, '/incidents/%E0%A4%A/')).status).toBe(400);
  });
});
