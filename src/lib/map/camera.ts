// Where the camera goes for a selected incident: close enough to stand out of its cluster, far
// enough to show its whole uncertainty area. Pure zoom choice, plus one call on a map.
import type { Map as MlMap, PaddingOptions } from 'maplibre-gl';

/** The zoom that frames a point known to `precisionKm`: 9 for a town, down to 5 for a vague area. */
export function frameZoom(precisionKm: number, currentZoom: number): number {
  const target = Math.min(9, Math.max(5, 9 - Math.log2(Math.max(precisionKm, 2.5) / 2.5)));
  // Never zoom out from a closer view the reader chose.
  return Math.max(currentZoom, target);
}

/** Moves the camera to a place: a jump (arrival, reduced motion) or an ease. */
export function frame(
  map: Pick<MlMap, 'getZoom' | 'jumpTo' | 'easeTo'>,
  place: { lat: number; lon: number; precision_km: number },
  opts: { jump: boolean; padding?: PaddingOptions | undefined },
): void {
  const center: [number, number] = [place.lon, place.lat];
  const zoom = frameZoom(place.precision_km, map.getZoom());
  const padding = opts.padding;
  if (opts.jump) map.jumpTo({ center, zoom, ...(padding ? { padding } : {}) });
  else map.easeTo({ center, zoom, duration: 800, ...(padding ? { padding } : {}) });
}
