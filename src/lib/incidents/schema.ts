/**
 * The shape of one incident file (`geo/incidents/<id>.json`), as valibot schemas and the TS types
 * inferred from them. Structure lives here; rules that span several fields (id = file name, end ≥
 * start, unique claim ids, value or wording…) live in `parse.ts`, which is the only way in.
 * Descriptions are carried into `geo/incidents/schema.json` so editors can show them.
 */
import * as v from 'valibot';
import { CLIP_BOX } from '../../../geo/basemap/lib/config.mjs';
import { isCalendarDate } from '../dates.ts';

export const SIDES = [
  'army',
  'rebels',
  'jihadists',
  'russia',
  'france',
  'plateforme',
  'un',
  'foreign',
  'community',
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
  'foreign',
  'assailants',
  'unspecified',
] as const;
/**
 * What part of a figure a side stated, when it gave parts rather than a total ("39 destroyed and
 * 15 seized"): the parts are recorded as stated, and any total is Recoupe's sum, labelled as ours.
 */
export const QUALIFIERS = [
  'destroyed',
  'seized',
  'damaged',
  'out-of-service',
  'armoured',
  'light-vehicles',
  'officers',
  'soldiers',
  'serious',
] as const;
/** Kinds of change an editor records in an incident's history (shown to readers). */
export const HISTORY_TYPES = ['correction', 'precision', 'update'] as const;
/** Gazetteers a place can be matched against (ids as each publishes them). */
export const GAZETTEERS = ['geonames', 'wof'] as const;
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
/** Mali's regions as the press names them (the pre-2023 map plus Taoudénit and Ménaka). */
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
/** Who relayed a source, when the outlet is state-run or aligned with a party. */
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
// A month alone is allowed where only a month was seen (page metadata): a day is never invented.
const DAY_OR_MONTH = /^\d{4}-\d{2}(?:-\d{2})?$/;
const HTTP_URL = /^https?:\/\/[^\s/]+\.[^\s]+$/;
/**
 * Bidirectional embedding, override and isolate controls: in data they would reverse the
 * interface's own text around them (a title that reads backwards), so no text may carry them.
 */
export const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069]/;
const LANGUAGE = /^[a-z]{2,3}$/;

const text = (what: string) =>
  v.pipe(
    v.string(),
    v.regex(/\S/, 'expected non-empty text'),
    v.check(
      (s) => !BIDI_CONTROLS.test(s),
      'contains a bidirectional control character (U+202A–202E, U+2066–2069)',
    ),
    v.description(what),
  );
const day = (what: string) =>
  v.pipe(
    v.string(),
    v.regex(DAY, 'expected a date YYYY-MM-DD'),
    v.check(isCalendarDate, 'is not a calendar date'),
    v.description(what),
  );
const dayOrMonth = (what: string) =>
  v.pipe(
    v.string(),
    v.regex(DAY_OR_MONTH, 'expected a date YYYY-MM-DD or YYYY-MM'),
    v.check(isCalendarDate, 'is not a calendar date'),
    v.description(what),
  );
const httpUrl = (what: string) =>
  v.pipe(v.string(), v.regex(HTTP_URL, 'expected an http(s) URL'), v.description(what));
const language = (what: string) =>
  v.pipe(
    v.string(),
    v.regex(LANGUAGE, 'expected an ISO 639 code such as "fr" (or "tmh" where there is no two-letter one)'),
    v.description(what),
  );
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

export const ArchiveSchema = v.pipe(
  v.strictObject({
    url: httpUrl('The archived copy (e.g. a Wayback Machine capture).'),
    captured: day('The day the copy was captured, as the archive states it.'),
  }),
  v.description('An archived copy of the source, as the archive reported it.'),
);

export const SourceSchema = v.strictObject({
  url: httpUrl('Where the claim can be read (http or https only).'),
  outlet: text('The outlet that published this page: a proper name only ("Koaci", "RFI").'),
  published: v.optional(dayOrMonth('Publication date as seen; YYYY-MM when only the month is known.')),
  language: language('Language of the page.'),
  origin: v.optional(
    text('When the page republishes another outlet’s or agency’s text: that original ("AFP", "RFI").'),
  ),
  country: v.optional(
    v.pipe(
      v.string(),
      v.regex(/^[A-Z]{2}$/, 'expected an ISO 3166-1 alpha-2 code such as "DZ"'),
      v.description('Country of the outlet, when it helps the reader place it (ISO 3166-1 alpha-2).'),
    ),
  ),
  relay: v.optional(
    v.pipe(v.picklist(RELAYS), v.description('Set when the outlet is state-run or aligned with a party.')),
  ),
  archive: v.optional(ArchiveSchema),
});

export const FigureValueSchema = v.pipe(
  v.union([
    count('An exact number.'),
    v.strictObject({ min: count('Lower bound.'), max: count('Upper bound.') }),
    v.strictObject({ at_least: count('"At least" / "more than" bound, inclusive.') }),
  ]),
  v.description(
    'A number the source stated in digits or number words for an exact count: an integer, a range {min, max} or a lower bound {at_least}. Never derived from approximate words ("une trentaine").',
  ),
);

export const WordingSchema = v.pipe(
  v.strictObject({
    text: text('The source’s own words, in its language ("une trentaine", "dozens").'),
    lang: language('Language of those words.'),
    gloss: v.optional(
      v.strictObject({
        fr: v.optional(text('A French translation, when the words are not French.')),
        en: v.optional(text('An English translation, when the words are not English.')),
      }),
    ),
  }),
  v.description(
    'The words the source used, kept as words, with a translation for each interface language they are not in.',
  ),
);

