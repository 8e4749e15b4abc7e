// Incidents → the light GeoJSON the map draws. Only what styling needs goes to the worker (the
// whole incident stays in the app), and feature ids are ≥ 1: supercluster drops id 0.
import circle from '@turf/circle';
import type { Feature, FeatureCollection, Point, Polygon } from 'geojson';
import { levelRank, type ContestLevel } from '../compare/levels';
import type { Place, Side } from '../incidents/schema';

/** What drawing needs of an incident: its id and where it is. */
export interface Mappable {
  id: string;
  place: Pick<Place, 'lat' | 'lon' | 'precision_km'>;
}

/** Beyond this many km of possible error a point would overstate what is known: draw an area. */
export const APPROXIMATE_KM = 2;

export interface IncidentPointProps {
  slug: string;
  /** Rank in CONTEST_LEVELS: 0 single … 4 sharply disputed. */
  level: number;
  /** Largest claimed death toll (of the chosen side, in "as each side tells it"), 0 if none. */
  toll: number;
  /** 1 when the location is approximate, else 0. */
  approx: number;
  /** 1 when "as each side tells it" is on and that side said nothing about this incident. */
  dim: number;
}

export type IncidentPoints = FeatureCollection<Point, IncidentPointProps>;
export interface AreaProps {
  slug: string;
  level: number;
  /** Error radius in pixels at zoom 0. */
  r0: number;
}
export type UncertaintyAreas = FeatureCollection<Point, AreaProps>;

/** Stable numeric feature id for an incident, from its position in the full sorted list. */
export function featureIds(incidents: readonly { id: string }[]): Map<string, number> {
  return new Map(incidents.map((inc, i) => [inc.id, i + 1]));
}

/** What drawing an incident needs, computed once per dataset (the explore index's entries qualify). */
export interface PointFacts {
  incident: Mappable;
  contest: { level: ContestLevel };
  /** Largest death toll any claim gives, overall and per side. */
  toll: number | undefined;
  tollBy: Partial<Record<Side, number>>;
  /** Sides with at least one claim. */
  sides: readonly Side[];
}

export function toPoints(
  entries: readonly PointFacts[],
  ids: ReadonlyMap<string, number>,
  asSide?: Side,
): IncidentPoints {
  const features = entries.map((e): Feature<Point, IncidentPointProps> => {
    const inc = e.incident;
    return {
      type: 'Feature',
      id: ids.get(inc.id) ?? 0,
      geometry: { type: 'Point', coordinates: [inc.place.lon, inc.place.lat] },
      properties: {
        slug: inc.id,
        level: levelRank(e.contest.level),
        toll: (asSide ? e.tollBy[asSide] : e.toll) ?? 0,
        approx: inc.place.precision_km > APPROXIMATE_KM ? 1 : 0,
        dim: asSide && !e.sides.includes(asSide) ? 1 : 0,
      },
    };
  });
  return { type: 'FeatureCollection', features };
}

/**
 * Pixels per km at zoom 0 at a latitude (512-px tiles, Web Mercator). MapLibre doubles it per zoom
 * level through an exponential interpolation, so a circle layer draws the error radius to scale.
 */
export function pxPerKmAtZoom0(lat: number): number {
  return (1000 * 512) / (EARTH_CIRCUMFERENCE_M * Math.cos((lat * Math.PI) / 180));
}
const EARTH_CIRCUMFERENCE_M = 40_075_016.686;

/**
 * One point per approximate location, carrying its error radius at zoom 0 (`r0`, px): drawn as
 * scaled circles, they cost the map's worker a point each instead of a 48-vertex polygon, which
 * keeps filtering fast with thousands of incidents.
 */
export function toAreas(entries: readonly PointFacts[]): UncertaintyAreas {
  const features = entries
    .filter((e) => e.incident.place.precision_km > APPROXIMATE_KM)
    .map(({ incident: inc, contest }): Feature<Point, AreaProps> => ({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [inc.place.lon, inc.place.lat] },
      properties: {
        slug: inc.id,
        level: levelRank(contest.level),
        r0: inc.place.precision_km * pxPerKmAtZoom0(inc.place.lat),
      },
    }));
  return { type: 'FeatureCollection', features };
}

/** The exact error circle of one incident (the selected one), as a polygon. */
export function areaOutline(entry: PointFacts | undefined): FeatureCollection<Polygon> {
  const inc = entry?.incident;
  if (!inc || inc.place.precision_km <= APPROXIMATE_KM) return { type: 'FeatureCollection', features: [] };
  const c = circle([inc.place.lon, inc.place.lat], inc.place.precision_km, {
    steps: 64,
    units: 'kilometers',
  });
  return { type: 'FeatureCollection', features: [c] };
}
