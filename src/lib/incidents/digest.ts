/**
 * An incident's digest: what the list, the map, the filters and the search need, without its
 * claims' texts and sources. The build writes every digest to `data/index.json` (the light data
 * on the page's critical path); an incident's whole record is fetched when it is opened
 * (`data/incidents/<id>.json`). Digests are made here, from parsed incidents, and read back
 * through `parseIndex` — the only door to typed index data in the app.
 */
import * as v from 'valibot';
import { CONTEST_LEVELS } from '../compare/levels.ts';
import { incidentFacts } from '../compare/facts.ts';
import { IncidentError } from './parse.ts';
import { DATE_PRECISIONS, EVENT_TYPES, LocalizedSchema, REGIONS, SIDES, type Incident } from './schema.ts';

const day = v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/));

export const DigestSchema = v.strictObject({
  id: v.string(),
  date: v.strictObject({ start: day, end: v.optional(day), precision: v.picklist(DATE_PRECISIONS) }),
  title: LocalizedSchema,
  place: v.strictObject({
    name: v.string(),
    name_en: v.optional(v.string()),
    region: v.picklist(REGIONS),
    other_regions: v.optional(v.array(v.picklist(REGIONS))),
    lat: v.number(),
    lon: v.number(),
    precision_km: v.number(),
  }),
  types: v.array(v.picklist(EVENT_TYPES)),
  contest: v.strictObject({
    level: v.picklist(CONTEST_LEVELS),
    score: v.number(),
    conflicts: v.number(),
  }),
  sides: v.array(v.picklist(SIDES)),
  toll: v.optional(v.number()),
  tollBy: v.record(v.picklist(SIDES), v.number()),
  /** Other names of the place (gazetteer, spellings), for the search. */
  names: v.array(v.string()),
  /** Last substantive change (history), or first publication. */
  updated: day,
});

export type IncidentDigest = v.InferOutput<typeof DigestSchema>;

/** The digest of a parsed incident; `names` are its place's other names (from the gazetteer). */
export function digestOf(incident: Incident, names: readonly string[] = []): IncidentDigest {
  const facts = incidentFacts(incident);
  const { place } = incident;
  const otherNames = [...new Set([...(place.alt_names ?? []), ...names])].filter(
    (n) => n !== place.name && n !== place.name_en,
  );
  const tollBy: Record<string, number> = {};
  for (const [side, t] of Object.entries(facts.tollBy)) if (t !== undefined) tollBy[side] = t;
  return {
    id: incident.id,
    date: {
      start: incident.date.start,
      ...(incident.date.end ? { end: incident.date.end } : {}),
      precision: incident.date.precision,
    },
    title: incident.title,
    place: {
      name: place.name,
      ...(place.name_en ? { name_en: place.name_en } : {}),
      region: place.region,
      ...(place.other_regions?.length ? { other_regions: place.other_regions } : {}),
      lat: place.lat,
      lon: place.lon,
      precision_km: place.precision_km,
    },
    types: incident.types,
    contest: {
      level: facts.contest.level,
      score: round(facts.contest.score),
      conflicts: facts.contest.conflicts,
    },
    sides: [...facts.sides],
    ...(facts.toll !== undefined ? { toll: facts.toll } : {}),
    tollBy,
    names: otherNames,
    updated: incident.history?.at(-1)?.date ?? incident.published,
  };
}

const round = (n: number) => Math.round(n * 1000) / 1000;

/**
 * The rest of what the search reads, by incident id (`data/search.json`, loaded on the first
 * search): who spoke, the parties, what happened where, and every claim's summary.
 */
export function searchTextOf(incident: Incident): { context: string; text: string } {
  return {
    context: [
      ...incident.claims.flatMap((c) => [c.claimant.fr, c.claimant.en]),
      ...incident.parties,
      ...(incident.place.detail ? [incident.place.detail.fr, incident.place.detail.en] : []),
    ].join(' · '),
    text: incident.claims.flatMap((c) => [c.summary.fr, c.summary.en]).join(' · '),
  };
}

/** `data/index.json`: the published incidents' digests, and the ids of withdrawn ones (their pages remain). */
export interface SiteIndex {
  incidents: IncidentDigest[];
  withdrawn: string[];
}

export const IndexSchema = v.strictObject({
  incidents: v.array(DigestSchema),
  withdrawn: v.array(v.string()),
});

/** The index from a fetched `data/index.json`, checked. */
export function parseIndex(json: unknown): SiteIndex {
  const result = v.safeParse(IndexSchema, json);
  if (!result.success) {
    const issue = result.issues[0]!;
    const path = (issue.path ?? []).map((p) => String(p.key)).join('.');
    throw new IncidentError([{ path, message: issue.message }], 'data/index.json');
  }
  return result.output;
}
