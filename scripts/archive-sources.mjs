// `npm run archive-sources`: records archived copies of cited sources. An editor runs it ONLINE,
// never the build or the tests. For every source (claims' `sources` and `extra_sources`) without an
// `archive`, it asks the Internet Archive's availability API for the capture closest to the
// source's publication date and, when the API reports an available capture with status 200, writes
// `archive: { url, captured }` from that answer, and from nothing else: no archive URL is ever made
// up. Files are edited by inserting text, so every other byte stays as it was (Python-written
// numbers such as `0.0` included); files with nothing to add are never rewritten.
//
//   npm run archive-sources -- [--dry-run] [--delay 1500] [--only <id>]… [--report out.md]
//
// Run with --help for every option.
import { readFileSync, readdirSync, writeFileSync, renameSync, rmSync, statSync, chmodSync } from 'node:fs';
import { accessSync, constants as fsConstants } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { findNodeAtLocation, parseTree } from 'jsonc-parser';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DEFAULT_DIR = join(ROOT, 'geo', 'incidents');
const DEFAULT_API = 'https://archive.org';
const DEFAULT_DELAY_MS = 1500;
const DEFAULT_TIMEOUT_MS = 30_000;
/** A failed request is retried once, after this many times the delay (or the server's Retry-After). */
const BACKOFF_FACTOR = 4;
/** Longest Retry-After honoured; a longer one is cut to this. */
const MAX_RETRY_AFTER_MS = 60_000;
const INCIDENT_FILE = /^\d{4}-\d{2}-\d{2}-[a-z0-9]+(?:-[a-z0-9]+)*\.json$/;
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH = /^(\d{4})-(\d{2})$/;
/** The data model's URL rule (src/lib/incidents/schema.ts): what is written must pass it. */
const HTTP_URL = /^https?:\/\/[^\s/]+\.[^\s]+$/;

const VERSION = /** @type {{ version: string }} */ (
  JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'))
).version;
export const USER_AGENT = `Recoupe-archive-sources/${VERSION} (editorial tool: looks up Wayback Machine captures of the sources cited by Recoupe, one request at a time; Node ${process.version})`;

const USAGE = `Usage: npm run archive-sources -- [options]

Looks up, for every source without an archive, the Wayback Machine capture closest to its
publication date (archive.org's availability API) and records it as the source's "archive".

Options:
  --dry-run            ask the API and report, but write nothing
  --delay <ms>         wait between requests (default ${DEFAULT_DELAY_MS}; the Archive throttles)
  --only <id>          only this incident (repeatable)
  --report <file>      write a report: JSON if the name ends in .json, Markdown otherwise
  --dir <folder>       the incident files (default geo/incidents)
  --api <base URL>     the availability API's base (default ${DEFAULT_API})
  --timeout <ms>       give up on one request after this long (default ${DEFAULT_TIMEOUT_MS})
  --help               this text

A failed request is retried once, after ${BACKOFF_FACTOR} × the delay (or the server's Retry-After,
up to ${MAX_RETRY_AFTER_MS / 1000} s). Exit code 0 when the run completed, even if some sources have
no capture or their requests failed; 1 on bad usage, or when an incident file cannot be read or
written.`;

