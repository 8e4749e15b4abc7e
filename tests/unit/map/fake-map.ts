// A small stand-in for MapLibre's Map: records what the code under test asks of it. Only the
// calls the map helpers make are here; anything else fails loudly as undefined.

export interface FakeMap {
  zoom: number;
  states: Map<string, Record<string, unknown>>;
  moves: { kind: 'jump' | 'ease'; options: Record<string, unknown> }[];
  handlers: Map<string, ((e: unknown) => unknown)[]>;
  canvas: { style: { cursor: string } };
  expansionZoom: number;
  getZoom(): number;
  jumpTo(o: Record<string, unknown>): void;
  easeTo(o: Record<string, unknown>): void;
  setFeatureState(f: { source: string; id: number }, state: Record<string, unknown>): void;
  on(type: string, layer: string, fn: (e: unknown) => unknown): void;
  off(type: string, layer: string, fn: (e: unknown) => unknown): void;
  getCanvas(): { style: { cursor: string } };
  getSource(id: string): { getClusterExpansionZoom(id: number): Promise<number> };
  fire(type: string, layer: string, e: unknown): Promise<void>;
}

export function fakeMap(zoom = 5): FakeMap {
  const map: FakeMap = {
    zoom,
    states: new Map(),
    moves: [],
    handlers: new Map(),
    canvas: { style: { cursor: '' } },
    expansionZoom: 8,
    getZoom: () => map.zoom,
    jumpTo: (options) => void map.moves.push({ kind: 'jump', options }),
    easeTo: (options) => void map.moves.push({ kind: 'ease', options }),
    setFeatureState: ({ source, id }, state) => {
      const key = `${source}/${id}`;
      map.states.set(key, { ...map.states.get(key), ...state });
    },
    on: (type, layer, fn) => {
      const key = `${type} ${layer}`;
      map.handlers.set(key, [...(map.handlers.get(key) ?? []), fn]);
    },
    off: (type, layer, fn) => {
      const key = `${type} ${layer}`;
      map.handlers.set(
        key,
        (map.handlers.get(key) ?? []).filter((h) => h !== fn),
      );
    },
    getCanvas: () => map.canvas,
    getSource: () => ({ getClusterExpansionZoom: async () => map.expansionZoom }),
    fire: async (type, layer, e) => {
      for (const fn of map.handlers.get(`${type} ${layer}`) ?? []) await fn(e);
    },
  };
  return map;
}
