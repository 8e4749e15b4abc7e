// The map's context, created once by MapView: children reach the map through it, and declare the
// sources and layers they add so MapView keeps them across a style change (a language switch
// swaps the basemap style; incident markers must survive it).
import type { Map as MlMap } from 'maplibre-gl';
import { createContext } from 'svelte';

/** Sources and layers a child added to the map, by id. */
export interface OwnLayers {
  sources: readonly string[];
  layers: readonly string[];
}

export interface MapContext {
  /** The map; throws when read before it exists, so misuse fails loudly. */
  readonly map: MlMap;
  /** Declares a child's sources and layers; returns the function that forgets them. */
  register(own: OwnLayers): () => void;
}

const [getCtx, setCtx] = createContext<MapContext>();

/** Called once by MapView. */
export const setMapContext = setCtx;

/** The map context, for components rendered inside MapView. */
export const getMapContext = getCtx;

/** The map, for components rendered inside MapView. */
export function getMap(): MlMap {
  return getCtx().map;
}

/**
 * The style `next` with the registered sources and layers of `prev` kept (MapLibre's
 * `transformStyle`). Each kept layer goes back where it was: before the first layer that followed
 * it in `prev` and still exists in `next` (incident markers stay under the basemap's place names).
 */
export function keepOwn<S extends { sources: Record<string, unknown>; layers: { id: string }[] }>(
  prev: S | undefined,
  next: S,
  own: { sources: ReadonlySet<string>; layers: ReadonlySet<string> },
): S {
  if (!prev) return next;
  const sources = Object.fromEntries(Object.entries(prev.sources).filter(([id]) => own.sources.has(id)));
  const inNext = new Set(next.layers.map((l) => l.id));
  const layers = [...next.layers];
  prev.layers.forEach((layer, i) => {
    if (!own.layers.has(layer.id)) return;
    const after = prev.layers.slice(i + 1).find((l) => !own.layers.has(l.id) && inNext.has(l.id));
    const at = after ? layers.findIndex((l) => l.id === after.id) : layers.length;
    layers.splice(at, 0, layer);
  });
  return { ...next, sources: { ...next.sources, ...sources }, layers };
}
