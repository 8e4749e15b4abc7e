import { afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo, Server } from 'node:net';
import { serve } from '../../scripts/serve.mjs';

function site(): string {
  const dir = mkdtempSync(join(tmpdir(), 'recoupe-serve-'));
  writeFileSync(join(dir, 'index.html'), 'home');
  writeFileSync(join(dir, '404.html'), 'missing');
  mkdirSync(join(dir, 'incidents', 'a'), { recursive: true });
  writeFileSync(join(dir, 'incidents', 'a', 'index.html'), 'incident a');
  return dir;
}

let server: Server | undefined;
afterEach(() => server?.close());

async function get(path: string, base = '/'): Promise<{ status: number; body: string }> {
  server = await serve({ dir: site(), port: 0, base });
  const { port } = server.address() as AddressInfo;
  const res = await fetch(`http://127.0.0.1:${port}${path}`);
  return { status: res.status, body: await res.text() };
}

describe('static server used by preview, tests and bench', () => {
  it('serves a directory index for an incident path', async () => {
    expect(await get('/incidents/a/')).toEqual({ status: 200, body: 'incident a' });
  });

  it('answers a missing path with 404.html and status 404, as static hosts do', async () => {
    expect(await get('/incidents/nope/')).toEqual({ status: 404, body: 'missing' });
  });

  it('serves the site under a sub-path base and 404s outside it', async () => {
    expect(await get('/recoupe/incidents/a/', '/recoupe/')).toEqual({ status: 200, body: 'incident a' });
    server?.close();
    expect((await get('/elsewhere/', '/recoupe/')).status).toBe(404);
  });
});
