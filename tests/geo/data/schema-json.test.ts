import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { incidentJsonSchemaText } from '../../../geo/data/json-schema';

const committed = fileURLToPath(new URL('../../../geo/incidents/schema.json', import.meta.url));

describe('geo/incidents/schema.json', () => {
  // Turf's convention: REGEN=1 rewrites the expected file, and the diff is reviewed in the commit.
  if (process.env.REGEN) writeFileSync(committed, incidentJsonSchemaText());

  it('matches the schema generated from the valibot source (run with REGEN=1 to update)', () => {
    expect(readFileSync(committed, 'utf8')).toBe(incidentJsonSchemaText());
  });
});
