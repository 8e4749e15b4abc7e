/**
 * The only door to typed incident data, shared by the geo build and the app: structure is checked
 * by the valibot schema, then the rules that span several fields. Every problem of a file is
 * reported at once, each naming the file, the incident and the field, so a contributor fixes a
 * file in one pass instead of one error per build.
 */
import * as v from 'valibot';
import { IncidentSchema, type Claim, type Figure, type Incident } from './schema.ts';

export interface IncidentIssue {
  /** e.g. `claims[1].side`; empty for the incident as a whole. */
  path: string;
  message: string;
}

export class IncidentError extends Error {
  override name = 'IncidentError';
  constructor(
    readonly issues: readonly IncidentIssue[],
    readonly file?: string,
    readonly incidentId?: string,
  ) {
    super(issues.map((issue) => formatIssue(issue, file, incidentId)).join('\n'));
  }
}

export function formatIssue(issue: IncidentIssue, file?: string, incidentId?: string): string {
  const where = [file, incidentId === undefined ? 'incident (no id)' : `incident "${incidentId}"`];
  if (issue.path) where.push(issue.path);
  return `${where.filter(Boolean).join(' › ')}: ${issue.message}`;
}

/**
 * Validates one incident file's content. `file` (a path, or any label) is used in messages; when
 * it names a `.json` file the incident id must equal its base name: ids are permalinks and file
 * names their store.
 */
export function parseIncident(json: unknown, file?: string): Incident {
  const rawId = isRecord(json) && typeof json.id === 'string' ? json.id : undefined;
  if (!isRecord(json)) {
    throw new IncidentError(
      [{ path: '', message: `expected an incident object; got ${describe(json)}` }],
      file,
    );
  }
  const result = v.safeParse(IncidentSchema, json);
  const issues = result.success ? ruleIssues(result.output, file) : result.issues.map(toIssue);
  if (issues.length > 0) throw new IncidentError(issues, file, rawId);
  return result.output as Incident;
}

type ValibotIssue = v.BaseIssue<unknown>;

function toIssue(issue: ValibotIssue): IncidentIssue {
  const path = formatPath(issue.path ?? []);
  return { path, message: explain(issue) };
}

function explain(issue: ValibotIssue): string {
  const got = describe(issue.input);
  if (issue.type === 'strict_object' && issue.input !== undefined) return `unknown field (not in the schema)`;
  if (issue.input === undefined && issue.kind === 'schema') return `required field is missing`;
  switch (issue.type) {
    case 'picklist':
      return `expected one of ${listOptions(issue.expected)}; got ${got}`;
    case 'union':
      return `expected an integer ≥ 0, {"min", "max"} or {"at_least"}; got ${got}`;
    case 'number':
    case 'string':
    case 'array':
    case 'strict_object':
    case 'literal':
      return `expected ${issue.expected}; got ${got}`;
    default:
      // Our own messages (regex, bounds, minLength) already say what is expected.
      return `${issue.message}; got ${got}`;
  }
}

function listOptions(expected: string | null): string {
  return (expected ?? '')
    .replace(/^\(|\)$/g, '')
    .replaceAll('"', '')
    .split(' | ')
    .join(', ');
}

function formatPath(path: readonly { key: unknown }[]): string {
  return path
    .map((item, i) =>
      typeof item.key === 'number' ? `[${item.key}]` : `${i === 0 ? '' : '.'}${String(item.key)}`,
    )
    .join('');
}

function ruleIssues(incident: Incident, file?: string): IncidentIssue[] {
  const issues: IncidentIssue[] = [];
  const add = (path: string, message: string) => issues.push({ path, message });

  // Only a real incident file has a name to match; other labels (a GeoJSON feature) just locate.
  if (file?.endsWith('.json')) {
    const expected = baseName(file);
    if (expected !== incident.id) add('id', `must equal the file name "${expected}"; got "${incident.id}"`);
  }
  const { start, end } = incident.date;
  if (!incident.id.startsWith(start)) add('id', `must start with date.start "${start}"`);
  if (end !== undefined && end < start) add('date.end', `is before date.start (${start}); got "${end}"`);

  const seen = new Map<string, number>();
  incident.claims.forEach((claim, i) => {
    const at = `claims[${i}]`;
    const first = seen.get(claim.id);
    if (first !== undefined) add(`${at}.id`, `duplicate claim id "${claim.id}" (also claims[${first}])`);
    else seen.set(claim.id, i);
    claimIssues(claim, at, add);
  });
  return issues;
}

function claimIssues(claim: Claim, at: string, add: (path: string, message: string) => void): void {
  if (!claim.id.startsWith(`${claim.side}-`)) {
    add(`${at}.id`, `must start with the claim's side "${claim.side}-"; got "${claim.id}"`);
  }
  const isMonth = claim.date.length === 7;
  const precision = claim.date_precision ?? 'day';
  if (isMonth !== (precision === 'month')) {
    add(`${at}.date`, `"${claim.date}" does not match date_precision "${precision}"`);
  }
  if (claim.date_basis === 'published') {
    // "When first published" must be read off a source, and the earliest one.
    const published = claim.sources.flatMap((s) => (s.published ? [s.published] : []));
    const earliest = published.sort((a, b) => monthFirst(a).localeCompare(monthFirst(b)))[0];
    if (earliest !== claim.date) {
      add(
        `${at}.date`,
        `with date_basis "published" must be the earliest source publication date (${earliest ?? 'none given'}); got "${claim.date}"`,
      );
    }
  }
  claim.figures.forEach((figure, j) => figureIssues(figure, `${at}.figures[${j}]`, add));
}

/** A month-only date may precede every day of its month, so it sorts before them. */
const monthFirst = (date: string) => (date.length === 7 ? `${date}-00` : date);

function figureIssues(figure: Figure, at: string, add: (path: string, message: string) => void): void {
  const { value, wording } = figure;
  if (value === undefined && wording === undefined) {
    add(at, 'a figure needs a value or the wording the source used (words are never turned into numbers)');
  }
  if (typeof value === 'object' && 'min' in value && value.min > value.max) {
    add(`${at}.value`, `min (${value.min}) is greater than max (${value.max})`);
  }
}

function baseName(file: string): string {
  return (file.split(/[\\/]/).pop() ?? file).replace(/\.json$/, '');
}

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

function describe(x: unknown): string {
  if (x === undefined) return 'nothing';
  if (Array.isArray(x)) return 'an array';
  if (x === null) return 'null';
  if (typeof x === 'object') return 'an object';
  const s = JSON.stringify(x) ?? String(x);
  return s.length > 80 ? `${s.slice(0, 77)}…` : s;
}
