/**
 * The dataset's published forms (contract §2): one GeoJSON FeatureCollection and two tidy CSVs.
 * Pure and deterministic — same incidents in, same bytes out — so builds are reproducible.
 */
import Papa from 'papaparse';
import type { Incident, Source } from './schema.ts';
import { valueBounds } from '../compare/values.ts';
import { byDateThenId } from './order.ts';

export const FIGURES_HEADER = [
  'incident_id',
  'incident_date',
  'place',
  'region',
  'latitude',
  'longitude',
  'claim_id',
  'side',
  'claimant_en',
  'claimant_fr',
  'claim_date',
  'scope_en',
  'measure',
  'group',
  'qualifiers',
  'value_min',
  'value_max',
  'wording',
  'wording_lang',
  'source_urls',
] as const;

export const CLAIMS_HEADER = [
  'incident_id',
  'incident_date',
  'incident_title_en',
  'incident_title_fr',
  'place',
  'region',
  'claim_id',
  'side',
  'claimant_en',
  'claimant_fr',
  'stance',
  'scope_en',
  'scope_fr',
  'claim_date',
  'claim_date_basis',
  'language',
  'summary_en',
  'summary_fr',
  'sources',
  'source_urls',
] as const;

/** The incident without its editor-only `$schema` key. */
export type IncidentProperties = Omit<Incident, '$schema'>;

export interface IncidentFeature {
  type: 'Feature';
  /** ≥ 1: supercluster drops features whose id is 0. */
  id: number;
  geometry: { type: 'Point'; coordinates: [number, number] };
  properties: IncidentProperties;
}

export interface IncidentFeatureCollection {
  type: 'FeatureCollection';
  features: IncidentFeature[];
}

const sorted = (incidents: readonly Incident[]) => [...incidents].sort(byDateThenId);

export function toFeatureCollection(incidents: readonly Incident[]): IncidentFeatureCollection {
  return {
    type: 'FeatureCollection',
    features: sorted(incidents).map((incident, i) => {
      const { $schema: _schema, ...properties } = incident;
      return {
        type: 'Feature',
        id: i + 1,
        geometry: { type: 'Point', coordinates: [incident.place.lon, incident.place.lat] },
        properties,
      };
    }),
  };
}

type Cell = string | number;
/**
 * CSV for spreadsheets: CRLF and quoting only where needed (RFC 4180); a byte-order mark so
 * Excel reads UTF-8 (French Excel shows "Ã©" for "é" without it); text cells that a spreadsheet
 * would run as a formula (=, +, -, @, tab, CR first: OWASP's CSV injection advice) prefixed with a
 * quote. Numbers are written as numbers, so negative longitudes stay numbers.
 */
const toCsv = (fields: readonly string[], data: Cell[][]) =>
  '\ufeff' +
  Papa.unparse({ fields: [...fields], data }, { newline: '\r\n', quotes: false, escapeFormulae: true });

const urls = (sources: readonly Source[]) => sources.map((s) => s.url).join(' ');
/** "Koaci <https://…>; RTI Info <https://…>": each URL with its outlet. */
const outlets = (sources: readonly Source[]) => sources.map((s) => `${s.outlet} <${s.url}>`).join('; ');

/** One row per claimed figure. */
export function figuresCsv(incidents: readonly Incident[]): string {
  const rows: Cell[][] = [];
  for (const incident of sorted(incidents)) {
    const { place } = incident;
    for (const claim of incident.claims) {
      for (const figure of claim.figures) {
        const { min, max } = valueBounds(figure.value);
        rows.push([
          incident.id,
          incident.date.start,
          place.name,
          place.region,
          place.lat,
          place.lon,
          claim.id,
          claim.side,
          claim.claimant.en,
          claim.claimant.fr,
          claim.date,
          claim.scope?.en ?? '',
          figure.measure,
          figure.group,
          (figure.qualifiers ?? []).join(' '),
          min ?? '',
          max ?? '',
          figure.wording?.text ?? '',
          figure.wording?.lang ?? '',
          urls(claim.sources),
        ]);
      }
    }
  }
  return toCsv(FIGURES_HEADER, rows);
}

/** One row per claim, figures or not. */
export function claimsCsv(incidents: readonly Incident[]): string {
  const rows: Cell[][] = sorted(incidents).flatMap((incident) =>
    incident.claims.map((claim) => [
      incident.id,
      incident.date.start,
      incident.title.en,
      incident.title.fr,
      incident.place.name,
      incident.place.region,
      claim.id,
      claim.side,
      claim.claimant.en,
      claim.claimant.fr,
      claim.stance,
      claim.scope?.en ?? '',
      claim.scope?.fr ?? '',
      claim.date,
      claim.date_basis ?? '',
      claim.language,
      claim.summary.en,
      claim.summary.fr,
      outlets(claim.sources),
      urls(claim.sources),
    ]),
  );
  return toCsv(CLAIMS_HEADER, rows);
}
