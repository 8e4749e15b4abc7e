// Serves dist/ the way static hosts do (GitHub Pages, Netlify, nginx): files and directory
// index.html as they are, and dist/404.html with status 404 for anything missing — unlike
// `vite preview`, which answers every miss with index.html and 200 (see docs: stack notes).
// Used by `npm run preview`, the browser tests and the benchmark.
import { createServer } from 'node:http';
import { readFileSync, existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import sirv from 'sirv';
import { normaliseBase } from '../src/lib/url/base.js';

/**
 * Starts the server; resolves with it once listening.
 * @param {{ dir?: string, port?: number, base?: string }} [opts]
 * @returns {Promise<import('node:http').Server>}
 */
export function serve({ dir = 'dist', port = 4173, base = process.env.RECOUPE_BASE ?? '/' } = {}) {
  const root = resolve(dir);
  const files = sirv(root, { dev: false, etag: true, gzip: true, brotli: false });
  const notFoundPath = resolve(root, '404.html');
  const prefix = normaliseBase(base);

  const server = createServer((req, res) => {
    const url = req.url ?? '/';
    const notFound = () => {
      res.statusCode = 404;
      res.setHeader('content-type', 'text/html; charset=utf-8');
      res.end(existsSync(notFoundPath) ? readFileSync(notFoundPath) : 'Not found');
    };
    if (!url.startsWith(prefix) && url !== prefix.slice(0, -1)) return notFound();
    // Strip the deployment base so dist/ is served as if mounted there.
    req.url = `/${url.slice(prefix.length)}`;
    files(req, res, notFound);
  });
  return new Promise((ok) => server.listen(port, '127.0.0.1', () => ok(server)));
}

const isMain = import.meta.url === `file://${process.argv[1]}`;
if (isMain) {
  const { values } = parseArgs({
    options: { port: { type: 'string', default: '4173' }, dir: { type: 'string', default: 'dist' } },
  });
  const port = Number(values.port);
  await serve({ dir: values.dir, port });
  const base = process.env.RECOUPE_BASE ?? '/';
  console.log(`Recoupe: serving ${values.dir}/ at http://127.0.0.1:${port}${base}`);
}
