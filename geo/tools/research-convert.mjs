/**
 * One research incident → one incident file object (see src/lib/incidents/schema.ts).
 * Pure apart from `ctx`: `ctx.localize(en)` returns {fr, en} and `ctx.report(line)` records every
 * change made to the research, so the import's log is the list of editorial decisions.
 */
import {
  DATE_PRECISION,
  EVENT_TYPE,
  FIGURE_FIXES,
  FIGURE_KEY,
  PLACE_NAME,
  PRECISION,
  RELAY_BY_OUTLET,
  SIDE,
  STANCE,
  STATED_DATES,
  opponentGroup,
} from './research-map.mjs';

/** @typedef {{ localize: (en: string) => {fr: string, en: string}, report: (line: string) => void }} Ctx */
/** @typedef {Record<string, any>} Raw research JSON, shape documented in mali-incidents.md */

/** @param {Raw} raw @param {Ctx} ctx */
export function convertIncident(raw, ctx) {
  const fixedPrecision = /** @type {Record<string, {precision: string, why: string}>} */ (DATE_PRECISION)[
    raw.id
  ];
  const precisionWord =
    fixedPrecision?.precision ?? String(raw.date_precision).match(/^(day|week|month)\b/)?.[1];
  if (!precisionWord) throw new Error(`${raw.id}: unknown date_precision ${raw.date_precision}`);
  if (fixedPrecision) {
    ctx.report(
      `${raw.id}: date precision "${raw.date_precision}" → ${precisionWord} — ${fixedPrecision.why}`,
    );
  }
  const dateNote = String(raw.date_precision).match(/\((.+)\)$/)?.[1];
  const problems = /** @type {string[]} */ ([]);
  const converted = raw.claims.map((/** @type {Raw} */ c) => {
    try {
      return convertClaim(c, raw.id, ctx);
    } catch (error) {
      problems.push(error instanceof Error ? error.message : String(error));
      return null;
    }
  });
  let types = /** @type {string[]} */ ([]);
  try {
    types = eventTypes(raw);
  } catch (error) {
    problems.push(error instanceof Error ? error.message : String(error));
  }
  if (problems.length > 0) throw new Error(problems.join('\n  '));
  const claims = numberClaims(converted.filter(Boolean));
  if (claims.length === 0) throw new Error(`${raw.id}: no claim left to publish`);
  const otherLocations = raw.other_locations.map((/** @type {Raw} */ o) => ({
    name: o.name,
    lat: o.latitude,
    lon: o.longitude,
    ...(o.coord_source ? { coord_source: o.coord_source } : {}),
  }));
  const extra = sources(raw.extra_sources ?? [], `${raw.id} extra_sources`, ctx);
  return {
    $schema: './schema.json',
    id: raw.id,
    date: {
      start: raw.date,
      ...(raw.end_date ? { end: raw.end_date } : {}),
      precision: precisionWord,
      ...(dateNote ? { note: ctx.localize(dateNote) } : {}),
    },
    title: { fr: stripSuffix(raw.title_fr), en: stripSuffix(raw.title_en) },
    place: place(raw, ctx),
    ...(otherLocations.length ? { other_locations: otherLocations } : {}),
    types,
    parties: raw.parties,
    verification: ctx.localize(raw.verification_notes),
    disagreements: raw.discrepancies.map((/** @type {string} */ d) => ctx.localize(d)),
    claims,
    ...(extra.length ? { extra_sources: extra } : {}),
  };
}

/** "(earlier incident)" marks the research's scope, not the event: editorial noise in a title. */
const stripSuffix = (/** @type {string} */ title) =>
  title.replace(/\s*\((?:earlier incident|incident antérieur)\)$/, '');

/** @param {Raw} raw */
function eventTypes(raw) {
  const types = raw.event_type.flatMap((/** @type {string} */ label) => {
    const mapped = /** @type {Record<string, string[]>} */ (EVENT_TYPE)[label];
    if (!mapped) throw new Error(`${raw.id}: event type "${label}" has no mapping in research-map.mjs`);
    return mapped;
  });
  return [...new Set(types)];
}

