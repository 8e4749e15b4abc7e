// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { Map as MlMap } from 'maplibre-gl';
import { bindInteraction } from '../../../src/lib/map/interaction';
import { fakeMap } from './fake-map';

const point = (id: number, slug: string) => ({
  features: [{ id, properties: { slug }, geometry: { type: 'Point', coordinates: [-4.9, 15.7] } }],
});
const cluster = {
  features: [
    {
      id: 99,
      properties: { point_count: 4, cluster_id: 12 },
      geometry: { type: 'Point', coordinates: [1, 16] },
    },
  ],
};

function setup() {
  const map = fakeMap();
  const selected: string[] = [];
  const cards: string[] = [];
  const unbind = bindInteraction(map as unknown as MlMap, {
    source: 'incidents',
    layers: ['incident-points', 'incident-clusters'],
    describe: (slug) => (slug === 'known' ? { title: 'Léré <b>', date: '17 sept.' } : undefined),
    popup: () =>
      ({
        setLngLat() {
          return this;
        },
        setDOMContent(node: HTMLElement) {
          cards.push(node.textContent ?? '');
          return this;
        },
        addTo() {
          return this;
        },
        remove() {
          return this;
        },
      }) as never,
    onselect: (slug) => void selected.push(slug),
  });
  return { map, selected, cards, unbind };
}

describe('bindInteraction', () => {
  it('selects a point on click', async () => {
    const { map, selected } = setup();
    await map.fire('click', 'incident-points', point(3, 'known'));
    expect(selected).toEqual(['known']);
  });

  it('zooms into a cluster instead of selecting it', async () => {
    const { map, selected } = setup();
    await map.fire('click', 'incident-clusters', cluster);
    expect(selected).toEqual([]);
    expect(map.moves).toEqual([{ kind: 'ease', options: { center: [1, 16], zoom: 8 } }]);
  });

  it('hovers a point: pointer cursor, hover state, a card made of text (markup stays text)', async () => {
    const { map, cards } = setup();
    await map.fire('mousemove', 'incident-points', point(3, 'known'));
    expect(map.canvas.style.cursor).toBe('pointer');
    expect(map.states.get('incidents/3')).toEqual({ hover: true });
    expect(cards).toEqual(['Léré <b>17 sept.']);
    await map.fire('mouseleave', 'incident-points', {});
    expect(map.states.get('incidents/3')).toEqual({ hover: false });
    expect(map.canvas.style.cursor).toBe('');
  });

  it('unbinds every handler it bound', () => {
    const { map, unbind } = setup();
    unbind();
    expect([...map.handlers.values()].every((list) => list.length === 0)).toBe(true);
  });
});
