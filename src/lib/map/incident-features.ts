// Incidents → the light GeoJSON the map draws. Only what styling needs goes to the worker (the
// whole incident stays in the app), and feature ids are ≥ 1: supercluster drops id 0.
import circle from '@turf/circle';
import type { Feature, FeatureCollection, Point, Polygon } from 'geojson';
import { contestedness, largestToll, type ContestLevel } from '../compare/contested';
import type { Incident, Side } from '../incidents/schema';

export const LEVEL_RANK: Record<ContestLevel, number> = {
  single: 0,
  uncompared: 1,
  agreed: 2,
  disputed: 3,
  'sharply-disputed': 4,
};

/** Beyond this many km of possible error a point would overstate what is known: draw an area. */
export const APPROXIMATE_KM = 2;

export interface IncidentPointProps {
  slug: string;
  /** 0 single … 4 sharply disputed (see LEVEL_RANK). */
  level: number;
  /** Largest claimed death toll (of the chosen side, in "as each side tells it"), 0 if none. */
  toll: number;
  /** 1 when the location is approximate, else 0. */
  approx: number;
  /** 1 when "as each side tells it" is on and that side said nothing about this incident. */
  dim: number;
}

export type IncidentPoints = FeatureCollection<Point, IncidentPointProps>;
export type UncertaintyAreas = FeatureCollection<Polygon, { slug: string; level: number }>;

/** Stable numeric feature id for an incident, from its position in the full sorted list. */
export function featureIds(incidents: readonly Incident[]): Map<string, number> {
  return new Map(incidents.map((inc, i) => [inc.id, i + 1]));
}

export function toPoints(
  incidents: readonly Incident[],
  ids: Map<string, number>,
  asSide?: Side,
): IncidentPoints {
  const features = incidents.map((inc): Feature<Point, IncidentPointProps> => {
    const spoke = !asSide || inc.claims.some((c) => c.side === asSide);
    return {
      type: 'Feature',
      id: ids.get(inc.id) ?? 0,
      geometry: { type: 'Point', coordinates: [inc.place.lon, inc.place.lat] },
      properties: {
        slug: inc.id,
        level: LEVEL_RANK[contestedness(inc).level],
        toll: largestToll(inc, asSide) ?? 0,
        approx: inc.place.precision_km > APPROXIMATE_KM ? 1 : 0,
        dim: spoke ? 0 : 1,
      },
    };
  });
  return { type: 'FeatureCollection', features };
}

/** A circle of the stated error radius around each approximate location. */
export function toAreas(incidents: readonly Incident[]): UncertaintyAreas {
  const features = incidents
    .filter((inc) => inc.place.precision_km > APPROXIMATE_KM)
    .map((inc) =>
      circle([inc.place.lon, inc.place.lat], inc.place.precision_km, {
        steps: 48,
        units: 'kilometers',
        properties: { slug: inc.id, level: LEVEL_RANK[contestedness(inc).level] },
      }),
    );
  return { type: 'FeatureCollection', features };
}
