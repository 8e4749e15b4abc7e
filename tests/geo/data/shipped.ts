// The shipped dataset (geo/incidents/*.json) as the build loads it, with lookups that fail loudly:
// the dataset tests pin real incidents and claims by their ids (permalinks).
import { fileURLToPath } from 'node:url';
import { loadIncidents } from '../../../geo/data/load';
import type { Claim, Incident } from '../../../src/lib/incidents/schema';

const dir = fileURLToPath(new URL('../../../geo/incidents/', import.meta.url));
export const incidents = loadIncidents(dir);
const byId = new Map(incidents.map((i) => [i.id, i]));

export function incident(id: string): Incident {
  const found = byId.get(id);
  if (!found) throw new Error(`no incident ${id}`);
  return found;
}

/** A claim of an incident, by its id (a permalink, so stable). */
export function claim(incidentId: string, claimId: string): Claim {
  const found = incident(incidentId).claims.find((c) => c.id === claimId);
  if (!found) throw new Error(`no claim ${claimId} in ${incidentId}`);
  return found;
}
