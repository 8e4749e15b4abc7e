import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { claimsCsv, figuresCsv, toFeatureCollection } from '../../../src/lib/incidents/export';
import { parseIncident } from '../../../src/lib/incidents/parse';
import type { Incident } from '../../../src/lib/incidents/schema';
import { valueBounds } from '../../../src/lib/compare/values';
import { incidentsFromFeatureCollection } from '../../../src/lib/incidents/load';
import { minimalIncident } from './fixtures';

function lere(): Incident {
  return parseIncident(minimalIncident());
}

/** A second incident, earlier in time, whose claimant needs every kind of CSV quoting. */
function tessit(): Incident {
  const raw = minimalIncident();
  raw.id = '2022-08-07-tessit';
  raw.date = { start: '2022-08-07', precision: 'day' };
  const claim = raw.claims[0];
  if (!claim) throw new Error('fixture has no claim');
  claim.claimant = { fr: 'FAMa, communiqué "n°054"\nsecond line', en: '=HYPERLINK("x") FAMa' };
  claim.figures = [{ measure: 'killed', group: 'army', value: { at_least: 42 } }];
  raw.claims = [claim];
  return parseIncident(raw);
}

/** Without the byte-order mark, as a spreadsheet reads it. */
const parseCsv = (csv: string) =>
  Papa.parse<Record<string, string>>(csv.replace(/^\ufeff/, ''), { header: true, newline: '\r\n' });
const header = (csv: string) => csv.replace(/^\ufeff/, '').split('\r\n')[0];

describe('figuresCsv', () => {
  it('starts with a byte-order mark (Excel reads UTF-8) and exactly the contract header', () => {
    const csv = figuresCsv([lere()]);
    expect(csv.startsWith('\ufeff')).toBe(true);
    expect(header(csv)).toBe(
      'incident_id,incident_date,place,region,latitude,longitude,claim_id,side,claimant_en,claimant_fr,claim_date,scope_en,measure,group,qualifiers,value_min,value_max,wording,wording_lang,source_urls',
    );
  });

  it('parses back into the same figures: exact, words only, range, at least', () => {
    const { data, errors } = parseCsv(figuresCsv([lere(), tessit()]));
    expect(errors).toEqual([]);
    const rows = data.map((r) => [
      r.incident_id,
      r.claim_id,
      r.measure,
      r.group,
      r.value_min,
      r.value_max,
      r.wording,
      r.wording_lang,
    ]);
    expect(rows).toEqual([
      ['2022-08-07-tessit', 'army-1', 'killed', 'army', '42', '', '', ''],
      ['2023-09-17-lere', 'army-1', 'killed', 'army', '5', '5', '', ''],
      ['2023-09-17-lere', 'army-1', 'neutralised', 'assailants', '', '', 'une trentaine', 'fr'],
      ['2023-09-17-lere', 'rebels-1', 'wounded', 'army', '10', '20', '10 à 20', 'fr'],
    ]);
  });

  it('quotes commas, double quotes and line breaks as RFC 4180 requires', () => {
    const csv = figuresCsv([tessit()]);
    expect(csv).toContain('"FAMa, communiqué ""n°054""\nsecond line"');
    expect(parseCsv(csv).data[0]?.claimant_fr).toBe('FAMa, communiqué "n°054"\nsecond line');
  });

  it('defuses text a spreadsheet would run as a formula, and keeps negative longitudes numbers', () => {
    const row = parseCsv(figuresCsv([tessit()])).data[0]!;
    expect(row.claimant_en).toBe(`'=HYPERLINK("x") FAMa`);
    expect(row.longitude).toBe('-4.9167');
  });

  it('joins source URLs with spaces and carries the place and its coordinates', () => {
    const row = parseCsv(figuresCsv([lere()])).data[0];
    expect(row).toMatchObject({
      place: 'Léré',
      region: 'Tombouctou',
      latitude: '15.7167',
      longitude: '-4.9167',
      source_urls: 'https://koaci.com/article/1',
    });
  });
});

describe('claimsCsv', () => {
  it('has exactly the contract header and one row per claim, figures or not', () => {
    const incident = lere();
    const csv = claimsCsv([incident]);
    expect(header(csv)).toBe(
      'incident_id,incident_date,incident_title_en,incident_title_fr,place,region,claim_id,side,claimant_en,claimant_fr,stance,scope_en,scope_fr,claim_date,claim_date_basis,language,summary_en,summary_fr,sources,source_urls',
    );
    expect(parseCsv(csv).data.map((r) => [r.claim_id, r.stance, r.summary_fr])).toEqual([
      ['army-1', 'statement', 'Cinq soldats tués.'],
      ['rebels-1', 'statement', '35 soldats tués.'],
    ]);
  });

  it('names each source’s outlet beside its URL', () => {
    const row = parseCsv(claimsCsv([lere()])).data[1]!;
    expect(row.sources).toBe('RTI Info <https://rti.info/a>');
    expect(row.incident_title_fr).toBe('Attaque de Léré');
  });
});

describe('toFeatureCollection', () => {
  it('gives one Point per incident, in date order, with numeric ids from 1 and the slug in properties', () => {
    const fc = toFeatureCollection([lere(), tessit()]);
    expect(fc.features.map((f) => [f.id, f.properties.id, f.geometry.coordinates])).toEqual([
      [1, '2022-08-07-tessit', [-4.9167, 15.7167]],
      [2, '2023-09-17-lere', [-4.9167, 15.7167]],
    ]);
  });

  it('carries the whole incident, claims included, and parses back to the same incidents', () => {
    const incidents = [tessit(), lere()];
    const json = JSON.parse(JSON.stringify(toFeatureCollection(incidents)));
    expect(incidentsFromFeatureCollection(json)).toEqual(incidents);
  });

  it('does not mutate or reorder its input', () => {
    const incidents = [lere(), tessit()];
    const before = structuredClone(incidents);
    toFeatureCollection(incidents);
    figuresCsv(incidents);
    expect(incidents).toEqual(before);
  });
});

describe('incidentsFromFeatureCollection', () => {
  it('rejects something that is not a FeatureCollection', () => {
    expect(() => incidentsFromFeatureCollection({ type: 'Feature' })).toThrow(
      /expected a GeoJSON FeatureCollection/,
    );
  });
});

describe('valueBounds', () => {
  it.each([
    [7, { min: 7, max: 7 }],
    [
      { min: 12, max: 15 },
      { min: 12, max: 15 },
    ],
    [{ at_least: 20 }, { min: 20 }],
    [undefined, {}],
  ] as const)('reads %j as %j', (value, bounds) => {
    expect(valueBounds(value)).toEqual(bounds);
  });
});
