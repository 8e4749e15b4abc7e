// Pointer work on the incident layers, taking a map: hover shows a card (text nodes only, data is
// never injected as HTML), a click on a cluster zooms into it, a click on a point selects it.
import type { GeoJSONSource, Map as MlMap, MapLayerMouseEvent, Popup as MlPopup } from 'maplibre-gl';
import type { Point } from 'geojson';
import { moveFlag } from './selection';

/** What a hover card says about an incident. */
export interface CardText {
  title: string;
  date: string;
}

export interface InteractionOptions {
  /** The clustered points source. */
  source: string;
  /** Layers whose features react to the pointer. */
  layers: readonly string[];
  /** Hover card text for an incident slug; undefined for an unknown one. */
  describe: (slug: string) => CardText | undefined;
  /** Makes the hover card's popup (MapLibre's Popup in the app; a fake in tests); undefined: no card yet. */
  popup: () => Pick<MlPopup, 'setLngLat' | 'setDOMContent' | 'addTo' | 'remove'> | undefined;
  onselect: (slug: string) => void;
}

type InteractiveMap = Pick<MlMap, 'on' | 'off' | 'getCanvas' | 'setFeatureState' | 'getSource' | 'easeTo'>;

/** The hover card's content, as DOM text nodes. */
export function cardContent(text: CardText, doc: Document = document): HTMLElement {
  const card = doc.createElement('div');
  card.className = 'incident-card';
  const strong = doc.createElement('strong');
  strong.textContent = text.title;
  const small = doc.createElement('span');
  small.textContent = text.date;
  card.append(strong, small);
  return card;
}

/** Wires hover and click on the incident layers; returns the function that unwires them. */
export function bindInteraction(map: InteractiveMap, o: InteractionOptions): () => void {
  let hovered: number | undefined;
  let popup: ReturnType<InteractionOptions['popup']>;

  const hover = (id: number | undefined) => (hovered = moveFlag(map, o.source, 'hover', hovered, id));

  function onMove(e: MapLayerMouseEvent): void {
    const f = e.features?.[0];
    map.getCanvas().style.cursor = f ? 'pointer' : '';
    if (!f || f.properties.point_count) {
      hover(undefined);
      popup?.remove();
      return;
    }
    if (f.id === hovered) return;
    hover(f.id as number);
    const text = o.describe(String(f.properties.slug));
    if (!text) return;
    popup ??= o.popup();
    const [lon, lat] = (f.geometry as Point).coordinates as [number, number];
    popup
      ?.setLngLat([lon, lat])
      .setDOMContent(cardContent(text))
      .addTo(map as MlMap);
  }

  function onLeave(): void {
    map.getCanvas().style.cursor = '';
    hover(undefined);
    popup?.remove();
  }

  async function onClick(e: MapLayerMouseEvent): Promise<void> {
    const f = e.features?.[0];
    if (!f) return;
    if (f.properties.point_count) {
      const source = map.getSource(o.source) as GeoJSONSource;
      const zoom = await source.getClusterExpansionZoom(f.properties.cluster_id as number);
      const [lon, lat] = (f.geometry as Point).coordinates as [number, number];
      map.easeTo({ center: [lon, lat], zoom });
      return;
    }
    o.onselect(String(f.properties.slug));
  }

  for (const layer of o.layers) {
    map.on('mousemove', layer, onMove);
    map.on('mouseleave', layer, onLeave);
    map.on('click', layer, onClick);
  }
  return () => {
    for (const layer of o.layers) {
      map.off('mousemove', layer, onMove);
      map.off('mouseleave', layer, onLeave);
      map.off('click', layer, onClick);
    }
    popup?.remove();
  };
}
