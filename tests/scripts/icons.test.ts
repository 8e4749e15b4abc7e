import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ICONS, icoOf, renderIcons } from '../../scripts/icons.mjs';

/** Width and height from a PNG's IHDR chunk. */
function pngSize(png: Buffer): [number, number] {
  expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  return [png.readUInt32BE(16), png.readUInt32BE(20)];
}

describe('the site icons', () => {
  const fresh = renderIcons('public');

  it('are what public/favicon.svg draws today (run `node scripts/icons.mjs` after editing it)', () => {
    for (const { path } of ICONS) {
      expect(readFileSync(join('public', path)).equals(fresh.get(path)!), path).toBe(true);
    }
  });

  it('have the sizes the manifest and the page heads announce', () => {
    for (const { path, size } of ICONS) {
      const bytes = fresh.get(path)!;
      expect(pngSize(path.endsWith('.ico') ? bytes.subarray(22) : bytes), path).toEqual([size, size]);
    }
    const manifest = JSON.parse(readFileSync('public/manifest.webmanifest', 'utf8')) as {
      icons: { src: string; sizes: string }[];
    };
    for (const icon of manifest.icons.filter((i) => i.src.endsWith('.png'))) {
      const [w, h] = pngSize(readFileSync(join('public', icon.src)));
      expect(`${w}x${h}`, icon.src).toBe(icon.sizes);
    }
  });
});

describe('icoOf', () => {
  it('wraps one PNG in an ICO directory that points at it', () => {
    const png = somePng();
    const ico = icoOf(png, 32);
    expect([ico.readUInt16LE(0), ico.readUInt16LE(2), ico.readUInt16LE(4)]).toEqual([0, 1, 1]);
    expect([ico[6], ico[7]]).toEqual([32, 32]);
    expect(ico.readUInt32LE(14)).toBe(png.length);
    expect(ico.subarray(ico.readUInt32LE(18)).equals(png)).toBe(true);
  });

  it('writes 256 as 0, as the format wants', () => {
    const ico = icoOf(somePng(), 256);
    expect([ico[6], ico[7]]).toEqual([0, 0]);
  });
});

function somePng(): Buffer {
  return renderIcons('public').get('icons/icon-192.png')!;
}
