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
export interface ParseOptions {
  /**
   * The last day a date may name (ISO): nothing in the dataset can have happened after it.
   * Default: tomorrow (UTC), which leaves room for an editor a time zone ahead.
   */
  latest?: string;
}

/** Tomorrow as an ISO day (UTC): the default latest date. */
export function tomorrow(now: Date = new Date()): string {
  return new Date(now.getTime() + 86_400_000).toISOString().slice(0, 10);
}

export function parseIncident(json: unknown, file?: string, options: ParseOptions = {}): Incident {
  const rawId = isRecord(json) && typeof json.id === 'string' ? json.id : undefined;
  if (!isRecord(json)) {
    throw new IncidentError(
      [{ path: '', message: `expected an incident object; got ${describe(json)}` }],
      file,
    );
  }
  const result = v.safeParse(IncidentSchema, json);
  const latest = options.latest ?? tomorrow();
  const issues = result.success ? ruleIssues(result.output, file, latest) : result.issues.map(toIssue);
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
  // An unknown key is reported against "never"; a wrong type (text where {fr, en} is due) is not.
  if (issue.type === 'strict_object' && issue.expected === 'never')
    return `unknown field (not in the schema)`;
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

function ruleIssues(incident: Incident, file: string | undefined, latest: string): IncidentIssue[] {
  const issues: IncidentIssue[] = [];
  const add = (path: string, message: string) => issues.push({ path, message });
  const notFuture = (path: string, date: string | undefined) => {
    if (date !== undefined && date > latest) add(path, `is in the future (after ${latest}); got "${date}"`);
  };

  // Only a real incident file has a name to match; other labels (a GeoJSON feature) just locate.
  if (file?.endsWith('.json')) {
    const expected = baseName(file);
    if (expected !== incident.id) add('id', `must equal the file name "${expected}"; got "${incident.id}"`);
  }
  const { start, end } = incident.date;
  if (!incident.id.startsWith(start)) add('id', `must start with date.start "${start}"`);
  if (end !== undefined && end < start) add('date.end', `is before date.start (${start}); got "${end}"`);
  notFuture('date.start', start);
  notFuture('date.end', end);
  notFuture('published', incident.published);
  if (incident.published < start)
    add('published', `is before the incident began (${start}); got "${incident.published}"`);

  let previous = incident.published;
  incident.history?.forEach((entry, i) => {
    const at = `history[${i}].date`;
    notFuture(at, entry.date);
    if (entry.date < previous)
      add(
        at,
        `must not be before ${i === 0 ? 'published' : `history[${i - 1}]`} (${previous}); got "${entry.date}"`,
      );
    else previous = entry.date;
  });
  if (incident.withdrawn) {
    notFuture('withdrawn.date', incident.withdrawn.date);
    if (incident.withdrawn.date < incident.published)
      add('withdrawn.date', `is before published (${incident.published}); got "${incident.withdrawn.date}"`);
  }

  locatedIssues(incident.place, 'place', add);
  incident.other_locations?.forEach((loc, i) => locatedIssues(loc, `other_locations[${i}]`, add));

  const seen = new Map<string, number>();
  incident.claims.forEach((claim, i) => {
    const at = `claims[${i}]`;
    const first = seen.get(claim.id);
    if (first !== undefined) add(`${at}.id`, `duplicate claim id "${claim.id}" (also claims[${first}])`);
    else seen.set(claim.id, i);
    claimIssues(claim, at, add);
    notFuture(`${at}.date`, claim.date);
    claim.sources.forEach((s, j) => notFuture(`${at}.sources[${j}].published`, s.published));
  });
  incident.extra_sources?.forEach((s, j) => notFuture(`extra_sources[${j}].published`, s.published));
  return issues;
}

type Add = (path: string, message: string) => void;

/** A point says where it comes from: a gazetteer record, or in words what located it — one, not both. */
function locatedIssues(place: { gazetteer?: unknown; located_by?: unknown }, at: string, add: Add): void {
  const has = (place.gazetteer ? 1 : 0) + (place.located_by ? 1 : 0);
  if (has === 0)
    add(
      at,
      'needs "gazetteer" (the record the point comes from) or "located_by" (what located it, in words)',
    );
  if (has === 2) add(at, 'has both "gazetteer" and "located_by": keep the one the point comes from');
}

function claimIssues(claim: Claim, at: string, add: Add): void {
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
  const figureKeys = new Map<string, number>();
  claim.figures.forEach((figure, j) => {
    const path = `${at}.figures[${j}]`;
    figureIssues(figure, path, add);
    // Two figures for the same thing in one claim would leave the reader to guess which one the side meant.
    const parts = figure.qualifiers ? ` (${[...figure.qualifiers].sort().join(', ')})` : '';
    const key = `${figure.measure}/${figure.group}${parts}`;
    const first = figureKeys.get(key);
    if (first !== undefined)
      add(path, `repeats ${key} of figures[${first}]: give one figure, or parts with distinct qualifiers`);
    else figureKeys.set(key, j);
  });
}

/** A month-only date may precede every day of its month, so it sorts before them. */
const monthFirst = (date: string) => (date.length === 7 ? `${date}-00` : date);

// The data's own languages: every text in an incident file is in both (other interface languages
// read one of them, their catalog's `meta.data`).
const DATA_LANGS = ['fr', 'en'] as const;

function figureIssues(figure: Figure, at: string, add: Add): void {
  const { value, wording } = figure;
  if (value === undefined && wording === undefined) {
    add(at, 'a figure needs a value or the wording the source used (words are never turned into numbers)');
  }
  if (typeof value === 'object' && 'min' in value && value.min > value.max) {
    add(`${at}.value`, `min (${value.min}) is greater than max (${value.max})`);
  }
  if (wording) {
    // The words are the evidence; readers of the other interface language get a translation beside them.
    for (const lang of DATA_LANGS) {
      if (lang !== wording.lang && !wording.gloss?.[lang])
        add(
          `${at}.wording.gloss.${lang}`,
          `required: the words are in "${wording.lang}", so ${lang} readers need a translation`,
        );
    }
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
