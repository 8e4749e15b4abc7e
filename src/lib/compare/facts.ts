// What the comparison says about one incident, computed once per dataset: how contested it is,
// who spoke, the largest tolls claimed. The explore index, the map and the build's light index all
// take these facts from here rather than aligning figures again.
import type { Incident, Side } from '../incidents/schema.ts';
import { SIDES } from '../incidents/schema.ts';
import { contestedness, largestToll, type Contestedness } from './contested.ts';

export interface IncidentFacts {
  contest: Contestedness;
  /** Sides with at least one claim (any stance), in SIDES order. */
  sides: readonly Side[];
  /** Largest death toll any claim gives; undefined when no claim gives a killed number. */
  toll: number | undefined;
  /** The same, per side that gave one. */
  tollBy: Partial<Record<Side, number>>;
}

export function incidentFacts(incident: Incident): IncidentFacts {
  const spoke = new Set(incident.claims.map((c) => c.side));
  const sides = SIDES.filter((s) => spoke.has(s));
  const tollBy: Partial<Record<Side, number>> = {};
  for (const side of sides) {
    const t = largestToll(incident, side);
    if (t !== undefined) tollBy[side] = t;
  }
  return { contest: contestedness(incident), sides, toll: largestToll(incident), tollBy };
}
