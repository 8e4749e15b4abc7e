import { describe, expect, it } from 'vitest';
import type { Map as MlMap } from 'maplibre-gl';
import { frame, frameZoom } from '../../../src/lib/map/camera';
import { moveFlag } from '../../../src/lib/map/selection';
import { fakeMap } from './fake-map';

const asMap = (m: unknown) => m as MlMap;

describe('moveFlag', () => {
  it('moves a feature-state flag from the previous feature to the next', () => {
    const map = fakeMap();
    let holder = moveFlag(asMap(map), 'incidents', 'selected', undefined, 3);
    holder = moveFlag(asMap(map), 'incidents', 'selected', holder, 7);
    expect(holder).toBe(7);
    expect(map.states.get('incidents/3')).toEqual({ selected: false });
    expect(map.states.get('incidents/7')).toEqual({ selected: true });
  });

  it('clears the flag when nothing holds it any more, and leaves other flags alone', () => {
    const map = fakeMap();
    moveFlag(asMap(map), 'incidents', 'hover', undefined, 2);
    moveFlag(asMap(map), 'incidents', 'selected', undefined, 2);
    expect(moveFlag(asMap(map), 'incidents', 'hover', 2, undefined)).toBeUndefined();
    expect(map.states.get('incidents/2')).toEqual({ hover: false, selected: true });
  });
});

describe('camera', () => {
  it('frames a town close and a vague area wider, never below zoom 5', () => {
    expect(frameZoom(1, 4)).toBe(9);
    expect(frameZoom(20, 4)).toBe(6);
    expect(frameZoom(500, 4)).toBe(5);
  });

  it('never zooms out from a closer view the reader chose', () => {
    expect(frameZoom(20, 8.5)).toBe(8.5);
  });

  it('jumps on arrival and eases afterwards, centred on the place', () => {
    const map = fakeMap(4);
    const place = { lat: 15.7, lon: -4.9, precision_km: 2 };
    frame(asMap(map), place, { jump: true });
    frame(asMap(map), place, { jump: false, padding: { top: 20, bottom: 300, left: 20, right: 20 } });
    expect(map.moves.map((m) => m.kind)).toEqual(['jump', 'ease']);
    expect(map.moves[0]?.options).toMatchObject({ center: [-4.9, 15.7], zoom: 9 });
    expect(map.moves[1]?.options).toMatchObject({ padding: { bottom: 300 } });
  });
});
