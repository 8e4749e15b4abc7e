import { describe, expect, it } from 'vitest';
import type { Claim, Figure } from '../../../src/lib/incidents/schema';
import { claim, incident, incidents } from './shipped';

const figure = (c: Claim, measure: Figure['measure'], group: Figure['group']) =>
  c.figures
    .filter((f) => f.measure === measure && f.group === group)
    .map(({ value, wording }) => ({ value, wording }));

describe('the incident dataset in geo/incidents', () => {
  it('holds the 85 researched incidents (31 + 35 + 19), sorted by date then id', () => {
    expect(incidents).toHaveLength(85);
    const keys = incidents.map((i) => `${i.date.start} ${i.id}`);
    expect(keys).toEqual([...keys].sort());
  });

  it('keeps 361 claims: 130 + 3 gap claims + 159 of 185 (2012–2022) + 69 of 72 (2025)', () => {
    // The 29 left out have neither a statement date nor a dated source, and the research does not
    // say when they were made (see geo/incidents/README.md); 9 others are dated from its own words.
    expect(incidents.reduce((n, i) => n + i.claims.length, 0)).toBe(361);
  });

  it('gives every claim at least one http(s) source', () => {
    const claims = incidents.flatMap((i) => i.claims);
    expect(claims.filter((c) => c.sources.length === 0)).toEqual([]);
    expect(claims.flatMap((c) => c.sources).every((s) => /^https?:\/\//.test(s.url))).toBe(true);
  });

  it('records the seven declined comments as no-comment claims', () => {
    const noComment = incidents.flatMap((i) =>
      i.claims.filter((c) => c.stance === 'no-comment').map(() => i.id),
    );
    expect(noComment.sort()).toEqual([
      '2022-06-04-anderamboukane',
      '2023-08-04-foita',
      '2024-02-09-intahaka',
      '2024-07-09-takalote',
      '2025-07-10-tin-aouker-convoy-mine',
      '2025-11-13-tangatta-albouhera-drone-strikes',
      '2026-02-18-anefis-aguelhok-convoy-drone-ied',
    ]);
  });

  it('gives Léré the army communiqué of the seed: 5 killed, 20 wounded, 11 missing, ~30 assailants in words', () => {
    const army = claim('2023-09-17-lere', 'FAMa general staff communiqué');
    expect(figure(army, 'killed', 'army')).toEqual([{ value: 5, wording: undefined }]);
    expect(figure(army, 'wounded', 'army')).toEqual([{ value: 20, wording: undefined }]);
    expect(figure(army, 'missing', 'army')).toEqual([{ value: 11, wording: undefined }]);
    expect(figure(army, 'neutralised', 'assailants')).toEqual([
      { value: undefined, wording: 'une trentaine' },
    ]);
  });

  it("gives Léré the rebels' toll of the seed: 35 soldiers killed, 6 captured, 8 rebels killed, 12 wounded", () => {
    const csp = claim('2023-09-17-lere', 'CSP communiqué');
    expect(csp.side).toBe('rebels');
    expect(figure(csp, 'killed', 'army')).toEqual([{ value: 35, wording: undefined }]);
    expect(figure(csp, 'captured', 'army')).toEqual([{ value: 6, wording: undefined }]);
    expect(figure(csp, 'killed', 'rebels')).toEqual([{ value: 8, wording: undefined }]);
    expect(figure(csp, 'wounded', 'rebels')).toEqual([{ value: 12, wording: undefined }]);
    expect(figure(csp, 'wounded', 'army')).toEqual([{ value: undefined, wording: 'des dizaines' }]);
  });

  it('shows the army revising its Tarkint toll from 2 to 29 killed in date order', () => {
    const army = incident('2020-03-19-tarkint').claims.filter((c) => c.side === 'army');
    expect(army.map((c) => [c.id, figure(c, 'killed', 'army')[0]?.value])).toEqual([
      ['army-1', 2],
      ['army-2', 29],
    ]);
  });

  it('numbers claims by date, a month-only date after the days of its month', () => {
    const jihadists = incident('2023-08-03-menaka-ambush').claims.filter((c) => c.side === 'jihadists');
    expect(jihadists.map((c) => [c.id, c.date])).toEqual([
      ['jihadists-1', '2023-08-08'],
      ['jihadists-2', '2023-08'],
    ]);
  });

  it('never gives a number to a figure the research only had words for', () => {
    const worded = incidents.flatMap((i) => i.claims.flatMap((c) => c.figures)).filter((f) => f.wording);
    expect(worded.length).toBeGreaterThan(0);
    expect(worded.filter((f) => f.value !== undefined)).toEqual([]);
  });
});