/** @param {Raw} raw @param {Ctx} ctx */
function place(raw, ctx) {
  const full = String(raw.place);
  const generic = full.split(/ \(|, | — /)[0] ?? full;
  const fixed = /** @type {Record<string, {name: string, alt_names?: string[]}>} */ (PLACE_NAME)[raw.id];
  const name = fixed?.name ?? generic;
  // A one-word bracket right after the name is another spelling: "Foïta (Foyta)".
  const bracket = full.startsWith(`${generic} (`)
    ? full.slice(generic.length).match(/^ \(([\p{L}-]+)\)/u)?.[1]
    : undefined;
  const altNames = fixed?.alt_names ?? (bracket ? [bracket] : []);
  const regions = String(raw.admin_region)
    .split(' / ')
    .map((r) => r.replace(/\s*\(.*\)$/, '').trim());
  const precision = /** @type {Record<string, {km: number, en: string, fr: string}>} */ (PRECISION)[raw.id];
  const km = precision?.km ?? firstKm(raw.coord_precision);
  if (km === undefined) throw new Error(`${raw.id}: no km in coord_precision; add it to PRECISION`);
  const detailed = full !== name && full !== `${name} (${bracket})`;
  return {
    name,
    ...(altNames.length ? { alt_names: altNames } : {}),
    ...(detailed ? { detail: ctx.localize(full) } : {}),
    region: regions[0],
    ...(regions.length > 1 ? { other_regions: regions.slice(1) } : {}),
    // "Ménaka (then part of Gao region)": the research's doubt about the label is kept.
    ...(String(raw.admin_region).includes('(') ? { region_note: ctx.localize(raw.admin_region) } : {}),
    ...(raw.admin_cercle ? { cercle: raw.admin_cercle } : {}),
    lat: raw.latitude,
    lon: raw.longitude,
    precision_km: km,
    precision_note: precision ? { fr: precision.fr, en: precision.en } : ctx.localize(raw.coord_precision),
    ...(raw.coord_source ? { coord_source: raw.coord_source } : {}),
  };
}

/** The first distance in the text is the stated uncertainty (later ones are the source's distances). */
function firstKm(/** @type {string} */ text) {
  const m = text.match(/(\d+)(?:\s*[–-]\s*(\d+))?\s*km/);
  return m ? Number(m[2] ?? m[1]) : undefined;
}

/** @param {Raw} c @param {string} incidentId @param {Ctx} ctx */
export function convertClaim(c, incidentId, ctx) {
  const where = `${incidentId} "${c.claimant}"`;
  const side = /** @type {Record<string, string>} */ (SIDE)[c.side];
  const stance = /** @type {Record<string, string>} */ (STANCE)[c.claim_type];
  if (!side || !stance) throw new Error(`${where}: unknown side ${c.side} or claim_type ${c.claim_type}`);
  const srcs = sources(c.sources ?? [], where, ctx);
  if (c.unsourced || srcs.length === 0) {
    ctx.report(`left out ${where}: no usable source`);
    return null;
  }
  // The contract requires when a claim was made; an unknown date is a decision, never a guess.
  // Decision (issue 7): with no statement date, the claim is dated by its earliest dated source
  // and marked `date_basis: "published"`; with no dated source either, it is dated only where the
  // research's own text states when it was made (STATED_DATES), else left out.
  let date = c.statement_date;
  let basis;
  /** @type {{en: string, fr: string} | undefined} */
  let statedNote;
  if (date === null || date === undefined) {
    date = earliestPublished(srcs);
    if (date !== undefined) {
      basis = 'published';
    } else {
      const stated =
        /** @type {Record<string, {date: string, research: string, note: {en: string, fr: string}}>} */ (
          STATED_DATES
        )[where];
      if (!stated) {
        ctx.report(`left out ${where}: no statement date and no dated source`);
        return null;
      }
      ctx.report(`${where}: dated ${stated.date} as the research states it — ${stated.research}`);
      date = stated.date;
      statedNote = stated.note;
    }
  }
  if (!/^\d{4}-\d{2}(?:-\d{2})?$/.test(String(date))) {
    throw new Error(`${where}: statement_date is ${JSON.stringify(c.statement_date)}; a claim needs a date`);
  }
  const { figures, notes } = convertFigures(c, side, incidentId, ctx);
  const noteEn = [c.figures_note ? readableKeys(c.figures_note) : '', ...notes.map((n) => n.en)].filter(
    Boolean,
  );
  const noteFr = [c.figures_note ? ctx.localize(c.figures_note).fr : '', ...notes.map((n) => n.fr)].filter(
    Boolean,
  );
  const month = /^\d{4}-\d{2}$/.test(date);
  return {
    id: '',
    claimant: c.claimant,
    side,
    stance,
    date,
    ...(month ? { date_precision: 'month' } : {}),
    ...(basis ? { date_basis: basis } : {}),
    ...(statedNote
      ? { date_note: { fr: statedNote.fr, en: statedNote.en } }
      : c.statement_date_note
        ? { date_note: ctx.localize(c.statement_date_note) }
        : {}),
    language: c.language,
    summary: { fr: c.summary_fr, en: c.summary_en },
    figures,
    ...(noteEn.length ? { note: { fr: noteFr.join(' '), en: noteEn.join(' ') } } : {}),
    ...(c.secondary_source_only ? { secondary_source_only: true } : {}),
    sources: srcs,
    // Set on gap claims and on claims dated from STATED_DATES (left out of earlier imports);
    // numberClaims uses it, then drops it.
    ...(c.gap_claim || statedNote ? { added: true } : {}),
  };
}

/**
 * The research's notes name its figure keys ("killed_unspecified = one French pilot"); readers see
 * words instead ("Killed (unspecified): one French pilot"). The French notes were reworded by hand.
 * @param {string} text
 */
export function readableKeys(text) {
  const GROUP = { rebels_or_jihadists: 'rebels or jihadists', wagner: 'Wagner', un: 'UN' };
  const label = (/** @type {string} */ key) => {
    if (key === 'assailants_neutralised') return 'assailants neutralised';
    const m = /^(killed|wounded|missing|prisoners|aircraft_lost|vehicles_lost)_(.+)$/.exec(key);
    if (!m) return key;
    const measure = m[1] === 'prisoners' ? 'captured' : (m[1] ?? '').replace('_', ' ');
    const group = m[2] ?? '';
    return `${measure} (${/** @type {Record<string, string>} */ (GROUP)[group] ?? group.replace(/_/g, ' ')})`;
  };
  const KEY =
    /\b(assailants_neutralised|(?:killed|wounded|missing|prisoners|aircraft_lost|vehicles_lost)_[a-z_]+[a-z])\b/g;
  const out = text
    .replace(new RegExp(`${KEY.source}\\s*=\\s*`, 'g'), (_, key) => `${label(key)}: `)
    .replace(KEY, (key) => label(key));
  return out.charAt(0).toUpperCase() + out.slice(1);
}

/** @param {Raw} c @param {string} side @param {string} incidentId @param {Ctx} ctx */
function convertFigures(c, side, incidentId, ctx) {
  const fixes = FIGURE_FIXES.filter((f) => f.incident === incidentId && c.claimant.startsWith(f.claimant));
  /** @type {Raw[]} */
  const figures = [];
  /** @type {{fr: string, en: string}[]} */
  const notes = [];
  for (const [key, raw] of Object.entries(c.figures ?? {})) {
    if (raw === null) continue;
    const mapping = /** @type {Record<string, string[]>} */ (FIGURE_KEY)[key];
    if (!mapping) throw new Error(`${incidentId} "${c.claimant}": unknown figure key ${key}`);
    const fix = fixes.find((f) => f.drop?.includes(key) || (f.replace && key in f.replace));
    if (fix?.drop?.includes(key)) {
      ctx.report(`${incidentId} "${c.claimant}": left out ${key} ${JSON.stringify(raw)} — ${fix.why}`);
      continue;
    }
    const replacement = fix?.replace?.[key];
    if (fix && replacement) {
      ctx.report(
        `${incidentId} "${c.claimant}": ${key} ${JSON.stringify(raw)} → ${JSON.stringify(replacement)} — ${fix.why}`,
      );
      figures.push(replacement);
      continue;
    }
    const [measure, rawGroup] = /** @type {[string, string]} */ (mapping);
    const group = rawGroup === 'opponent' ? opponentGroup(side) : rawGroup;
    figures.push({ measure, group, ...figureValue(raw, measure, group, notes) });
  }
  for (const fix of fixes) {
    for (const added of fix.add ?? []) {
      ctx.report(`${incidentId} "${c.claimant}": added ${JSON.stringify(added)} — ${fix.why}`);
      figures.push(added);
    }
  }
  for (const fix of fixes) if (fix.note) notes.push(fix.note);
  return { figures, notes };
}

/**
 * Research value forms → schema forms. Words stay words: {approx, wording} keeps only the
 * wording. "More than n" becomes the equivalent integer bound "at least n+1", said in the note.
 * @param {any} raw @param {string} measure @param {string} group @param {{fr: string, en: string}[]} notes
 */
function figureValue(raw, measure, group, notes) {
  if (typeof raw === 'number') return { value: raw };
  if ('min' in raw) return { value: { min: raw.min, max: raw.max } };
  if ('at_least' in raw) return { value: { at_least: raw.at_least } };
  if ('more_than' in raw) {
    const n = raw.more_than;
    notes.push({
      en: `${measure} (${group}): more than ${n} per the source, i.e. at least ${n + 1}.`,
      fr: `${measure} (${group}) : plus de ${n} selon la source, soit au moins ${n + 1}.`,
    });
    return { value: { at_least: n + 1 } };
  }
  if ('wording' in raw) return { wording: raw.wording };
  throw new Error(`unknown figure value ${JSON.stringify(raw)}`);
}

/**
 * The earliest publication date among a claim's sources. A month-only date is earlier than any day
 * of its month (a source of "2013-02" may predate one of 2013-02-15), so it wins over them: the
 * claim is then dated to the month, never to a day it may not have been published by.
 * @param {{published?: string}[]} srcs
 */
function earliestPublished(srcs) {
  const dates = srcs.flatMap((s) => (s.published ? [s.published] : []));
  return dates.sort((a, b) => monthFirst(a).localeCompare(monthFirst(b)))[0];
}
const monthFirst = (/** @type {string} */ date) => (date.length === 7 ? `${date}-00` : date);

/** @param {Raw[]} list @param {string} where @param {Ctx} ctx */
function sources(list, where, ctx) {
  return list.flatMap((s) => {
    if (!/^https?:\/\//.test(s.url)) {
      ctx.report(`${where}: left out source ${s.url} — not an http(s) URL`);
      return [];
    }
    const published = String(s.published ?? '').match(/^\d{4}-\d{2}(?:-\d{2})?(?!\d)/)?.[0];
    if (s.published && !published) {
      ctx.report(`${where}: source ${s.url} published "${s.published}" kept undated — no year-month in it`);
    }
    const relay = RELAY_BY_OUTLET.find(([pattern]) => /** @type {RegExp} */ (pattern).test(s.outlet))?.[1];
    return [
      {
        url: s.url,
        outlet: s.outlet,
        ...(published ? { published } : {}),
        language: s.language,
        ...(relay ? { relay } : {}),
      },
    ];
  });
}

/**
 * Claim ids are `<side>-<n>` in date order; claims are written in that order too. Claims added
 * later (`added: true`: from a gap-claims file, or left out of an earlier import and dated since
 * from STATED_DATES) take the next free number of their side after the research's own claims,
 * whatever their date: ids are permalinks and are never renumbered.
 * @param {Raw[]} claims
 */
function numberClaims(claims) {
  const ordered = claims
    .map((claim, i) => ({ claim, i }))
    .sort((a, b) => sortKey(a.claim.date).localeCompare(sortKey(b.claim.date)) || a.i - b.i)
    .map(({ claim }) => claim);
  /** @type {Record<string, number>} */
  const counters = {};
  /** @type {Map<Raw, string>} */
  const ids = new Map();
  for (const claim of [...ordered.filter((c) => !c.added), ...ordered.filter((c) => c.added)]) {
    counters[claim.side] = (counters[claim.side] ?? 0) + 1;
    ids.set(claim, `${claim.side}-${counters[claim.side]}`);
  }
  return ordered.map((claim) => {
    const { added: _added, ...rest } = claim;
    return { ...rest, id: ids.get(claim) ?? '' };
  });
}

/** A month-only date is not known to precede anything in that month, so it sorts after its days. */
const sortKey = (/** @type {string} */ date) => (date.length === 7 ? `${date}-32` : date);
