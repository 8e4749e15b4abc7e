// The selected and hovered incidents live in feature-state, so clicking around rewrites no data.
import type { Map as MlMap } from 'maplibre-gl';

type StateMap = Pick<MlMap, 'setFeatureState'>;

/**
 * Moves a boolean feature-state flag (`selected`, `hover`) from feature `prev` to `next` in
 * `source`; returns `next`, the new holder.
 */
export function moveFlag(
  map: StateMap,
  source: string,
  flag: 'selected' | 'hover',
  prev: number | undefined,
  next: number | undefined,
): number | undefined {
  if (prev === next) return next;
  if (prev !== undefined) map.setFeatureState({ source, id: prev }, { [flag]: false });
  if (next !== undefined) map.setFeatureState({ source, id: next }, { [flag]: true });
  return next;
}
