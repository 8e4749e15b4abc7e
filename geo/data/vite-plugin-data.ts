/**
 * Vite plugin publishing the incident dataset (contract §2): the open exports
 * (`data/incidents.geojson`, `data/figures.csv`, `data/claims.csv`), the light index the app
 * starts from (`data/index.json`), each incident's whole record (`data/incidents/<id>.json`) and
 * the summaries the search reads (`data/search.json`). A build emits them as assets and fails
 * with every dataset problem listed; the dev server serves the same paths under `base` and
 * rebuilds them when a file in geo/incidents/ changes. Withdrawn incidents keep their record (their
 * page says why) but leave the index and the exports.
 */
import { relative, resolve } from 'node:path';
import type { Connect, Plugin, ResolvedConfig, ViteDevServer } from 'vite';
import { claimsCsv, figuresCsv, toFeatureCollection } from '../../src/lib/incidents/export.ts';
import type { Incident } from '../../src/lib/incidents/schema.ts';
import { normaliseBase } from '../../src/lib/url/base.js';
import { digestOf, searchTextOf } from '../../src/lib/incidents/digest.ts';
import { loadGazetteer, lookup, type Gazetteer } from './gazetteer.ts';
import { loadIncidents } from './load.ts';

export interface DataOutput {
  /** Path under the output directory (and under `base` when served). */
  fileName: string;
  contentType: string;
  source: string;
}

const JSON_TYPE = 'application/json; charset=utf-8';

/** The digests of the published incidents, with their places' other names from the gazetteer. */
export function digestsOf(incidents: readonly Incident[], gazetteer: Gazetteer = loadGazetteer()) {
  return incidents.map((i) => {
    const ref = i.place.gazetteer;
    const record = ref ? lookup(gazetteer, ref) : undefined;
    return digestOf(i, record ? [record.name, ...record.altNames] : []);
  });
}

/** The published files, byte-for-byte deterministic for the same incidents. */
export function dataOutputs(all: readonly Incident[], gazetteer: Gazetteer = loadGazetteer()): DataOutput[] {
  const incidents = all.filter((i) => !i.withdrawn);
  return [
    {
      fileName: 'data/incidents.geojson',
      contentType: 'application/geo+json; charset=utf-8',
      source: JSON.stringify(toFeatureCollection(incidents)) + '\n',
    },
    { fileName: 'data/figures.csv', contentType: 'text/csv; charset=utf-8', source: figuresCsv(incidents) },
    { fileName: 'data/claims.csv', contentType: 'text/csv; charset=utf-8', source: claimsCsv(incidents) },
    {
      fileName: 'data/index.json',
      contentType: JSON_TYPE,
      source:
        JSON.stringify({
          incidents: digestsOf(incidents, gazetteer),
          withdrawn: all.filter((i) => i.withdrawn).map((i) => i.id),
        }) + '\n',
    },
    {
      fileName: 'data/search.json',
      contentType: JSON_TYPE,
      source: JSON.stringify(Object.fromEntries(incidents.map((i) => [i.id, searchTextOf(i)]))) + '\n',
    },
    ...all.map((i) => ({
      fileName: `data/incidents/${i.id}.json`,
      contentType: JSON_TYPE,
      source: JSON.stringify(withoutSchemaKey(i)) + '\n',
    })),
  ];
}

/** An incident as published: the editor-only `$schema` key dropped. */
function withoutSchemaKey(i: Incident): Omit<Incident, '$schema'> {
  const { $schema: _schema, ...rest } = i;
  return rest;
}

export interface RecoupeDataOptions {
  /** Folder of incident files; default `geo/incidents` under Vite's root. */
  dir?: string;
}

export function recoupeData(options: RecoupeDataOptions = {}): Plugin {
  let config: ResolvedConfig;
  let dir = '';
  // Dev keeps the last good outputs per edit; undefined means "rebuild on next request".
  let cached: DataOutput[] | undefined;
  // Messages name files from the project root (`geo/incidents/x.json`), as a contributor sees them.
  const outputs = () =>
    (cached ??= dataOutputs(loadIncidents(dir, { label: (path) => relative(config.root, path) })));

  return {
    name: 'recoupe-data',
    configResolved(resolved) {
      config = resolved;
      dir = resolve(resolved.root, options.dir ?? 'geo/incidents');
    },
    buildStart() {
      if (config.command !== 'build') return;
      cached = undefined;
      // Loading here, not in generateBundle, fails the build before any bundling work is wasted.
      outputs();
    },
    generateBundle() {
      // The app's client bundle carries the data; an SSR/prerender bundle must not duplicate it.
      if (config.build.ssr) return;
      for (const { fileName, source } of outputs()) this.emitFile({ type: 'asset', fileName, source });
    },
    configureServer(server) {
      server.watcher.add(dir);
      const invalidate = (path: string) => {
        if (!path.startsWith(dir)) return;
        cached = undefined;
        server.ws.send({ type: 'full-reload' });
      };
      for (const event of ['add', 'change', 'unlink'] as const) server.watcher.on(event, invalidate);
      server.middlewares.use(dataMiddleware(server, outputs));
    },
  };
}

export function dataMiddleware(
  server: ViteDevServer,
  outputs: () => DataOutput[],
): Connect.NextHandleFunction {
  return (req, res, next) => {
    const base = normaliseBase(server.config.base);
    // originalUrl still holds `base` whatever Vite's own middlewares do to req.url.
    const url = (req as Connect.IncomingMessage).originalUrl ?? req.url ?? '';
    const path = url.split('?')[0] ?? '';
    if (!path.startsWith(`${base}data/`)) return next();
    const fileName = path.slice(base.length);
    try {
      const output = outputs().find((o) => o.fileName === fileName);
      if (!output) return next();
      res.setHeader('Content-Type', output.contentType);
      res.setHeader('Cache-Control', 'no-cache');
      res.end(output.source);
    } catch (error) {
      // A broken incident file must be visible in dev as in the build, not a silent empty map.
      const message = error instanceof Error ? error.message : String(error);
      server.config.logger.error(message);
      res.statusCode = 500;
      res.setHeader('Content-Type', 'text/plain; charset=utf-8');
      res.end(message);
    }
  };
}