/**
 * @typedef {{ url: string, captured: string }} Archive
 * @typedef {{ url: string, outlet?: string, published?: string, archive?: Archive }} SourceData
 * @typedef {(string | number)[]} JsonPath
 *
 * @typedef {{ kind: 'found', url: string, captured: string, timestamp: string }
 *   | { kind: 'none', detail: string }
 *   | { kind: 'failed', detail: string, retryAfterMs?: number }} Lookup
 *
 * @typedef {object} SourceResult One checked source, as the report lists it.
 * @property {string} where where the source sits in the file ("claims[0] (army-1) sources[1]")
 * @property {string} url
 * @property {string} timestamp the YYYYMMDD sent to the API
 * @property {'found' | 'not-archived' | 'failed'} result
 * @property {string} [captured] YYYY-MM-DD, when found
 * @property {string} [archive_url] when found
 * @property {boolean} [written] when found: whether it is in the file now
 * @property {string} [detail] why not archived or why it failed
 * @property {string} [warning] something an editor should look at
 *
 * @typedef {object} IncidentResult
 * @property {string} id
 * @property {string} file
 * @property {number} already_archived sources that had an archive before the run
 * @property {boolean} written
 * @property {string} [error] the file could not be read, understood or written
 * @property {SourceResult[]} sources
 *
 * @typedef {object} Summary
 * @property {number} checked
 * @property {number} archived_now
 * @property {number} not_archived
 * @property {number} failed
 * @property {number} found captures the API reported (equal to archived_now unless a dry run or a write failed)
 * @property {number} requests HTTP requests made, retries included
 *
 * @typedef {object} Io What the tool does to the outside world; tests replace parts of it.
 * @property {(ms: number) => Promise<void>} sleep
 * @property {typeof fetch} fetch
 * @property {(line: string) => void} log
 * @property {(line: string) => void} error
 */

/** @type {Io} */
const defaultIo = {
  sleep: (ms) => new Promise((ok) => setTimeout(ok, ms)),
  fetch: (...args) => fetch(...args),
  log: (line) => console.log(line),
  error: (line) => console.error(line),
};

// ---------------------------------------------------------------------------------------------
// Dates

