import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { kindOf, median } from '../../scripts/bench/measure.mjs';
import { format, meets, table, type Metric } from '../../scripts/bench/measurements.mjs';
import { APP_MODULES, syntheticIncidents } from '../../scripts/bench/synthetic.mjs';
import { parseIncident } from '../../src/lib/incidents/parse';
import { digestOf, parseIndex } from '../../src/lib/incidents/digest';

describe('bench pieces', () => {
  it('takes medians of odd and even counts', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it('sorts requests by kind, the light index apart', () => {
    expect(kindOf('/assets/maplibre-gl-worker-X.mjs')).toBe('js_maplibre');
    expect(kindOf('/assets/svelte-X.js')).toBe('js_svelte');
    expect(kindOf('/data/index.json')).toBe('data_index');
    expect(kindOf('/data/incidents/a.json')).toBe('data');
    expect(kindOf('/glyphs/Noto%20Sans/0-255.pbf')).toBe('glyphs');
    expect(kindOf('/incidents/a/')).toBe('html');
  });

  it('says whether a median meets its target, lower or higher being better', () => {
    const time: Metric = { id: 't', label: 't', unit: 'ms', target: 600 };
    expect(meets(time, 600)).toBe(true);
    expect(meets(time, 601)).toBe(false);
    expect(meets({ ...time, unit: 'ok', target: 1, better: 'higher' }, 0)).toBe(false);
    expect(meets({ id: 'x', label: 'x', unit: 'bytes' }, 1)).toBeUndefined();
    expect(format('bytes', 61_440)).toBe('60.0 KB');
    expect(format('ms', 1234)).toBe('1.23 s');
  });

  it('prints each metric against its target, issue 13’s figure and the previous run', () => {
    const metrics: Metric[] = [
      { id: 'a', label: 'home readable', unit: 'ms', target: 600, before: 2730 },
      { id: 'b', label: 'bytes', unit: 'bytes', target: 60 * 1024 },
    ];
    const text = table(
      { a: { median: 700, min: 650, max: 900 }, b: { median: 30_000, min: 30_000, max: 30_000 } },
      { name: 'before', metrics: { a: { median: 1370 } } },
      metrics,
    );
    const [head, , a, b] = text.split('\n');
    expect(head).toMatch(/previous \(before\)$/);
    expect(a).toMatch(/^home readable\s+≤ 600 ms\s+700 ms\s+650 ms–900 ms\s+FAIL\s+2.73 s\s+1.37 s$/);
    expect(b).toMatch(/\bpass\b/);
  });
});

describe('the synthetic load', () => {
  it('goes through the app’s own pipeline, whose modules exist', () => {
    for (const path of Object.values(APP_MODULES)) expect(() => readFileSync(path)).not.toThrow();
  });

  it('makes incidents the parser accepts and an index the app reads', () => {
    const incidents = syntheticIncidents(200);
    const digests = incidents.map((i) => digestOf(parseIncident(i, `${i.id}.json`)));
    expect(parseIndex({ incidents: digests, withdrawn: [] }).incidents).toHaveLength(200);
    expect(syntheticIncidents(200)).toEqual(incidents);
  });
});
