import { describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, constants, gunzipSync, gzipSync } from 'node:zlib';
import { compress, compressDir, isCompressible } from '../../scripts/compress.mjs';

/** Text that compresses well, `n` bytes or so. */
const text = (n: number) =>
  'Léré, Kidal, Tessalit — versions des faits. '.repeat(Math.ceil(n / 44)).slice(0, n);

/** Bytes that do not compress: seeded, so every run is the same. */
function noise(n: number): Buffer {
  const out = Buffer.alloc(n);
  let x = 12345;
  for (let i = 0; i < n; i++) {
    x = (x * 1103515245 + 12345) & 0x7fffffff;
    out[i] = x >> 16;
  }
  return out;
}

function tree(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(join(tmpdir(), 'recoupe-compress-'));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}

describe('isCompressible', () => {
  it.each([
    ['index.html', 5000, true],
    ['assets/main-AbC.js', 5000, true],
    ['assets/maplibre-gl-worker-AbC.mjs', 5000, true],
    ['data/incidents.geojson', 5000, true],
    ['data/figures.csv', 5000, true],
    ['basemap/tiles/4/7/7.pbf', 5000, true],
    ['glyphs/Noto Sans Regular/0-255.pbf', 5000, true],
    ['feed.xml', 5000, true],
    ['manifest.webmanifest', 5000, true],
    ['robots.txt', 5000, true],
    ['index.html', 1023, false],
    ['cards/x-fr-0123abcd.png', 50_000, false],
    ['.vite/manifest.json', 5000, false],
    ['assets/main.js.gz', 5000, false],
    ['_headers', 5000, false],
  ])('%s of %i bytes → %s', (path, size, yes) => expect(isCompressible(path, size)).toBe(yes));
});

describe('compress', () => {
  it('gives Brotli and gzip copies that decode to the original', async () => {
    const original = Buffer.from(text(20_000));
    const { br, gz } = await compress(original);
    expect(brotliDecompressSync(br!).equals(original)).toBe(true);
    expect(gunzipSync(gz!).equals(original)).toBe(true);
    expect(br!.length).toBeLessThan(gz!.length);
  });

  it('compresses as hard as each format goes: Brotli quality 11, gzip level 9', async () => {
    const original = Buffer.from(text(20_000));
    const { br, gz } = await compress(original);
    const q11 = brotliCompressSync(original, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } });
    expect(br!.length).toBe(q11.length);
    expect(gz!.equals(gzipSync(original, { level: 9 }))).toBe(true);
  });

  it('is deterministic: same input, same bytes', async () => {
    const original = Buffer.from(text(20_000));
    const [a, b] = [await compress(original), await compress(original)];
    expect(a.br!.equals(b.br!)).toBe(true);
    expect(a.gz!.equals(b.gz!)).toBe(true);
  });

  it('gives no copy of what does not shrink', async () => {
    expect(await compress(noise(4096))).toEqual({});
  });
});

describe('compressDir', () => {
  it('writes copies beside the files that earn them, and only those', async () => {
    const page = text(30_000);
    const dir = tree({
      'index.html': page,
      'basemap/tiles/4/7/7.pbf': text(8000),
      'small.js': 'export {};',
      'cards/a-fr-0123abcd.png': noise(4096),
      'glyphs/x/0-255.pbf': noise(4096),
      '.vite/manifest.json': text(5000),
    });
    const totals = await compressDir(dir, { concurrency: 2 });
    expect(brotliDecompressSync(readFileSync(join(dir, 'index.html.br'))).toString()).toBe(page);
    expect(gunzipSync(readFileSync(join(dir, 'index.html.gz'))).toString()).toBe(page);
    expect(existsSync(join(dir, 'basemap/tiles/4/7/7.pbf.br'))).toBe(true);
    for (const skipped of [
      'small.js',
      'cards/a-fr-0123abcd.png',
      'glyphs/x/0-255.pbf',
      '.vite/manifest.json',
    ])
      for (const ext of ['.br', '.gz'])
        expect(existsSync(join(dir, skipped + ext)), skipped + ext).toBe(false);
    expect(totals.files).toBe(2);
    expect(totals.br).toBeLessThan(totals.bytes);
  });

  it('does not compress its own copies when run again, and writes the same bytes', async () => {
    const dir = tree({ 'index.html': text(30_000) });
    await compressDir(dir);
    const first = readFileSync(join(dir, 'index.html.br'));
    await compressDir(dir);
    expect(readFileSync(join(dir, 'index.html.br')).equals(first)).toBe(true);
    expect(existsSync(join(dir, 'index.html.br.gz'))).toBe(false);
    expect(existsSync(join(dir, 'index.html.gz.br'))).toBe(false);
  });

  it('removes a copy the file no longer earns', async () => {
    const dir = tree({ 'app.js': 'export {};', 'app.js.br': 'stale', 'app.js.gz': 'stale' });
    await compressDir(dir);
    expect(existsSync(join(dir, 'app.js.br'))).toBe(false);
    expect(existsSync(join(dir, 'app.js.gz'))).toBe(false);
  });
});

describe('compressDir with a cache', () => {
  it('writes the same copies as without it, and reuses them by content', async () => {
    const cacheDir = mkdtempSync(join(tmpdir(), 'recoupe-compress-cache-'));
    const files = { 'index.html': text(30_000), 'a/feed.xml': text(5000) };
    const plain = tree(files);
    await compressDir(plain);
    const cached = tree(files);
    await compressDir(cached, { cacheDir });
    for (const f of ['index.html.br', 'index.html.gz', 'a/feed.xml.br'])
      expect(readFileSync(join(cached, f)).equals(readFileSync(join(plain, f))), f).toBe(true);

    // What the cache holds is what a later build writes: mark every Brotli entry, build again.
    for (const entry of readdirSync(cacheDir).filter((e) => e.endsWith('.br')))
      writeFileSync(join(cacheDir, entry), 'from the cache');
    const again = tree(files);
    await compressDir(again, { cacheDir });
    expect(readFileSync(join(again, 'index.html.br'), 'utf8')).toBe('from the cache');
  });

  it('remembers that a file earns no copy', async () => {
    const cacheDir = mkdtempSync(join(tmpdir(), 'recoupe-compress-cache-'));
    const dir = tree({ 'glyphs/x/0-255.pbf': noise(4096) });
    await compressDir(dir, { cacheDir });
    await compressDir(dir, { cacheDir });
    expect(existsSync(join(dir, 'glyphs/x/0-255.pbf.br'))).toBe(false);
    expect(existsSync(join(dir, 'glyphs/x/0-255.pbf.gz'))).toBe(false);
  });
});
