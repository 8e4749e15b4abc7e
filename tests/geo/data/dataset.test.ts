// The shipped dataset: invariants that every correction keeps (not exact counts), and the
// seed's figures, which must never drift.
import { describe, expect, it } from 'vitest';
import { headline, alignFigures } from '../../../src/lib/compare/align';
import { applyFilters, sortEntries } from '../../../src/lib/explore/apply';
import { buildIndex } from '../../../src/lib/explore/entries';
import type { Claim, Figure } from '../../../src/lib/incidents/schema';
import { parseFilters } from '../../../src/lib/url/codec';
import { digestsOf } from '../../../geo/data/vite-plugin-data';
import { claim, incident, incidents } from './shipped';

const figure = (c: Claim, measure: Figure['measure'], group: Figure['group']) =>
  c.figures
    .filter((f) => f.measure === measure && f.group === group)
    .map(({ value, wording }) => ({ value, words: wording?.text }));

describe('the incident dataset in geo/incidents', () => {
  it('parses and passes the data lint, every file (loading it would throw otherwise)', () => {
    expect(incidents.length).toBeGreaterThanOrEqual(150);
  });

  it('is sorted by date then id, with unique ids', () => {
    const keys = incidents.map((i) => `${i.date.start} ${i.id}`);
    expect(keys).toEqual([...keys].sort());
    expect(new Set(incidents.map((i) => i.id)).size).toBe(incidents.length);
  });

  it('covers every year from 2013 to 2022 with at least five incidents (2020: three)', () => {
    const perYear = (y: number) => incidents.filter((i) => i.date.start.startsWith(String(y))).length;
    for (let y = 2013; y <= 2022; y++)
      expect(perYear(y), String(y)).toBeGreaterThanOrEqual(y === 2020 ? 3 : 5);
  });

  it('gives every claim at least one http(s) source', () => {
    const sources = incidents.flatMap((i) => i.claims.flatMap((c) => c.sources));
    expect(sources.every((s) => /^https?:\/\//.test(s.url))).toBe(true);
    expect(incidents.flatMap((i) => i.claims).filter((c) => c.sources.length === 0)).toEqual([]);
  });

  it('names every claimant in French and English', () => {
    const same = incidents.flatMap((i) =>
      i.claims
        .filter((c) => c.claimant.fr === c.claimant.en && /\s/.test(c.claimant.fr))
        .map((c) => `${i.id} ${c.id}`),
    );
    // Identical labels are proper names only ("Al Jazeera", "RFI"); the lint reads them for English words.
    expect(same.length).toBeLessThan(incidents.length);
  });
});

describe('Léré, 17 September 2023 (the seed dispatch)', () => {
  it('gives the army communiqué: 5 killed, 20 wounded, 11 missing, « une trentaine » of assailants in words', () => {
    const army = claim('2023-09-17-lere', 'army-2');
    expect(figure(army, 'killed', 'army')).toEqual([{ value: 5, words: undefined }]);
    expect(figure(army, 'wounded', 'army')).toEqual([{ value: 20, words: undefined }]);
    expect(figure(army, 'missing', 'army')).toEqual([{ value: 11, words: undefined }]);
    expect(figure(army, 'neutralised', 'assailants')).toEqual([{ value: undefined, words: 'une trentaine' }]);
  });

  it("gives the rebels' toll: 35 soldiers killed, 6 captured, 8 rebels killed, 12 wounded, two jets", () => {
    const csp = claim('2023-09-17-lere', 'rebels-2');
    expect(csp.side).toBe('rebels');
    expect(figure(csp, 'killed', 'army')).toEqual([{ value: 35, words: undefined }]);
    expect(figure(csp, 'captured', 'army')).toEqual([{ value: 6, words: undefined }]);
    expect(figure(csp, 'killed', 'rebels')).toEqual([{ value: 8, words: undefined }]);
    expect(figure(csp, 'wounded', 'rebels')).toEqual([{ value: 12, words: undefined }]);
    expect(figure(csp, 'aircraft_lost', 'army')).toEqual([{ value: 2, words: undefined }]);
  });

  it('has no English claimant text on the French page', () => {
    for (const c of incident('2023-09-17-lere').claims)
      expect(c.claimant.fr, c.id).not.toMatch(/\b(the|general staff|spokesman|statement|to AFP)\b/i);
  });

  it('is found by the other names of its place (gazetteer), as readers spell them', () => {
    const index = buildIndex(digestsOf(incidents));
    const found = (q: string) =>
      applyFilters(index, parseFilters(new URLSearchParams({ q }))).map((e) => e.incident.id);
    expect(found('Aguelhoc')).toContain('2012-01-18-aguelhok');
    expect(found('Timbuktu').length).toBeGreaterThan(3);
    expect(found('Tin Zaouatine')).toContain('2024-07-25-tinzaouaten');
  });

  it('is the first of a handful of incidents a search for "Léré" lists', () => {
    const index = buildIndex(digestsOf(incidents));
    const filters = parseFilters(new URLSearchParams('q=Léré'));
    const listed = sortEntries(applyFilters(index, filters), undefined, filters.q).map((e) => e.incident.id);
    expect(listed[0]).toBe('2023-09-17-lere');
    expect(listed.length).toBeLessThanOrEqual(8);
  });
});

describe('revisions and parts of events', () => {
  it('shows the army revising its Tarkint toll from 2 to 29 killed, in date order', () => {
    const army = incident('2020-03-19-tarkint').claims.filter((c) => c.side === 'army');
    expect(army.map((c) => [c.id, figure(c, 'killed', 'army')[0]?.value])).toEqual([
      ['army-1', 2],
      ['army-2', 29],
    ]);
  });

  it('does not let the 2017 account of the first assault stand for the whole Aguelhok siege', () => {
    const rows = alignFigures(incident('2012-01-18-aguelhok')).rows;
    const killed = rows.find((r) => r.measure === 'killed' && r.group === 'army')!;
    expect(claim('2012-01-18-aguelhok', 'army-3').scope).toBeDefined();
    expect(headline(killed.cells.army)?.claim.id).not.toBe('army-3');
    expect(killed.gap?.ratio ?? 0).toBeLessThan(128);
  });
});
