// Serves dist/ the way a well-configured static host does: files and directory index.html as they
// are (a directory without its trailing slash is redirected to it), dist/404.html with status 404
// for anything missing — unlike `vite preview`, which answers every miss with index.html and 200
// (see docs: stack notes). It sends the build's precompressed copies (`.br`, `.gz`, see
// scripts/compress.mjs) to browsers that accept them, and the headers of src/lib/http/headers.js,
// the same the build writes into dist/_headers (docs/hosting.md). Only GET and HEAD; nothing
// outside dist/, whatever symbolic links inside it point to.
// Used by `npm run preview`, the browser tests and the benchmark.
import { createReadStream } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { join, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { headersFor } from '../src/lib/http/headers.js';
import { normaliseBase } from '../src/lib/url/base.js';

/** Precompressed copies, in the order they are preferred. */
const ENCODINGS = /** @type {const} */ ([
  ['br', '.br'],
  ['gzip', '.gz'],
]);

/**
 * The content codings a request accepts (`Accept-Encoding`, RFC 9110 §12.5.3): those listed with
 * a non-zero weight, and those `*` covers.
 * @param {string | undefined} header
 * @returns {(coding: string) => boolean}
 */
export function acceptsEncoding(header) {
  /** @type {Map<string, number>} */
  const q = new Map();
  for (const part of (header ?? '').split(',')) {
    const [coding = '', ...params] = part.trim().toLowerCase().split(';');
    if (!coding) continue;
    const weight = params.map((p) => /^\s*q\s*=\s*([\d.]+)\s*$/.exec(p)?.[1]).find((w) => w !== undefined);
    q.set(coding, weight === undefined ? 1 : Number(weight));
  }
  return (coding) => (q.get(coding) ?? q.get('*') ?? 0) > 0;
}

/**
 * A regular file at `rel` (segments under the root), or 'dir', or undefined when there is none
 * or when its real path (symbolic links resolved) is outside the root.
 * @param {string} root real path of the served directory
 * @param {string[]} rel
 * @returns {Promise<{ path: string, size: number, mtime: Date } | 'dir' | undefined>}
 */
async function lookup(root, rel) {
  try {
    const real = await realpath(join(root, ...rel));
    if (real !== root && !real.startsWith(root + sep)) return undefined;
    const s = await stat(real);
    if (s.isDirectory()) return 'dir';
    return s.isFile() ? { path: real, size: s.size, mtime: s.mtime } : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Starts the server; resolves with it once listening.
 * @param {{ dir?: string, port?: number, base?: string, precompressed?: boolean }} [opts]
 *   `precompressed: false` sends every file as it is (the benchmark's uncompressed baseline).
 * @returns {Promise<import('node:http').Server>}
 */
export function serve({
  dir = 'dist',
  port = 4173,
  base = process.env.RECOUPE_BASE ?? '/',
  precompressed = true,
} = {}) {
  const prefix = normaliseBase(base);

  /**
   * Sends the file at `rel` (a file path under the root, `/`-separated segments) with its headers.
   * @param {import('node:http').IncomingMessage} req @param {import('node:http').ServerResponse} res
   * @param {string} root @param {string[]} rel @param {{ path: string, size: number, mtime: Date }} file
   * @param {number} status
   */
  async function send(req, res, root, rel, file, status) {
    const accepts = acceptsEncoding(req.headers['accept-encoding']);
    let chosen = file;
    /** @type {string | undefined} */
    let encoding;
    let varies = false;
    if (precompressed) {
      const last = rel.length - 1;
      for (const [coding, ext] of ENCODINGS) {
        const copy = await lookup(root, [...rel.slice(0, last), `${rel[last]}${ext}`]);
        if (!copy || copy === 'dir') continue;
        varies = true;
        if (!encoding && accepts(coding)) [chosen, encoding] = [copy, coding];
      }
    }
    const etag = `W/"${chosen.size.toString(16)}-${chosen.mtime.getTime().toString(16)}${encoding ? `-${encoding}` : ''}"`;
    /** @type {Record<string, string | number>} */
    const headers = {
      ...headersFor(rel.join('/')),
      'Content-Length': chosen.size,
      'Last-Modified': chosen.mtime.toUTCString(),
      ETag: etag,
    };
    if (encoding) headers['Content-Encoding'] = encoding;
    if (varies) headers['Vary'] = 'Accept-Encoding';
    if (status === 200 && req.headers['if-none-match'] === etag) {
      delete headers['Content-Length'];
      res.writeHead(304, headers);
      return void res.end();
    }
    res.writeHead(status, headers);
    if (req.method === 'HEAD') return void res.end();
    createReadStream(chosen.path)
      .on('error', () => res.destroy())
      .pipe(res);
  }

  /** @param {import('node:http').ServerResponse} res @param {number} status @param {string} text */
  function plain(res, status, text, extra = {}) {
    res.writeHead(status, {
      'Content-Type': 'text/plain; charset=utf-8',
      'X-Content-Type-Options': 'nosniff',
      ...extra,
    });
    res.end(text);
  }

  /** @param {import('node:http').IncomingMessage} req @param {import('node:http').ServerResponse} res */
  async function handle(req, res) {
    if (req.method !== 'GET' && req.method !== 'HEAD')
      return plain(res, 405, 'Method not allowed', { Allow: 'GET, HEAD' });
    const root = await realpath(resolve(dir));
    const notFound = async () => {
      const page = await lookup(root, ['404.html']);
      if (page && page !== 'dir') return send(req, res, root, ['404.html'], page, 404);
      plain(res, 404, 'Not found');
    };
    // WHATWG URL parsing already resolves `.` and `..` segments, encoded or not.
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (`${url.pathname}/` === prefix) return plain(res, 301, '', { Location: prefix + url.search });
    if (!url.pathname.startsWith(prefix)) return notFound();
    /** @type {string[]} */
    let rel;
    try {
      rel = url.pathname.slice(prefix.length).split('/').map(decodeURIComponent);
    } catch {
      return plain(res, 400, 'Bad request');
    }
    // Hidden files and the host's own `_headers` are not part of the site; nor are names that
    // decode to a separator.
    const hidden = (/** @type {string} */ s) => s.startsWith('.') || /[/\\\0]/.test(s);
    if (rel.some(hidden) || (rel.length === 1 && rel[0] === '_headers')) return notFound();
    if (rel.at(-1) === '') rel[rel.length - 1] = 'index.html';
    const file = await lookup(root, rel);
    if (file === 'dir') return plain(res, 301, '', { Location: `${url.pathname}/${url.search}` });
    if (!file) return notFound();
    return send(req, res, root, rel, file, 200);
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((e) => {
      if (!res.headersSent) plain(res, 500, String(e));
      else res.destroy();
    });
  });
  return new Promise((ok) => server.listen(port, '127.0.0.1', () => ok(server)));
}

const isMain = import.meta.url === pathToFileURL(process.argv[1] ?? '').href;
if (isMain) {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: '4173' },
      dir: { type: 'string', default: 'dist' },
      'no-precompressed': { type: 'boolean', default: false },
    },
  });
  const port = Number(values.port);
  await serve({ dir: values.dir, port, precompressed: !values['no-precompressed'] });
  const base = normaliseBase(process.env.RECOUPE_BASE ?? '/');
  console.log(`Recoupe: serving ${values.dir}/ at http://127.0.0.1:${port}${base}`);
}
