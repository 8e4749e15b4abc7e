/**
 * Reads the incident dataset for the build. All files are parsed and linted before anything is
 * reported, so one run lists every problem instead of stopping at the first.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { IncidentError, parseIncident } from '../../src/lib/incidents/parse.ts';
import type { Incident } from '../../src/lib/incidents/schema.ts';
import { byDateThenId } from '../../src/lib/incidents/order.ts';
import { loadGazetteer } from './gazetteer.ts';
import { formatProblem, lintDataset, lintIncident } from './lint.ts';

export class DatasetError extends Error {
  override name = 'DatasetError';
  constructor(readonly problems: readonly string[]) {
    super(`${problems.length} problem(s) in the incident dataset:\n${problems.join('\n')}`);
  }
}

/** Files that live beside the incidents and are not incidents. */
const NOT_INCIDENTS = new Set(['schema.json', 'README.md', 'PROVENANCE.md']);

export interface LoadOptions {
  /** Turns a path into what messages show (default: relative to the working directory). */
  label?: (path: string) => string;
  /** Also run the data lint (the build does; default true). */
  lint?: boolean;
  /** The last day a date may name (default: tomorrow). */
  latest?: string;
}

/**
 * Parses (and lints) every incident file in `dir`. Anything else there fails loudly rather than
 * being skipped: a subfolder, `X.JSON`, a stray file.
 */
export function loadIncidents(dir: string, options: LoadOptions = {}): Incident[] {
  const label = options.label ?? ((path: string) => relative(process.cwd(), path));
  const problems: string[] = [];
  const loaded: { incident: Incident; file: string }[] = [];
  const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name));
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (NOT_INCIDENTS.has(entry.name)) continue;
    if (entry.isDirectory()) {
      problems.push(
        `${label(path)}: a folder among the incidents; incident files go directly in ${label(dir)}`,
      );
      continue;
    }
    if (!entry.name.endsWith('.json')) {
      problems.push(`${label(path)}: not an incident file name; an incident is <id>.json (lowercase .json)`);
      continue;
    }
    try {
      const parseOptions = options.latest ? { latest: options.latest } : {};
      const incident = parseIncident(JSON.parse(readFileSync(path, 'utf8')), label(path), parseOptions);
      loaded.push({ incident, file: label(path) });
    } catch (error) {
      if (error instanceof IncidentError) problems.push(error.message);
      else if (error instanceof SyntaxError)
        problems.push(`${label(path)}: not valid JSON (${error.message})`);
      else throw error;
    }
  }
  if (options.lint ?? true) {
    const gazetteer = loadGazetteer();
    for (const { incident, file } of loaded)
      problems.push(...lintIncident(incident, file, gazetteer).map(formatProblem));
    problems.push(...lintDataset(loaded).map(formatProblem));
  }
  if (problems.length > 0) throw new DatasetError(problems);
  return loaded.map((l) => l.incident).sort(byDateThenId);
}
