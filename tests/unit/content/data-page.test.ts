// The data page's dictionary is the published CSVs' documentation: it lists every column the
// exporter writes, in the order it writes them, in both languages.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CLAIMS_HEADER, FIGURES_HEADER } from '../../../src/lib/incidents/export';

/** The first-column code spans of the table under `### <file>`, in order. */
function documentedColumns(markdown: string, file: string): string[] {
  const start = markdown.indexOf(`### ${file}\n`);
  if (start < 0) throw new Error(`no "### ${file}" section`);
  const next = markdown.indexOf('\n#', start + 1);
  const section = markdown.slice(start, next < 0 ? undefined : next);
  return [...section.matchAll(/^\| `([a-z_]+)`\s*\|/gm)].map((m) => m[1]!);
}

describe.each(['fr', 'en'])('the data page (%s)', (lang) => {
  const markdown = readFileSync(`src/content/data.${lang}.md`, 'utf8');

  it('documents exactly the columns of figures.csv, in order', () => {
    expect(documentedColumns(markdown, 'figures.csv')).toEqual([...FIGURES_HEADER]);
  });

  it('documents exactly the columns of claims.csv, in order', () => {
    expect(documentedColumns(markdown, 'claims.csv')).toEqual([...CLAIMS_HEADER]);
  });
});

describe('docs/contract.md', () => {
  const contract = readFileSync('docs/contract.md', 'utf8');

  it('states the exact header of each published CSV', () => {
    expect(contract).toContain(`\`${FIGURES_HEADER.join(',')}\``);
    expect(contract).toContain(`\`${CLAIMS_HEADER.join(',')}\``);
  });
});