export const FigureSchema = v.pipe(
  v.strictObject({
    measure: v.picklist(MEASURES),
    group: v.pipe(
      v.picklist(GROUPS),
      v.description('Whose losses. "assailants" = attackers the claimant does not name.'),
    ),
    value: v.optional(FigureValueSchema),
    wording: v.optional(WordingSchema),
    qualifiers: v.optional(
      v.pipe(
        v.array(v.picklist(QUALIFIERS)),
        v.minLength(1),
        v.description(
          'This figure is a part the side stated ("destroyed", "officers"): other parts go in figures of their own; any total is computed by Recoupe and labelled as such.',
        ),
      ),
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
  claimant: v.pipe(LocalizedSchema, v.description('Who spoke, in French and English.')),
  side: v.picklist(SIDES),
  stance: v.picklist(STANCES),
  scope: v.optional(
    v.pipe(
      LocalizedSchema,
      v.description(
        'The part of the event this claim covers, in words ("the first assault, 18 January"). Absent: the whole event.',
      ),
    ),
  ),
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
  language: language('Language the claim was made in.'),
  summary: LocalizedSchema,
  figures: v.array(FigureSchema),
  note: v.optional(LocalizedSchema),
  secondary_source_only: v.optional(
    v.pipe(v.literal(true), v.description('The only source is a secondary summary (e.g. Wikipedia).')),
  ),
  sources: v.pipe(v.array(SourceSchema), v.minLength(1, 'every claim needs at least one source')),
});

export const GazetteerRefSchema = v.pipe(
  v.strictObject({
    source: v.picklist(GAZETTEERS),
    id: v.pipe(v.string(), v.regex(/^\d+$/, 'expected the gazetteer’s numeric id, as a string')),
    name: text('The name the gazetteer gives the place.'),
  }),
  v.description('The gazetteer record the point was taken from (geo/gazetteer/).'),
);

export const PlaceSchema = v.strictObject({
  name: text('Place name as usually spelled in French-language media.'),
  name_en: v.optional(text('The English exonym, only where English has its own (Timbuktu).')),
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
  cercle: v.optional(text('Cercle (district), when known.')),
  lat: latitude('WGS84 latitude.'),
  lon: longitude('WGS84 longitude.'),
  precision_km: v.pipe(v.number(), v.minValue(0), v.description('How far the point may be off, in km.')),
  precision_note: LocalizedSchema,
  gazetteer: v.optional(GazetteerRefSchema),
  located_by: v.optional(
    v.pipe(
      LocalizedSchema,
      v.description(
        'When no gazetteer has the place: what located it, in neutral words ("about 40 km north of Gao, per RFI").',
      ),
    ),
  ),
});

export const OtherLocationSchema = v.strictObject({
  name: v.pipe(LocalizedSchema, v.description('What happened there, e.g. "Gao airport (rocket fire)".')),
  lat: latitude('WGS84 latitude.'),
  lon: longitude('WGS84 longitude.'),
  note: v.optional(LocalizedSchema),
  gazetteer: v.optional(GazetteerRefSchema),
  located_by: v.optional(LocalizedSchema),
});

export const HistoryEntrySchema = v.pipe(
  v.strictObject({
    date: day('When the change was published.'),
    type: v.picklist(HISTORY_TYPES),
    note: v.pipe(LocalizedSchema, v.description('What changed and why, for readers.')),
  }),
  v.description(
    'A substantive change readers should know about: claim added, figure corrected, place moved.',
  ),
);

export const IncidentSchema = v.strictObject({
  $schema: v.optional(v.string()),
  id: v.pipe(
    v.string(),
    v.regex(ID_PATTERN, 'expected YYYY-MM-DD-place[-what] in lowercase ASCII'),
    v.description('YYYY-MM-DD-place[-what], equal to the file name. A permalink: never renamed.'),
  ),
  published: day('The day the incident was first published on Recoupe.'),
  history: v.optional(v.array(HistoryEntrySchema)),
  withdrawn: v.optional(
    v.pipe(
      v.strictObject({ date: day('When it was withdrawn.'), reason: LocalizedSchema }),
      v.description(
        'A withdrawn incident keeps its page, which says why; it leaves the map, list and exports.',
      ),
    ),
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
  parties: v.pipe(v.array(text('A party involved, by its name (e.g. "FAMa", "CSP-PSD").')), v.minLength(1)),
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
export type Qualifier = (typeof QUALIFIERS)[number];
export type Stance = (typeof STANCES)[number];
export type DatePrecision = (typeof DATE_PRECISIONS)[number];
export type DateBasis = (typeof DATE_BASES)[number];
export type EventType = (typeof EVENT_TYPES)[number];
export type Region = (typeof REGIONS)[number];
export type Relay = (typeof RELAYS)[number];
export type HistoryType = (typeof HISTORY_TYPES)[number];
export type Localized = { fr: string; en: string };
export type Source = v.InferOutput<typeof SourceSchema>;
export type FigureValue = v.InferOutput<typeof FigureValueSchema>;
export type Wording = v.InferOutput<typeof WordingSchema>;
export type Figure = v.InferOutput<typeof FigureSchema>;
export type Claim = v.InferOutput<typeof ClaimSchema>;
export type Place = v.InferOutput<typeof PlaceSchema>;
export type OtherLocation = v.InferOutput<typeof OtherLocationSchema>;
export type HistoryEntry = v.InferOutput<typeof HistoryEntrySchema>;
export type Incident = v.InferOutput<typeof IncidentSchema>;