/** @param {number} y @param {number} m @param {number} d */
function isCalendarDay(y, m, d) {
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

/**
 * The timestamp (YYYYMMDD) to ask the API for: the source's publication day; the 15th when only the
 * month is known; the incident's first day when the source is undated.
 * @param {string | undefined} published the source's `published`
 * @param {string} incidentStart the incident's `date.start`
 * @returns {string}
 */
export function timestampFor(published, incidentStart) {
  const day = published === undefined ? undefined : DAY.exec(published);
  if (day && isCalendarDay(Number(day[1]), Number(day[2]), Number(day[3])))
    return `${day[1]}${day[2]}${day[3]}`;
  const month = published === undefined ? undefined : MONTH.exec(published);
  if (month && isCalendarDay(Number(month[1]), Number(month[2]), 15)) return `${month[1]}${month[2]}15`;
  const start = DAY.exec(incidentStart);
  if (!start || !isCalendarDay(Number(start[1]), Number(start[2]), Number(start[3])))
    throw new Error(`date.start is not a day: ${JSON.stringify(incidentStart)}`);
  return `${start[1]}${start[2]}${start[3]}`;
}

/**
 * YYYY-MM-DD from a Wayback timestamp (YYYYMMDDhhmmss, or at least its first 8 digits).
 * @param {unknown} ts @returns {string | undefined}
 */
export function capturedDay(ts) {
  const m = typeof ts === 'string' ? /^(\d{4})(\d{2})(\d{2})\d{0,6}$/.exec(ts) : null;
  if (!m || !isCalendarDay(Number(m[1]), Number(m[2]), Number(m[3]))) return undefined;
  return `${m[1]}-${m[2]}-${m[3]}`;
}

// ---------------------------------------------------------------------------------------------
// The API

/** @param {string | null} header @param {number} now @returns {number | undefined} */
function retryAfterMs(header, now) {
  if (!header) return undefined;
  const ms = /^\d+$/.test(header.trim()) ? Number(header.trim()) * 1000 : Date.parse(header) - now;
  return Number.isFinite(ms) ? Math.min(Math.max(ms, 0), MAX_RETRY_AFTER_MS) : undefined;
}

/**
 * One request to the availability API; never throws.
 * @param {{ api: string, url: string, timestamp: string, timeoutMs: number, fetch: typeof fetch }} q
 * @returns {Promise<Lookup>}
 */
export async function lookup({ api, url, timestamp, timeoutMs, fetch: get }) {
  const endpoint = `${api.replace(/\/+$/, '')}/wayback/available?url=${encodeURIComponent(url)}&timestamp=${timestamp}`;
  /** @type {Response} */
  let res;
  /** @type {unknown} */
  let body;
  try {
    res = await get(endpoint, {
      headers: { 'user-agent': USER_AGENT, accept: 'application/json' },
      signal: AbortSignal.timeout(timeoutMs),
    });
    if (!res.ok) {
      await res.body?.cancel();
      const wait = retryAfterMs(res.headers.get('retry-after'), Date.now());
      return {
        kind: 'failed',
        detail: `HTTP ${res.status}`,
        ...(wait === undefined ? {} : { retryAfterMs: wait }),
      };
    }
    const text = await res.text();
    try {
      body = JSON.parse(text);
    } catch {
      return { kind: 'failed', detail: `HTTP ${res.status}, not JSON` };
    }
  } catch (e) {
    const err = /** @type {Error & { cause?: { code?: string, message?: string } }} */ (e);
    if (err.name === 'TimeoutError') return { kind: 'failed', detail: `no answer within ${timeoutMs} ms` };
    return {
      kind: 'failed',
      detail: `network error: ${err.cause?.code ?? err.cause?.message ?? err.message}`,
    };
  }
  const snapshots = /** @type {{ archived_snapshots?: unknown }} */ (body ?? {}).archived_snapshots;
  if (typeof snapshots !== 'object' || snapshots === null)
    return { kind: 'failed', detail: 'unexpected answer (no archived_snapshots)' };
  const closest = /** @type {{ closest?: Record<string, unknown> }} */ (snapshots).closest;
  if (closest === undefined || closest === null) return { kind: 'none', detail: 'no capture' };
  if (closest.available !== true) return { kind: 'none', detail: 'closest capture not available' };
  if (String(closest.status) !== '200')
    return { kind: 'none', detail: `closest capture has status ${String(closest.status)}` };
  const captured = capturedDay(closest.timestamp);
  const archived = typeof closest.url === 'string' ? closest.url.replace(/^http:\/\//i, 'https://') : '';
  if (!captured || !HTTP_URL.test(archived))
    return { kind: 'failed', detail: 'unexpected answer (capture without a usable url or timestamp)' };
  return { kind: 'found', url: archived, captured, timestamp: String(closest.timestamp) };
}

// ---------------------------------------------------------------------------------------------
// Editing a file without reformatting it

/** A value in the file's syntax tree (jsonc-parser keeps each one's offset and length). @typedef {import('jsonc-parser').Node} JsonNode */

/**
 * The text that adds `"archive": {…}` as the last member of the object at `node`, and where it goes,
 * in the object's own layout: one member a line with its indentation, or all on one line.
 * @param {string} text @param {JsonNode} node @param {Archive} archive
 * @returns {{ at: number, insert: string }}
 */
function archiveInsertion(text, node, archive) {
  if (node.type !== 'object' || !node.children?.length) throw new Error('a source is not an object');
  // Each member: its key's start and end, its value's start and end (end: one past the last character).
  const members = node.children.map((property) => {
    const [key, value] = /** @type {[JsonNode, JsonNode]} */ (property.children);
    return {
      keyStart: key.offset,
      keyEnd: key.offset + key.length,
      value: { start: value.offset, end: value.offset + value.length },
    };
  });
  const start = node.offset;
  const end = node.offset + node.length;
  const first = /** @type {(typeof members)[number]} */ (members[0]);
  const last = /** @type {(typeof members)[number]} */ (members.at(-1));
  const colon = text.slice(first.keyEnd, first.value.start); // ': ' as the file writes it
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const url = JSON.stringify(archive.url);
  const captured = JSON.stringify(archive.captured);
  const lineStart = text.lastIndexOf('\n', last.keyStart - 1) + 1;
  const indent = text.slice(lineStart, last.keyStart);
  const multiline = text.slice(start, first.keyStart).includes('\n') && /^[ \t]*$/.test(indent);
  if (multiline) {
    const closeStart = text.lastIndexOf('\n', end - 2) + 1;
    const closeIndent = text.slice(closeStart, end - 1);
    const unit =
      /^[ \t]*$/.test(closeIndent) && indent.startsWith(closeIndent) && indent.length > closeIndent.length
        ? indent.slice(closeIndent.length)
        : '  ';
    const inner = indent + unit;
    return {
      at: last.value.end,
      insert:
        `,${eol}${indent}"archive"${colon}{${eol}` +
        `${inner}"url"${colon}${url},${eol}${inner}"captured"${colon}${captured}${eol}${indent}}`,
    };
  }
  const second = members[1];
  const comma = second ? text.slice(first.value.end, second.keyStart) : ', ';
  const pad = text.slice(start + 1, first.keyStart);
  return {
    at: last.value.end,
    insert: `${comma}"archive"${colon}{${pad}"url"${colon}${url}${comma}"captured"${colon}${captured}${pad}}`,
  };
}

/**
 * The file's text with each archive inserted as the last key of the source object at its path.
 * Every other byte is kept. Throws if the result does not parse back to the expected data.
 * @param {string} text @param {{ path: JsonPath, archive: Archive }[]} additions
 * @returns {string}
 */
export function insertArchives(text, additions) {
  const root = parseTree(text);
  if (!root) throw new Error('the file is not JSON');
  const expected = JSON.parse(text);
  const edits = additions.map(({ path, archive }) => {
    const node = findNodeAtLocation(root, path);
    if (!node) throw new Error(`no source at ${path.join('.')}`);
    /** @type {any} */
    let target = expected;
    for (const step of path) target = target[step];
    if ('archive' in target) throw new Error(`the source at ${path.join('.')} already has an archive`);
    target.archive = { url: archive.url, captured: archive.captured };
    return archiveInsertion(text, node, archive);
  });
  edits.sort((a, b) => b.at - a.at);
  let out = text;
  for (const { at, insert } of edits) out = out.slice(0, at) + insert + out.slice(at);
  // The check that matters: the new text is valid JSON and says exactly the old data plus the
  // archives, each as its source's last key (JSON.stringify follows key order).
  if (JSON.stringify(JSON.parse(out)) !== JSON.stringify(expected))
    throw new Error('the edited file does not read back as the expected data');
  return out;
}

/**
 * Writes a file through a temporary file in the same folder and a rename, so an interrupted run
 * leaves either the old file or the new one; then reads it back to check it.
 * @param {string} file @param {string} text
 */
function writeChecked(file, text) {
  const tmp = join(dirname(file), `.${basename(file)}.${process.pid}.archive-sources.tmp`);
  try {
    const { mode } = statSync(file);
    writeFileSync(tmp, text, 'utf8');
    chmodSync(tmp, mode & 0o7777);
    renameSync(tmp, file);
  } finally {
    rmSync(tmp, { force: true });
  }
  const back = readFileSync(file, 'utf8');
  if (back !== text) throw new Error('read back different bytes than written');
  JSON.parse(back);
}

// ---------------------------------------------------------------------------------------------
// Reports

/** @param {Summary} s @param {boolean} dryRun */
export function summaryLine(s, dryRun) {
  const line = `${s.checked} sources checked, ${s.archived_now} archived now, ${s.not_archived} not archived, ${s.failed} failed`;
  return dryRun ? `${line} (dry run: ${s.found} found, nothing written)` : line;
}

/** @param {SourceResult} r */
function describe(r) {
  if (r.result === 'found')
    return `found, captured ${r.captured}${r.written ? '' : ' (not written)'}: ${r.archive_url}`;
  if (r.result === 'not-archived') return `not archived (${r.detail})`;
  return `request failed (${r.detail})`;
}

/**
 * @param {{ incidents: IncidentResult[], summary: Summary, dryRun: boolean, api: string, dir: string }} run
 * @returns {string}
 */
function markdownReport({ incidents, summary, dryRun, api, dir }) {
  const lines = [
    '# Archived sources: run report',
    '',
    `- run: ${new Date().toISOString()}${dryRun ? ' (dry run: nothing written)' : ''}`,
    `- API: ${api}`,
    `- files: ${dir}`,
    `- ${summaryLine(summary, dryRun)} (${summary.requests} requests)`,
    '',
  ];
  for (const inc of incidents) {
    if (inc.sources.length === 0 && !inc.error) continue;
    lines.push(`## ${inc.id}`, '');
    if (inc.error) lines.push(`**File not processed: ${inc.error}**`, '');
    if (inc.already_archived)
      lines.push(`${inc.already_archived} source(s) already archived, not checked.`, '');
    for (const r of inc.sources) {
      lines.push(`- <${r.url}> — ${r.where}, asked for ${r.timestamp}: ${describe(r)}`);
      if (r.warning) lines.push(`  - ⚠ ${r.warning}`);
    }
    lines.push('');
  }
  return lines.join('\n');
}

// ---------------------------------------------------------------------------------------------
// The run

/**
 * Every source of an incident, with its path in the file and a readable place.
 * @param {any} incident
 * @returns {{ path: JsonPath, where: string, source: SourceData }[]}
 */
function sourcesOf(incident) {
  if (!Array.isArray(incident?.claims)) throw new Error('no claims array');
  /** @type {{ path: JsonPath, where: string, source: SourceData }[]} */
  const out = [];
  incident.claims.forEach((/** @type {any} */ claim, /** @type {number} */ c) => {
    if (!Array.isArray(claim?.sources)) throw new Error(`claims[${c}] has no sources array`);
    claim.sources.forEach((/** @type {any} */ source, /** @type {number} */ s) =>
      out.push({
        path: ['claims', c, 'sources', s],
        where: `claims[${c}] (${claim.id}) sources[${s}]`,
        source,
      }),
    );
  });
  if (incident.extra_sources !== undefined) {
    if (!Array.isArray(incident.extra_sources)) throw new Error('extra_sources is not an array');
    incident.extra_sources.forEach((/** @type {any} */ source, /** @type {number} */ s) =>
      out.push({ path: ['extra_sources', s], where: `extra_sources[${s}]`, source }),
    );
  }
  for (const { where, source } of out)
    if (typeof source?.url !== 'string') throw new Error(`${where} has no url`);
  return out;
}

/**
 * @param {string} value @param {string} name
 * @returns {number}
 */
function milliseconds(value, name) {
  if (!/^\d+$/.test(value))
    throw new UsageError(`--${name} expects a whole number of milliseconds, got "${value}"`);
  return Number(value);
}

class UsageError extends Error {}

/**
 * Runs the tool. Returns the exit code instead of exiting, so tests can run it in-process.
 * @param {string[]} argv the arguments after the script name
 * @param {Partial<Io>} [ioOverrides]
 * @returns {Promise<number>}
 */
export async function main(argv, ioOverrides = {}) {
  /** @type {Io} */
  const io = { ...defaultIo, ...ioOverrides };
  /** @type {{ dryRun: boolean, delay: number, timeout: number, only: string[], api: string, dir: string, report?: string }} */
  let opts;
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: true,
      options: {
        'dry-run': { type: 'boolean', default: false },
        delay: { type: 'string', default: String(DEFAULT_DELAY_MS) },
        timeout: { type: 'string', default: String(DEFAULT_TIMEOUT_MS) },
        only: { type: 'string', multiple: true, default: [] },
        api: { type: 'string', default: DEFAULT_API },
        report: { type: 'string' },
        dir: { type: 'string' },
        help: { type: 'boolean', default: false },
      },
    });
    if (values.help) {
      io.log(USAGE);
      return 0;
    }
    if (positionals.length) throw new UsageError(`unexpected argument "${positionals[0]}"`);
    let api;
    try {
      api = new URL(values.api);
    } catch {
      throw new UsageError(`--api expects a URL, got "${values.api}"`);
    }
    if (api.protocol !== 'http:' && api.protocol !== 'https:')
      throw new UsageError(`--api expects an http(s) URL, got "${values.api}"`);
    opts = {
      dryRun: values['dry-run'],
      delay: milliseconds(values.delay, 'delay'),
      timeout: milliseconds(values.timeout, 'timeout'),
      only: values.only,
      api: values.api,
      dir: values.dir === undefined ? DEFAULT_DIR : resolve(values.dir),
      ...(values.report === undefined ? {} : { report: resolve(values.report) }),
    };
    if (opts.timeout === 0) throw new UsageError('--timeout must be more than 0');
  } catch (e) {
    const code = /** @type {{ code?: unknown }} */ (e).code;
    if (!(e instanceof UsageError) && !(typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS')))
      throw e;
    io.error(`archive-sources: ${/** @type {Error} */ (e).message}`);
    io.error('Run with --help for the options.');
    return 1;
  }

  /** @type {string[]} */
  let files;
  try {
    files = readdirSync(opts.dir)
      .filter((f) => INCIDENT_FILE.test(f))
      .sort();
  } catch (e) {
    io.error(`archive-sources: cannot read the folder ${opts.dir}: ${/** @type {Error} */ (e).message}`);
    return 1;
  }
  if (opts.only.length) {
    const missing = opts.only.filter((id) => !files.includes(`${id}.json`));
    if (missing.length) {
      io.error(`archive-sources: no incident file for --only ${missing.join(', ')} in ${opts.dir}`);
      return 1;
    }
    files = files.filter((f) => opts.only.includes(basename(f, '.json')));
  }
  if (opts.report) {
    try {
      accessSync(dirname(opts.report), fsConstants.W_OK);
    } catch {
      io.error(`archive-sources: cannot write the report into ${dirname(opts.report)}`);
      return 1;
    }
  }

  // Read everything first, so an unwritable or broken file stops the run before any request.
  /** @type {{ file: string, id: string, text: string, start: string, todo: ReturnType<typeof sourcesOf>, result: IncidentResult }[]} */
  const work = [];
  /** @type {IncidentResult[]} */
  const incidents = [];
  let fileErrors = 0;
  for (const name of files) {
    const file = join(opts.dir, name);
    const id = basename(name, '.json');
    /** @type {IncidentResult} */
    const result = { id, file, already_archived: 0, written: false, sources: [] };
    incidents.push(result);
    try {
      const text = readFileSync(file, 'utf8');
      const incident = JSON.parse(text);
      const all = sourcesOf(incident);
      const todo = all.filter(({ source }) => source.archive === undefined);
      result.already_archived = all.length - todo.length;
      if (todo.length === 0) continue;
      const start = incident?.date?.start;
      if (typeof start !== 'string') throw new Error('no date.start');
      for (const { source } of todo) timestampFor(source.published, start); // throws on a bad date.start
      if (!opts.dryRun) accessSync(file, fsConstants.W_OK);
      work.push({ file, id, text, start, todo, result });
    } catch (e) {
      result.error = /** @type {Error} */ (e).message;
      io.error(`archive-sources: ${file}: ${result.error}`);
      fileErrors++;
    }
  }
  if (!opts.dryRun && work.length) {
    try {
      accessSync(opts.dir, fsConstants.W_OK);
    } catch {
      io.error(`archive-sources: the folder ${opts.dir} is not writable`);
      return 1;
    }
  }
  if (fileErrors) {
    io.error(`archive-sources: ${fileErrors} file(s) cannot be processed; nothing was requested.`);
    return 1;
  }

  /** @type {Summary} */
  const summary = { checked: 0, archived_now: 0, not_archived: 0, failed: 0, found: 0, requests: 0 };
  /** @type {Map<string, Lookup>} the same URL and timestamp is asked once per run */
  const answers = new Map();
  let first = true;
  /** @param {number} ms */
  const request = async (ms, /** @type {string} */ url, /** @type {string} */ timestamp) => {
    if (!first && ms > 0) await io.sleep(ms);
    first = false;
    summary.requests++;
    return lookup({ api: opts.api, url, timestamp, timeoutMs: opts.timeout, fetch: io.fetch });
  };
  /** @param {string} url @param {string} timestamp @returns {Promise<Lookup>} */
  const ask = async (url, timestamp) => {
    const key = `${timestamp} ${url}`;
    const known = answers.get(key);
    if (known) return known;
    let answer = await request(opts.delay, url, timestamp);
    if (answer.kind === 'failed') {
      const backoff = Math.max(BACKOFF_FACTOR * opts.delay, answer.retryAfterMs ?? 0);
      io.log(`  ${url}: ${answer.detail}; retrying in ${backoff} ms`);
      const retry = await request(backoff, url, timestamp);
      answer =
        retry.kind === 'failed'
          ? { kind: 'failed', detail: `${answer.detail}, then ${retry.detail}` }
          : retry;
    }
    answers.set(key, answer);
    return answer;
  };

  let n = 0;
  for (const { file, id, text, start, todo, result } of work) {
    n++;
    /** @type {{ path: JsonPath, archive: Archive }[]} */
    const additions = [];
    /** @type {SourceResult[]} */
    const found = [];
    for (const { path, where, source } of todo) {
      const timestamp = timestampFor(source.published, start);
      const answer = await ask(source.url, timestamp);
      summary.checked++;
      /** @type {SourceResult} */
      const r = { where, url: source.url, timestamp, result: 'failed' };
      if (answer.kind === 'found') {
        summary.found++;
        Object.assign(r, {
          result: 'found',
          captured: answer.captured,
          archive_url: answer.url,
          written: false,
        });
        if (answer.timestamp.slice(0, 8) < timestamp && source.published && DAY.test(source.published))
          r.warning = `captured ${answer.captured}, before the source's publication day ${source.published}: check that the capture shows the article`;
        additions.push({ path, archive: { url: answer.url, captured: answer.captured } });
        found.push(r);
      } else if (answer.kind === 'none') {
        summary.not_archived++;
        Object.assign(r, { result: 'not-archived', detail: answer.detail });
      } else {
        Object.assign(r, { detail: answer.detail });
      }
      result.sources.push(r);
    }
    if (additions.length) {
      try {
        const edited = insertArchives(text, additions); // a dry run too proves the edit would be clean
        if (!opts.dryRun) {
          if (readFileSync(file, 'utf8') !== text)
            throw new Error('the file changed on disk during the run; run again');
          writeChecked(file, edited);
          result.written = true;
          for (const r of found) r.written = true;
        }
      } catch (e) {
        result.error = `not written: ${/** @type {Error} */ (e).message}`;
        io.error(`archive-sources: ${file}: ${result.error}`);
        fileErrors++;
      }
    }
    for (const r of found)
      if (!r.written && !opts.dryRun) Object.assign(r, { result: 'failed', detail: result.error });
    const counts = { found: 0, none: 0, failed: 0 };
    for (const r of result.sources) {
      if (r.result === 'found') counts.found++;
      else if (r.result === 'not-archived') counts.none++;
      else counts.failed++;
    }
    summary.archived_now += opts.dryRun ? 0 : counts.found;
    summary.failed += counts.failed;
    io.log(
      `[${n}/${work.length}] ${id}: ${counts.found} ${opts.dryRun ? 'found' : 'archived'}, ${counts.none} not archived, ${counts.failed} failed`,
    );
    for (const r of result.sources) if (r.warning) io.log(`  ⚠ ${r.url}: ${r.warning}`);
  }

  if (opts.report) {
    const run = { incidents, summary, dryRun: opts.dryRun, api: opts.api, dir: opts.dir };
    const body =
      extname(opts.report).toLowerCase() === '.json'
        ? `${JSON.stringify({ generated: new Date().toISOString(), api: opts.api, dir: opts.dir, dry_run: opts.dryRun, summary, incidents: incidents.filter((i) => i.sources.length || i.error) }, null, 2)}\n`
        : markdownReport(run);
    try {
      writeFileSync(opts.report, body, 'utf8');
      io.log(`Report: ${opts.report}`);
    } catch (e) {
      io.error(`archive-sources: cannot write the report: ${/** @type {Error} */ (e).message}`);
      fileErrors++;
    }
  }
  io.log(summaryLine(summary, opts.dryRun));
  return fileErrors ? 1 : 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = await main(process.argv.slice(2));
}
