#!/usr/bin/env node
/**
 * Converts the research files (/work/shared/research/mali-incidents*.json) into one incident file
 * per incident in geo/incidents/. Re-runnable: the same input gives byte-identical output.
 *
 *   node geo/tools/import-research.mjs <research.json>... [--gap-claims <gap.json>] [--out <dir>]
 *
 * The research writes notes in English only; their French lives in research-fr.json. When a text has no translation the script writes nothing, lists the missing
 * texts in research-fr.missing.json and exits 1: fill them in, merge, run again.
 * Validation is not done here (Node 20 cannot load the TS parser): run `npm test` afterwards.
 */
import { readFileSync, writeFileSync, mkdirSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { convertIncident } from './research-convert.mjs';
import { STATED_DATES } from './research-map.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { 'gap-claims': { type: 'string', multiple: true }, out: { type: 'string' } },
});
if (positionals.length === 0) {
  console.error('usage: import-research.mjs <research.json>... [--gap-claims <gap.json>] [--out <dir>]');
  process.exit(2);
}
const outDir = resolve(values.out ?? join(here, '..', 'incidents'));
const frFile = join(here, 'research-fr.json');
const missingFile = join(here, 'research-fr.missing.json');

/**
 * English text → its French, or → {en, fr} when the English itself is reworded for readers
 * (e.g. notes naming the research's internal figure keys).
 * @type {Record<string, string | {en: string, fr: string}>}
 */
const french = JSON.parse(readFileSync(frFile, 'utf8'));
/** @type {Set<string>} */
const missing = new Set();
/** @type {string[]} */
const report = [];
/** @param {string} en */
const localize = (en) => {
  const entry = french[en];
  if (entry === undefined) missing.add(en);
  return typeof entry === 'object' ? { fr: entry.fr, en: entry.en } : { fr: entry ?? '', en };
};
const ctx = { localize, report: (/** @type {string} */ line) => report.push(line) };

/** @type {any[]} research incidents, as read */
const research = positionals.flatMap((file) => JSON.parse(readFileSync(file, 'utf8')));
const byId = new Map(research.map((incident) => [incident.id, incident]));
for (const file of values['gap-claims'] ?? []) {
  for (const gap of JSON.parse(readFileSync(file, 'utf8'))) {
    const target = byId.get(gap.incident_id);
    if (!target) throw new Error(`${file}: gap claims for unknown incident ${gap.incident_id}`);
    // Marked so they are numbered after the incident's published claims (ids are permalinks).
    target.claims.push(...gap.new_claims.map((/** @type {any} */ c) => ({ ...c, gap_claim: true })));
  }
}

/** @type {string[]} */
const problems = [];
if (new Set(research.map((incident) => incident.id)).size !== research.length) {
  throw new Error('the research files share an incident id');
}
// A stated date must name a research claim exactly as the log does, or it would silently do nothing.
const claimKeys = new Set(
  research.flatMap((incident) =>
    incident.claims.map((/** @type {any} */ c) => `${incident.id} "${c.claimant}"`),
  ),
);
for (const key of Object.keys(STATED_DATES)) {
  if (!claimKeys.has(key)) throw new Error(`research-map.mjs STATED_DATES: no research claim ${key}`);
}
const incidents = research.flatMap((raw) => {
  try {
    return [convertIncident(raw, ctx)];
  } catch (error) {
    problems.push(error instanceof Error ? error.message : String(error));
    return [];
  }
});
if (problems.length > 0) {
  console.error(`${problems.length} research incident(s) need a decision before import:`);
  for (const line of problems) console.error(`  ${line}`);
  process.exit(1);
}

if (missing.size > 0) {
  const stub = Object.fromEntries([...missing].sort().map((en) => [en, '']));
  writeFileSync(missingFile, JSON.stringify(stub, null, 2) + '\n');
  console.error(`${missing.size} texts have no French yet: fill in ${missingFile}, merge it into ${frFile}.`);
  process.exit(1);
}
rmSync(missingFile, { force: true });

mkdirSync(outDir, { recursive: true });
for (const incident of incidents) {
  writeFileSync(join(outDir, `${incident.id}.json`), JSON.stringify(incident, null, 2) + '\n');
}
const claims = incidents.reduce((n, incident) => n + incident.claims.length, 0);
const sources = new Set(
  incidents.flatMap((incident) =>
    incident.claims.flatMap((/** @type {any} */ c) => c.sources.map((/** @type {any} */ s) => s.url)),
  ),
);
console.log(
  `${incidents.length} incidents, ${claims} claims, ${sources.size} distinct claim source URLs → ${outDir}`,
);
for (const line of report) console.log(`  ${line}`);
