// Issue 14 §5: the loader reads every entry of geo/incidents and refuses what is not an incident
// file — a subfolder, `X.JSON`, a stray file — naming it, instead of skipping it without a word.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { afterEach, describe, expect, it } from 'vitest';
import { DatasetError, loadIncidents } from '../../../geo/data/load';
import { recoupeData } from '../../../geo/data/vite-plugin-data';

const lereText = readFileSync(
  fileURLToPath(new URL('../../../geo/incidents/2023-09-17-lere.json', import.meta.url)),
  'utf8',
);
const temps: string[] = [];
afterEach(() => {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A throw-away project root with `incidents/` holding the given files (a name ending in / is a folder). */
function project(entries: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'recoupe-load-'));
  temps.push(root);
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>t</title>');
  mkdirSync(join(root, 'incidents'));
  for (const [name, text] of Object.entries(entries)) {
    if (name.endsWith('/')) mkdirSync(join(root, 'incidents', name), { recursive: true });
    else writeFileSync(join(root, 'incidents', name), text);
  }
  return root;
}

function problems(root: string): string[] {
  try {
    loadIncidents(join(root, 'incidents'), { label: (p) => p.slice(root.length + 1), lint: false });
  } catch (error) {
    if (error instanceof DatasetError) return [...error.problems];
    throw error;
  }
  return [];
}

describe('loadIncidents', () => {
  it('loads a folder of incident files and the files that live beside them', () => {
    const root = project({ '2023-09-17-lere.json': lereText, 'README.md': '# x', 'schema.json': '{}' });
    expect(problems(root)).toEqual([]);
  });

  it('refuses an upper-case .JSON file, naming it', () => {
    const root = project({ '2023-09-17-lere.json': lereText, '2023-09-18-lere.JSON': lereText });
    expect(problems(root)).toEqual([
      'incidents/2023-09-18-lere.JSON: not an incident file name; an incident is <id>.json (lowercase .json)',
    ]);
  });

  it('refuses a subfolder, naming it, even an empty one', () => {
    const root = project({ '2023-09-17-lere.json': lereText, 'old/': '' });
    expect(problems(root)).toEqual([
      'incidents/old: a folder among the incidents; incident files go directly in incidents',
    ]);
  });

  it('refuses a stray file and keeps going, so one run lists every problem', () => {
    const root = project({ 'notes.txt': 'x', '2023-09-17-lere.json.bak': lereText, 'drafts/': '' });
    expect(problems(root)).toEqual([
      'incidents/2023-09-17-lere.json.bak: not an incident file name; an incident is <id>.json (lowercase .json)',
      'incidents/drafts: a folder among the incidents; incident files go directly in incidents',
      'incidents/notes.txt: not an incident file name; an incident is <id>.json (lowercase .json)',
    ]);
  });

  it('names the file, incident and field of a date after the latest day', () => {
    const future = JSON.stringify({ ...JSON.parse(lereText), published: '2099-01-01', history: undefined });
    const root = project({ '2023-09-17-lere.json': future });
    const found = (() => {
      try {
        loadIncidents(join(root, 'incidents'), {
          label: (p) => p.slice(root.length + 1),
          lint: false,
          latest: '2026-12-01',
        });
      } catch (error) {
        if (error instanceof DatasetError) return [...error.problems];
        throw error;
      }
      return [];
    })();
    expect(found).toEqual([
      'incidents/2023-09-17-lere.json › incident "2023-09-17-lere" › published: is in the future (after 2026-12-01); got "2099-01-01"',
    ]);
  });

  it('fails the build on a subfolder and an upper-case .JSON file', async () => {
    const root = project({ '2023-09-17-lere.json': lereText, 'later/': '', 'x.JSON': '{}' });
    const error = await build({
      root,
      configFile: false,
      logLevel: 'silent',
      build: { write: false },
      plugins: [recoupeData({ dir: 'incidents' })],
    }).then(
      () => new Error('expected the build to fail'),
      (e: Error) => e,
    );
    expect(error.message).toMatch(/2 problem\(s\) in the incident dataset/);
    expect(error.message).toContain('incidents/later: a folder among the incidents');
    expect(error.message).toContain('incidents/x.JSON: not an incident file name');
  });
});
