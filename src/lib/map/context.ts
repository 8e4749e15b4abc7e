import type { Map as MlMap } from 'maplibre-gl';
import { createContext } from 'svelte';

const [getCtx, setCtx] = createContext<() => MlMap | undefined>();

/** Called once by MapView. */
export const setMapContext = setCtx;

/** The map, for components rendered inside MapView; throws elsewhere so misuse fails loudly. */
export function getMap(): MlMap {
  const map = getCtx()();
  if (!map) throw new Error('getMap() called outside <MapView> or before the map exists');
  return map;
}
