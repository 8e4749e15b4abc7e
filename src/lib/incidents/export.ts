/**
 * The dataset's published forms (contract §2): one GeoJSON FeatureCollection and two tidy CSVs.
 * Pure and deterministic — same incidents in, same bytes out — so builds are reproducible.
 */
import Papa from 'papaparse';
import type { Incident } from './schema.ts';
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
  'claimant',
  'claim_date',
  'measure',
  'group',
  'value_min',
  'value_max',
  'wording',
  'source_urls',
] as const;

export const CLAIMS_HEADER = [
  'incident_id',
  'claim_id',
  'side',
  'claimant',
  'stance',
  'claim_date',
  'language',
  'summary_en',
  'summary_fr',
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
const toCsv = (fields: readonly string[], data: Cell[][]) =>
  // CRLF and quoting only where needed (commas, quotes, line breaks): RFC 4180.
  Papa.unparse({ fields: [...fields], data }, { newline: '\r\n', quotes: false });

const urls = (sources: readonly { url: string }[]) => sources.map((s) => s.url).join(' ');

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
          claim.claimant,
          claim.date,
          figure.measure,
          figure.group,
          min ?? '',
          max ?? '',
          figure.wording ?? '',
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
      claim.id,
      claim.side,
      claim.claimant,
      claim.stance,
      claim.date,
      claim.language,
      claim.summary.en,
      claim.summary.fr,
      urls(claim.sources),
    ]),
  );
  return toCsv(CLAIMS_HEADER, rows);
}
