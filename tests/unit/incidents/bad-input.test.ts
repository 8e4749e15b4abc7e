// Issue 14 §5: bad input fails loudly, naming file, incident and field — a date after tomorrow, a
// day that does not exist, bidirectional control characters that would reverse the interface's text.
import { describe, expect, it } from 'vitest';
import { IncidentError, parseIncident, tomorrow } from '../../../src/lib/incidents/parse';
import { addDays } from '../../../src/lib/dates';
import { minimalIncident } from './fixtures';

/** The minimal incident moved to start on `start` (its id follows), and the file it would be in. */
function startingOn(start: string) {
  const incident = minimalIncident();
  incident.id = `${start}-lere`;
  incident.date = { start, precision: 'day' };
  incident.published = start;
  for (const claim of incident.claims) claim.date = start;
  return { incident, file: `geo/incidents/${start}-lere.json` };
}

function messages(json: unknown, file: string, options?: { latest?: string }): string[] {
  try {
    parseIncident(json, file, options);
  } catch (error) {
    if (error instanceof IncidentError) return error.message.split('\n');
    throw error;
  }
  return [];
}

describe('a date in the future', () => {
  it('fails when an incident starts after tomorrow (the build day + 1), naming file, incident and field', () => {
    const latest = tomorrow();
    const start = addDays(latest, 1);
    const { incident, file } = startingOn(start);
    incident.published = '2026-11-24';
    for (const claim of incident.claims) claim.date = '2026-11-24';
    expect(messages(incident, file)).toContain(
      `${file} › incident "${start}-lere" › date.start: is in the future (after ${latest}); got "${start}"`,
    );
  });

  it('accepts tomorrow, for an editor a time zone ahead', () => {
    const { incident, file } = startingOn(tomorrow());
    expect(messages(incident, file)).toEqual([]);
  });

  it('fails on a claim or a source dated after the latest day, naming each field', () => {
    const incident = minimalIncident();
    incident.claims[0]!.date = '2099-01-02';
    (incident.claims[1]!.sources as { published?: string }[])[0]!.published = '2099-01';
    const where = 'geo/incidents/2023-09-17-lere.json › incident "2023-09-17-lere" › ';
    expect(messages(incident, 'geo/incidents/2023-09-17-lere.json', { latest: '2026-12-01' })).toEqual([
      `${where}claims[0].date: is in the future (after 2026-12-01); got "2099-01-02"`,
      `${where}claims[1].sources[0].published: is in the future (after 2026-12-01); got "2099-01"`,
    ]);
  });
});

describe('a day that does not exist', () => {
  it('fails on 2023-02-30 rather than reading it as 2 March', () => {
    const { incident, file } = startingOn('2023-02-30');
    expect(messages(incident, file, { latest: '2026-12-01' })).toContain(
      `${file} › incident "2023-02-30-lere" › date.start: is not a calendar date; got "2023-02-30"`,
    );
  });

  it('fails on a thirteenth month in a claim date', () => {
    const incident = minimalIncident();
    incident.claims[0]!.date = '2023-13';
    incident.claims[0]!.date_precision = 'month';
    expect(messages(incident, 'geo/incidents/2023-09-17-lere.json')).toContain(
      'geo/incidents/2023-09-17-lere.json › incident "2023-09-17-lere" › claims[0].date: is not a calendar date; got "2023-13"',
    );
  });
});

describe('bidirectional control characters', () => {
  it.each([
    ['U+202E (right-to-left override)', '\u202e'],
    ['U+2066 (left-to-right isolate)', '\u2066'],
    ['U+202A (left-to-right embedding)', '\u202a'],
  ])('rejects %s in a title, naming the field', (_name, char) => {
    const incident = minimalIncident();
    incident.title = { fr: `Attaque ${char}de Léré`, en: 'Attack on Léré' };
    expect(messages(incident, 'geo/incidents/2023-09-17-lere.json')).toEqual([
      `geo/incidents/2023-09-17-lere.json › incident "2023-09-17-lere" › title.fr: contains a bidirectional control character (U+202A–202E, U+2066–2069); got "Attaque ${char}de Léré"`,
    ]);
  });

  it('rejects one hidden in a source outlet and in a claim summary', () => {
    const incident = minimalIncident();
    (incident.claims[0]!.summary as { fr: string }).fr = 'Cinq soldats\u202e tués.';
    (incident.claims[0]!.sources as { outlet: string }[])[0]!.outlet = 'Koaci\u2067';
    const paths = messages(incident, 'geo/incidents/2023-09-17-lere.json').map(
      (m) => m.split(' › ')[2]?.split(':')[0],
    );
    expect(paths).toEqual(['claims[0].summary.fr', 'claims[0].sources[0].outlet']);
  });

  it('leaves Arabic text and ordinary punctuation alone', () => {
    const incident = minimalIncident();
    (incident.claims[0]!.figures as Record<string, unknown>[])[1]!.wording = {
      text: 'نحو ثلاثين',
      lang: 'ar',
      gloss: { fr: 'une trentaine', en: 'about thirty' },
    };
    expect(messages(incident, 'geo/incidents/2023-09-17-lere.json')).toEqual([]);
  });
});
