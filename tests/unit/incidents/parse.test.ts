import { describe, expect, it } from 'vitest';
import { IncidentError, parseIncident } from '../../../src/lib/incidents/parse';
import { minimalIncident } from './fixtures';

const FILE = 'geo/incidents/2023-09-17-lere.json';
const WHERE = `${FILE} › incident "2023-09-17-lere" › `;

/** The error parseIncident throws for `json`, failing the test if it does not throw one. */
function errorFor(json: unknown, file = FILE): IncidentError {
  try {
    parseIncident(json, file);
  } catch (error) {
    if (error instanceof IncidentError) return error;
    throw error;
  }
  throw new Error('expected parseIncident to throw');
}

function claim(incident: ReturnType<typeof minimalIncident>, i: number): Record<string, unknown> {
  const found = incident.claims[i];
  if (!found) throw new Error(`fixture has no claims[${i}]`);
  return found;
}

describe('parseIncident', () => {
  it('accepts a minimal valid incident and returns it typed', () => {
    const parsed = parseIncident(minimalIncident(), FILE);
    expect(parsed.id).toBe('2023-09-17-lere');
    expect(parsed.claims.map((c) => c.id)).toEqual(['army-1', 'rebels-1']);
  });

  it('does not mutate its input', () => {
    const input = minimalIncident();
    const before = structuredClone(input);
    parseIncident(input, FILE);
    expect(input).toEqual(before);
  });

  it.each([
    ['null', null, 'got null'],
    ['an array', [], 'got an array'],
    ['a string', 'lere', 'got "lere"'],
  ])('rejects %s with a message naming the file', (_label, junk, got) => {
    expect(errorFor(junk).message).toBe(`${FILE} › incident (no id): expected an incident object; ${got}`);
  });

  it('names the claim and lists the allowed sides for an unknown side', () => {
    const incident = minimalIncident();
    claim(incident, 1).side = 'wagner';
    expect(errorFor(incident).message).toBe(
      `${WHERE}claims[1].side: expected one of army, rebels, jihadists, russia, france, plateforme, un, foreign, community, independent, local; got "wagner"`,
    );
  });

  it('accepts date_basis "published" when the date is the earliest source publication date', () => {
    const incident = minimalIncident();
    const c = claim(incident, 0);
    c.date_basis = 'published';
    c.date = '2023-09';
    c.date_precision = 'month';
    c.sources = [
      { url: 'https://example.org/a', outlet: 'A', published: '2023-09-20', language: 'fr' },
      { url: 'https://example.org/b', outlet: 'B', published: '2023-09', language: 'fr' },
    ];
    expect(parseIncident(incident, FILE).claims[0]?.date_basis).toBe('published');
  });

  it('rejects date_basis "published" on a date no source was published on', () => {
    const incident = minimalIncident();
    const c = claim(incident, 0);
    c.date_basis = 'published';
    c.sources = [{ url: 'https://example.org/a', outlet: 'A', published: '2023-09-20', language: 'fr' }];
    expect(errorFor(incident).message).toBe(
      `${WHERE}claims[0].date: with date_basis "published" must be the earliest source publication date (2023-09-20); got "${String(c.date)}"`,
    );
  });

  it('rejects an unknown date_basis', () => {
    const incident = minimalIncident();
    claim(incident, 0).date_basis = 'guessed';
    expect(errorFor(incident).message).toBe(
      `${WHERE}claims[0].date_basis: expected one of published; got "guessed"`,
    );
  });

  it('rejects a claim with no source', () => {
    const incident = minimalIncident();
    claim(incident, 0).sources = [];
    expect(errorFor(incident).message).toBe(
      `${WHERE}claims[0].sources: every claim needs at least one source; got an array`,
    );
  });

  it('rejects a source URL that is not http(s)', () => {
    const incident = minimalIncident();
    claim(incident, 0).sources = [{ url: 'javascript:alert(1)', outlet: 'X', language: 'fr' }];
    expect(errorFor(incident).message).toBe(
      `${WHERE}claims[0].sources[0].url: expected an http(s) URL; got "javascript:alert(1)"`,
    );
  });

  it('rejects an id that differs from the file name', () => {
    expect(errorFor(minimalIncident(), 'geo/incidents/2023-09-17-lere-camps.json').message).toBe(
      'geo/incidents/2023-09-17-lere-camps.json › incident "2023-09-17-lere" › id: must equal the file name "2023-09-17-lere-camps"; got "2023-09-17-lere"',
    );
  });

  it('rejects an id that is not YYYY-MM-DD-place in lowercase ASCII', () => {
    const incident = { ...minimalIncident(), id: '2023-09-17-Léré' };
    expect(errorFor(incident, 'geo/incidents/2023-09-17-Léré.json').message).toBe(
      'geo/incidents/2023-09-17-Léré.json › incident "2023-09-17-Léré" › id: expected YYYY-MM-DD-place[-what] in lowercase ASCII; got "2023-09-17-Léré"',
    );
  });

  it('rejects a claim id used twice in one incident', () => {
    const incident = minimalIncident();
    claim(incident, 1).side = 'army';
    claim(incident, 1).id = 'army-1';
    expect(errorFor(incident).message).toBe(
      `${WHERE}claims[1].id: duplicate claim id "army-1" (also claims[0])`,
    );
  });

  it('rejects coordinates outside Mali and its margin', () => {
    const incident = minimalIncident();
    incident.place.lon = 12.5;
    expect(errorFor(incident).message).toBe(
      `${WHERE}place.lon: outside the map's region (Mali plus margin: lon -13…6); got 12.5`,
    );
  });

  it('rejects an end date before the start date', () => {
    const incident = minimalIncident();
    incident.date.end = '2023-09-16';
    expect(errorFor(incident).message).toBe(
      `${WHERE}date.end: is before date.start (2023-09-17); got "2023-09-16"`,
    );
  });

  it('rejects a figure with neither a value nor the wording', () => {
    const incident = minimalIncident();
    claim(incident, 0).figures = [{ measure: 'killed', group: 'army' }];
    expect(errorFor(incident).message).toBe(
      `${WHERE}claims[0].figures[0]: a figure needs a value or the wording the source used (words are never turned into numbers)`,
    );
  });

  it('rejects a range whose min is greater than its max', () => {
    const incident = minimalIncident();
    claim(incident, 1).figures = [{ measure: 'wounded', group: 'army', value: { min: 20, max: 10 } }];
    expect(errorFor(incident).message).toBe(
      `${WHERE}claims[1].figures[0].value: min (20) is greater than max (10)`,
    );
  });

  it('rejects a figure value that is a word rather than a number, range or bound', () => {
    const incident = minimalIncident();
    claim(incident, 0).figures = [{ measure: 'killed', group: 'army', value: 'une trentaine' }];
    expect(errorFor(incident).message).toBe(
      `${WHERE}claims[0].figures[0].value: expected an integer ≥ 0, {"min", "max"} or {"at_least"}; got "une trentaine"`,
    );
  });

  it('reports every problem of a file at once, one line each', () => {
    const incident = minimalIncident();
    claim(incident, 0).side = 'wagner';
    claim(incident, 1).sources = [];
    incident.place.lat = 40;
    const error = errorFor(incident);
    expect(error.issues.map((issue) => issue.path)).toEqual([
      'place.lat',
      'claims[0].side',
      'claims[1].sources',
    ]);
    expect(error.message.split('\n')).toHaveLength(3);
  });

  it('names a missing required field', () => {
    const incident = minimalIncident();
    delete incident.verification;
    expect(errorFor(incident).message).toBe(`${WHERE}verification: required field is missing`);
  });

  it('names an unknown field, so typos do not pass silently', () => {
    const incident = { ...minimalIncident(), verfication: 'typo' };
    expect(errorFor(incident).message).toBe(`${WHERE}verfication: unknown field (not in the schema)`);
  });

  it('rejects a claim id whose prefix is not its side', () => {
    const incident = minimalIncident();
    claim(incident, 1).id = 'army-2';
    expect(errorFor(incident).message).toBe(
      `${WHERE}claims[1].id: must start with the claim's side "rebels-"; got "army-2"`,
    );
  });
});
