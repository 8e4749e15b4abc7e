/**
 * Reads the incident dataset for the build. All files are parsed before anything is reported, so
 * one run lists every broken file instead of stopping at the first.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { IncidentError, parseIncident } from '../../src/lib/incidents/parse.ts';
import type { Incident } from '../../src/lib/incidents/schema.ts';
import { byDateThenId } from '../../src/lib/incidents/order.ts';

export class DatasetError extends Error {
  override name = 'DatasetError';
  constructor(readonly problems: readonly string[]) {
    super(`${problems.length} problem(s) in the incident dataset:\n${problems.join('\n')}`);
  }
}

/**
 * Parses every `*.json` in `dir` except `schema.json`. `label` turns a path into what messages
 * show (default: relative to the working directory, e.g. `geo/incidents/x.json`).
 */
export function loadIncidents(
  dir: string,
  label = (path: string) => relative(process.cwd(), path),
): Incident[] {
  const files = readdirSync(dir)
    .filter((name) => name.endsWith('.json') && name !== 'schema.json')
    .sort();
  const problems: string[] = [];
  const incidents: Incident[] = [];
  for (const name of files) {
    const path = join(dir, name);
    try {
      incidents.push(parseIncident(JSON.parse(readFileSync(path, 'utf8')), label(path)));
    } catch (error) {
      if (error instanceof IncidentError) problems.push(error.message);
      else if (error instanceof SyntaxError)
        problems.push(`${label(path)}: not valid JSON (${error.message})`);
      else throw error;
    }
  }
  if (problems.length > 0) throw new DatasetError(problems);
  return incidents.sort(byDateThenId);
}
