// `node scripts/compress.mjs [--dir dist]` (the last step of `npm run build`): writes a Brotli
// (`.br`, quality 11) and a gzip (`.gz`, level 9) copy beside every text file of the build and
// every vector tile and glyph range (uncompressed protobuf, which shrinks by 40–45 %), for servers
// that send precompressed files (scripts/serve.mjs, nginx's gzip_static / brotli_static; see
// docs/hosting.md). Files under 1 KB are left alone (a compressed body saves less than a packet),
// and a copy is written only when it is smaller than the file. Same input, same bytes: gzip's
// header carries no time or name, Brotli's output depends only on its parameters — so copies are
// kept in a cache by content (node_modules/.cache/recoupe-compress; Brotli's top quality costs
// about 45 s of CPU for a whole build) and a rebuild compresses only what changed.
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs, promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

/** Extensions worth compressing: text, and the basemap's protobuf. */
export const COMPRESSIBLE = new Set([
  'html',
  'js',
  'mjs',
  'css',
  'json',
  'geojson',
  'csv',
  'svg',
  'xml',
  'txt',
  'webmanifest',
  'pbf',
]);
export const MIN_BYTES = 1024;
const ENCODINGS = /** @type {const} */ (['.br', '.gz']);
/** Changes whenever `compress` would write other bytes: cached copies of another version are not used. */
const VERSION = 'brotli-q11 gzip-9 v1';

const brotli = promisify(brotliCompress);
const gz = promisify(gzip);

/**
 * Whether a file (path relative to the served directory) gets compressed copies.
 * @param {string} path @param {number} size
 */
export function isCompressible(path, size) {
  if (size < MIN_BYTES) return false;
  if (path.split('/').some((part) => part.startsWith('.'))) return false;
  const ext = /\.([a-z0-9]+)$/i.exec(path)?.[1]?.toLowerCase();
  return ext !== undefined && COMPRESSIBLE.has(ext);
}

/**
 * The Brotli and gzip copies of `bytes`, each only when smaller than `bytes`.
 * @param {Uint8Array} bytes
 * @returns {Promise<{ br?: Buffer, gz?: Buffer }>}
 */
export async function compress(bytes) {
  const [b, g] = await Promise.all([
    brotli(bytes, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: 11,
        [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_GENERIC,
      },
    }),
    gz(bytes, { level: 9 }),
  ]);
  return {
    ...(b.length < bytes.length ? { br: b } : {}),
    ...(g.length < bytes.length ? { gz: g } : {}),
  };
}

/**
 * `compress`, through a cache of earlier results by content. An empty cached file records that no
 * copy is smaller (a real copy of 1 KB or more is never empty). Entries are written whole
 * (temp file, then rename), so concurrent builds never read half a copy.
 * @param {Uint8Array} bytes @param {string | undefined} cacheDir
 * @returns {Promise<{ br?: Buffer, gz?: Buffer }>}
 */
async function compressCached(bytes, cacheDir) {
  if (!cacheDir) return compress(bytes);
  const key = createHash('sha256').update(VERSION).update('\0').update(bytes).digest('hex');
  const at = (/** @type {string} */ ext) => join(cacheDir, key + ext);
  if (ENCODINGS.every((ext) => existsSync(at(ext)))) {
    const [br, gz] = ENCODINGS.map((ext) => readFileSync(at(ext)));
    return { ...(br?.length ? { br } : {}), ...(gz?.length ? { gz } : {}) };
  }
  const copies = await compress(bytes);
  for (const ext of ENCODINGS) {
    const tmp = `${at(ext)}.${process.pid}.tmp`;
    writeFileSync(tmp, (ext === '.br' ? copies.br : copies.gz) ?? Buffer.alloc(0));
    renameSync(tmp, at(ext));
  }
  return copies;
}

/**
 * Writes the compressed copies for every compressible file under `dir` (replacing earlier ones,
 * removing those a file no longer earns), `concurrency` files at a time.
 * @param {string} dir
 * @param {{ concurrency?: number, cacheDir?: string }} [o] `cacheDir`: where to keep copies by
 *   content between builds (none: compress everything)
 * @returns {Promise<{ files: number, bytes: number, br: number, gz: number }>} what was compressed
 *   (sizes of the originals and of the copies a browser would get)
 */
export async function compressDir(dir, { concurrency = availableParallelism(), cacheDir } = {}) {
  if (cacheDir) mkdirSync(cacheDir, { recursive: true });
  const paths = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => relative(dir, join(d.parentPath, d.name)).split(sep).join('/'))
    .filter((p) => !ENCODINGS.some((ext) => p.endsWith(ext)))
    .sort();
  const totals = { files: 0, bytes: 0, br: 0, gz: 0 };
  let next = 0;
  const worker = async () => {
    while (next < paths.length) {
      const path = /** @type {string} */ (paths[next++]);
      const file = join(dir, path);
      const size = statSync(file).size;
      const copies = isCompressible(path, size) ? await compressCached(readFileSync(file), cacheDir) : {};
      for (const ext of ENCODINGS) {
        const copy = ext === '.br' ? copies.br : copies.gz;
        if (copy) writeFileSync(file + ext, copy);
        else rmSync(file + ext, { force: true });
      }
      if (copies.br || copies.gz) {
        totals.files++;
        totals.bytes += size;
        totals.br += copies.br?.length ?? size;
        totals.gz += copies.gz?.length ?? size;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, concurrency) }, worker));
  return totals;
}

const isMain = import.meta.url === pathToFileURL(process.argv[1] ?? '').href;
if (isMain) {
  const { values } = parseArgs({ options: { dir: { type: 'string', default: 'dist' } } });
  const started = Date.now();
  const t = await compressDir(values.dir, { cacheDir: join('node_modules', '.cache', 'recoupe-compress') });
  const mb = (/** @type {number} */ n) => `${(n / 2 ** 20).toFixed(1)} MB`;
  console.log(
    `compressed ${t.files} files (${mb(t.bytes)}): brotli ${mb(t.br)}, gzip ${mb(t.gz)} ` +
      `in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
}
