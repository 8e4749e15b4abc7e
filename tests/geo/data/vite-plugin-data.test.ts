import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, createServer, type Rollup } from 'vite';
import { afterEach, describe, expect, it } from 'vitest';
import { loadIncidents } from '../../../geo/data/load';
import { dataOutputs, recoupeData } from '../../../geo/data/vite-plugin-data';

const incidentsDir = fileURLToPath(new URL('../../../geo/incidents/', import.meta.url));
const lereText = readFileSync(join(incidentsDir, '2023-09-17-lere.json'), 'utf8');
const temps: string[] = [];

afterEach(() => {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A throw-away Vite root holding an index.html and the given incident files. */
function project(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'recoupe-data-'));
  temps.push(root);
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>t</title>');
  mkdirSync(join(root, 'incidents'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(root, 'incidents', name), text);
  return root;
}

async function buildAssets(root: string): Promise<Map<string, string>> {
  const result = await build({
    root,
    configFile: false,
    logLevel: 'silent',
    build: { write: false },
    plugins: [recoupeData({ dir: 'incidents' })],
  });
  const output = (Array.isArray(result) ? result[0] : result) as Rollup.RollupOutput;
  return new Map(
    output.output
      .filter((item): item is Rollup.OutputAsset => item.type === 'asset')
      .map((asset) => [asset.fileName, String(asset.source)]),
  );
}

describe('dataOutputs', () => {
  it('is deterministic: the same dataset gives the same bytes', () => {
    const once = dataOutputs(loadIncidents(incidentsDir));
    const twice = dataOutputs(loadIncidents(incidentsDir));
    const names = once.map((o) => o.fileName);
    expect(names.slice(0, 5)).toEqual([
      'data/incidents.geojson',
      'data/figures.csv',
      'data/claims.csv',
      'data/index.json',
      'data/search.json',
    ]);
    expect(names).toContain('data/incidents/2023-09-17-lere.json');
    expect(twice).toEqual(once);
  });

  it('keeps the light index light: no claim texts or sources, a few hundred bytes an incident', () => {
    const incidents = loadIncidents(incidentsDir);
    const index = dataOutputs(incidents).find((o) => o.fileName === 'data/index.json')!.source;
    expect(index).not.toMatch(/"sources"|"summary"|https?:\/\//);
    expect(index.length / incidents.length).toBeLessThan(1200);
  });
});

describe('recoupeData in a build', () => {
  it('emits the GeoJSON and both CSVs under data/', async () => {
    const assets = await buildAssets(project({ '2023-09-17-lere.json': lereText, 'schema.json': '{}' }));
    const geojson = JSON.parse(assets.get('data/incidents.geojson') ?? 'null');
    expect(geojson.features.map((f: { id: number }) => f.id)).toEqual([1]);
    expect(assets.get('data/figures.csv')).toMatch(/^\ufeffincident_id,incident_date,place,/);
    expect(assets.get('data/claims.csv')).toMatch(/^\ufeffincident_id,incident_date,incident_title_en,/);
  });

  it('fails with every broken file named, not just the first', async () => {
    const broken = JSON.stringify({ ...JSON.parse(lereText), id: '2023-09-17-lere-x' });
    const root = project({ '2023-09-17-lere.json': broken, 'bad.json': '{ not json' });
    const error = await buildAssets(root).then(
      () => new Error('expected the build to fail'),
      (e: Error) => e,
    );
    expect(error.message).toMatch(
      /2 problem\(s\)[\s\S]*\nincidents\/2023-09-17-lere\.json › incident "2023-09-17-lere-x" › id: must equal the file name[\s\S]*\nincidents\/bad\.json: not valid JSON/,
    );
  });
});

describe('recoupeData in the dev server', () => {
  it('serves the data files under the configured base', async () => {
    const server = await createServer({
      root: project({ '2023-09-17-lere.json': lereText }),
      configFile: false,
      logLevel: 'silent',
      base: '/recoupe/',
      server: { port: 0, host: '127.0.0.1', ws: false },
      plugins: [recoupeData({ dir: 'incidents' })],
    });
    try {
      await server.listen();
      const { port } = server.httpServer?.address() as AddressInfo;
      const response = await fetch(`http://127.0.0.1:${port}/recoupe/data/claims.csv`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
      expect(await response.text()).toContain(',army-1,army,');
    } finally {
      await server.close();
    }
  });
});
