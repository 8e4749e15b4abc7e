/**
 * The shape of one incident file (`geo/incidents/<id>.json`), as valibot schemas and the TS types
 * inferred from them. Structure lives here; rules that span several fields (id = file name, end ≥
 * start, unique claim ids, value or wording…) live in `parse.ts`, which is the only way in.
 * Descriptions are carried into `geo/incidents/schema.json` so editors can show them.
 */
import * as v from 'valibot';
import { CLIP_BOX } from '../../../geo/basemap/lib/config.mjs';

export const SIDES = [
  'army',
  'rebels',
  'jihadists',
  'russia',
  'france',
  'plateforme',
  'un',
  'independent',
  'local',
] as const;
export const MEASURES = [
  'killed',
  'wounded',
  'missing',
  'captured',
  'aircraft_lost',
  'vehicles_lost',
  'neutralised',
] as const;
export const GROUPS = [
  'army',
  'rebels',
  'jihadists',
  'civilians',
  'russia',
  'france',
  'plateforme',
  'un',
  'assailants',
  'unspecified',
] as const;
export const STANCES = ['statement', 'denial', 'no-comment'] as const;
/** What a claim's date stands for when it is not the day the statement was made. */
export const DATE_BASES = ['published'] as const;
export const DATE_PRECISIONS = ['day', 'week', 'month'] as const;
export const EVENT_TYPES = [
  'attack-on-base',
  'ambush',
  'clash',
  'seizure',
  'military-operation',
  'airstrike',
  'drone-strike',
  'shelling',
  'suicide-attack',
  'ied',
  'attack-on-civilians',
  'attack-on-un',
  'attack-on-aircraft',
  'aircraft-loss',
  'camp-handover',
  'executions',
  'hostages',
  'mass-grave',
  'information-operation',
  'destruction',
] as const;
/** Mali's regions as the research names them (pre-2023 map plus Taoudénit and Ménaka). */
export const REGIONS = [
  'Tombouctou',
  'Taoudénit',
  'Gao',
  'Kidal',
  'Ménaka',
  'Mopti',
  'Ségou',
  'Koulikoro',
  'Kayes',
  'Sikasso',
  'Bamako',
] as const;
/** Who relayed a source, when the research flags the outlet as aligned with a party. */
export const RELAYS = [
  'state',
  'pro-government',
  'pro-rebel',
  'pro-jihadist',
  'russian-state',
  'partisan',
] as const;

/** The map's area of interest: Mali plus a margin, so a point plotted in Senegal or the sea is caught. */
const [lonMin, latMin, lonMax, latMax] = CLIP_BOX;

