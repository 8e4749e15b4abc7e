/**
 * JSON Schema for incident files, generated from the valibot schema so editors check the same
 * structure as the parser. Cross-field rules (id = file name, end ≥ start, unique claim ids, value
 * or wording) cannot be expressed here; `parseIncident` enforces them at build time.
 */
import { toJsonSchema } from '@valibot/to-json-schema';
import {
  ClaimSchema,
  FigureSchema,
  FigureValueSchema,
  IncidentSchema,
  LocalizedSchema,
  SourceSchema,
  WordingSchema,
} from '../../src/lib/incidents/schema.ts';

export function incidentJsonSchema(): Record<string, unknown> {
  // Named definitions keep the file readable: each shared shape is written once and $ref'd.
  const definitions = {
    Localized: LocalizedSchema,
    Source: SourceSchema,
    Wording: WordingSchema,
    FigureValue: FigureValueSchema,
    Figure: FigureSchema,
    Claim: ClaimSchema,
  };
  const generated = toJsonSchema(IncidentSchema, {
    target: 'draft-07',
    errorMode: 'throw',
    definitions,
    // Calendar checks and the bidi-control refusal are code, not JSON Schema: the parser runs them.
    ignoreActions: ['check'],
  });
  const { $schema, ...rest } = generated;
  return {
    $schema,
    $id: 'https://recoupe.invalid/geo/incidents/schema.json',
    title: 'Recoupe incident',
    description:
      'One incident of the northern Mali conflict and every side’s version of it. See geo/incidents/README.md.',
    ...rest,
  };
}

/** The committed file's exact text: stable key order, two-space indent, final newline. */
export function incidentJsonSchemaText(): string {
  return JSON.stringify(incidentJsonSchema(), null, 2) + '\n';
}