export const ID_PATTERN = /^\d{4}-\d{2}-\d{2}-[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const CLAIM_ID_PATTERN = new RegExp(`^(?:${SIDES.join('|')})-[1-9]\\d*$`);
const DAY = /^\d{4}-\d{2}-\d{2}$/;
// A month alone is allowed where the research only saw a month (page metadata): a day is never invented.
const DAY_OR_MONTH = /^\d{4}-\d{2}(?:-\d{2})?$/;
const HTTP_URL = /^https?:\/\/[^\s/]+\.[^\s]+$/;

const text = (what: string) =>
  v.pipe(v.string(), v.regex(/\S/, 'expected non-empty text'), v.description(what));
const day = (what: string) =>
  v.pipe(v.string(), v.regex(DAY, 'expected a date YYYY-MM-DD'), v.isoDate(), v.description(what));
const dayOrMonth = (what: string) =>
  v.pipe(v.string(), v.regex(DAY_OR_MONTH, 'expected a date YYYY-MM-DD or YYYY-MM'), v.description(what));
const httpUrl = (what: string) =>
  v.pipe(v.string(), v.regex(HTTP_URL, 'expected an http(s) URL'), v.description(what));
const outside = (axis: string, lo: number, hi: number) =>
  `outside the map's region (Mali plus margin: ${axis} ${lo}…${hi})`;
const latitude = (what: string) =>
  v.pipe(
    v.number(),
    v.minValue(latMin, outside('lat', latMin, latMax)),
    v.maxValue(latMax, outside('lat', latMin, latMax)),
    v.description(what),
  );
const longitude = (what: string) =>
  v.pipe(
    v.number(),
    v.minValue(lonMin, outside('lon', lonMin, lonMax)),
    v.maxValue(lonMax, outside('lon', lonMin, lonMax)),
    v.description(what),
  );
const count = (what: string) => v.pipe(v.number(), v.integer(), v.minValue(0), v.description(what));

export const LocalizedSchema = v.pipe(
  v.strictObject({ fr: text('French text, own words'), en: text('English text, own words') }),
  v.description('The same text in French and English.'),
);

export const SourceSchema = v.strictObject({
  url: httpUrl('Where the claim can be read (http or https only).'),
  outlet: text('Outlet that published it; the original agency in brackets, e.g. "Koaci (AFP)".'),
  published: v.optional(dayOrMonth('Publication date as seen; YYYY-MM when only the month is known.')),
  language: v.pipe(v.string(), v.regex(/^[a-z]{2}$/), v.description('ISO 639-1 language code.')),
  archive_url: v.optional(httpUrl('An archived copy (e.g. Wayback Machine).')),
  relay: v.optional(
    v.pipe(v.picklist(RELAYS), v.description('Set when the outlet is state-run or aligned with a party.')),
  ),
});

export const FigureValueSchema = v.pipe(
  v.union([
    count('An exact number.'),
    v.strictObject({ min: count('Lower bound.'), max: count('Upper bound.') }),
    v.strictObject({ at_least: count('"At least" / "more than" bound, inclusive.') }),
  ]),
  v.description('A number, a range {min, max} or a lower bound {at_least}. Never derived from words.'),
);

export const FigureSchema = v.pipe(
  v.strictObject({
    measure: v.picklist(MEASURES),
    group: v.pipe(
      v.picklist(GROUPS),
      v.description('Whose losses. "assailants" = attackers the claimant does not name.'),
    ),
    value: v.optional(FigureValueSchema),
    wording: v.optional(
      text('The words the source used ("une trentaine"). Required when there is no value.'),
    ),
  }),
  v.description('One claimed number (or words) for one measure of one group.'),
);

export const ClaimSchema = v.strictObject({
  id: v.pipe(
    v.string(),
    v.regex(CLAIM_ID_PATTERN, 'expected <side>-<n>, e.g. "army-1"'),
    v.description('Unique within the incident, e.g. "army-1". A permalink: never renumber.'),
  ),
  claimant: text('Who spoke, e.g. "FAMa general staff communiqué".'),
  side: v.picklist(SIDES),
  stance: v.picklist(STANCES),
  date: dayOrMonth('When the claim was made (YYYY-MM when only the month is known).'),
  date_precision: v.optional(v.picklist(['day', 'month'])),
  date_basis: v.optional(
    v.pipe(
      v.picklist(DATE_BASES),
      v.description(
        '"published": the statement date is not recorded; `date` is when the claim was first published (the earliest dated source).',
      ),
    ),
  ),
  date_note: v.optional(LocalizedSchema),
  language: v.pipe(v.string(), v.regex(/^[a-z]{2}$/), v.description('Language the claim was made in.')),
  summary: LocalizedSchema,
  figures: v.array(FigureSchema),
  note: v.optional(LocalizedSchema),
  secondary_source_only: v.optional(
    v.pipe(v.literal(true), v.description('The only source is a secondary summary (e.g. Wikipedia).')),
  ),
  sources: v.pipe(v.array(SourceSchema), v.minLength(1, 'every claim needs at least one source')),
});

export const PlaceSchema = v.strictObject({
  name: text('Place name as usually spelled in French-language media.'),
  alt_names: v.optional(v.array(text('Another spelling.'))),
  detail: v.optional(
    v.pipe(LocalizedSchema, v.description('What exactly happened where, when the name alone does not say.')),
  ),
  region: v.picklist(REGIONS),
  other_regions: v.optional(v.array(v.picklist(REGIONS))),
  region_note: v.optional(
    v.pipe(
      LocalizedSchema,
      v.description('Doubts about the region label, e.g. "Ménaka (then part of Gao region)".'),
    ),
  ),
  cercle: v.optional(text('Cercle (district), when known; may record doubts.')),
  lat: latitude('WGS84 latitude.'),
  lon: longitude('WGS84 longitude.'),
  precision_km: v.pipe(v.number(), v.minValue(0), v.description('How far the point may be off, in km.')),
  precision_note: LocalizedSchema,
  coord_source: v.optional(text('Where the coordinates come from.')),
});

export const OtherLocationSchema = v.strictObject({
  name: text('What happened there, e.g. "Gao airport (rocket fire)".'),
  lat: latitude('WGS84 latitude.'),
  lon: longitude('WGS84 longitude.'),
  note: v.optional(text('Remark on this location.')),
  coord_source: v.optional(text('Where the coordinates come from.')),
});

export const IncidentSchema = v.strictObject({
  $schema: v.optional(v.string()),
  id: v.pipe(
    v.string(),
    v.regex(ID_PATTERN, 'expected YYYY-MM-DD-place[-what] in lowercase ASCII'),
    v.description('YYYY-MM-DD-place[-what], equal to the file name. A permalink: never renamed.'),
  ),
  date: v.strictObject({
    start: day('First day of the incident.'),
    end: v.optional(day('Last day, when it lasted more than one day.')),
    precision: v.picklist(DATE_PRECISIONS),
    note: v.optional(LocalizedSchema),
  }),
  title: LocalizedSchema,
  place: PlaceSchema,
  other_locations: v.optional(v.array(OtherLocationSchema)),
  types: v.pipe(v.array(v.picklist(EVENT_TYPES)), v.minLength(1)),
  parties: v.pipe(v.array(text('A party involved, as named in the sources.')), v.minLength(1)),
  verification: LocalizedSchema,
  disagreements: v.pipe(
    v.array(LocalizedSchema),
    v.description('Recorded disagreements between sources, stated not resolved.'),
  ),
  claims: v.pipe(v.array(ClaimSchema), v.minLength(1, 'an incident needs at least one claim')),
  extra_sources: v.optional(
    v.pipe(v.array(SourceSchema), v.description('Context sources not tied to one claim.')),
  ),
});

export type Side = (typeof SIDES)[number];
export type Measure = (typeof MEASURES)[number];
export type Group = (typeof GROUPS)[number];
export type Stance = (typeof STANCES)[number];
export type DatePrecision = (typeof DATE_PRECISIONS)[number];
export type DateBasis = (typeof DATE_BASES)[number];
export type EventType = (typeof EVENT_TYPES)[number];
export type Region = (typeof REGIONS)[number];
export type Relay = (typeof RELAYS)[number];
export type Localized = { fr: string; en: string };
export type Source = v.InferOutput<typeof SourceSchema>;
export type FigureValue = v.InferOutput<typeof FigureValueSchema>;
export type Figure = v.InferOutput<typeof FigureSchema>;
export type Claim = v.InferOutput<typeof ClaimSchema>;
export type Place = v.InferOutput<typeof PlaceSchema>;
export type OtherLocation = v.InferOutput<typeof OtherLocationSchema>;
export type Incident = v.InferOutput<typeof IncidentSchema>;
