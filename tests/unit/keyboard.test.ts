import { describe, expect, it } from 'vitest';
import { keyAction, step } from '../../src/lib/keyboard';

const ctx = { modified: false, targetTag: 'BODY', editable: false, onMap: false };

describe('keyAction', () => {
  it.each([
    ['j', 'next'],
    ['k', 'previous'],
    ['ArrowRight', 'next'],
    ['ArrowLeft', 'previous'],
    ['Escape', 'close'],
    ['x', undefined],
  ] as const)('maps %s to %s', (key, action) => {
    expect(keyAction({ ...ctx, key })).toBe(action);
  });

  it('leaves arrow keys to the map when it has focus', () => {
    expect(keyAction({ ...ctx, key: 'ArrowLeft', onMap: true })).toBeUndefined();
    expect(keyAction({ ...ctx, key: 'j', onMap: true })).toBe('next');
  });

  it('does not steal letters typed in a search box, but Escape still closes', () => {
    expect(keyAction({ ...ctx, key: 'j', targetTag: 'INPUT' })).toBeUndefined();
    expect(keyAction({ ...ctx, key: 'Escape', targetTag: 'INPUT' })).toBe('close');
  });

  it('ignores shortcuts with modifiers (browser shortcuts win)', () => {
    expect(keyAction({ ...ctx, key: 'k', modified: true })).toBeUndefined();
  });
});

describe('step', () => {
  const ids = ['a', 'b', 'c'];
  it('moves to the neighbour in time and stops at the ends', () => {
    expect(step(ids, 'b', 'next')).toBe('c');
    expect(step(ids, 'b', 'previous')).toBe('a');
    expect(step(ids, 'c', 'next')).toBe('c');
    expect(step(ids, 'a', 'previous')).toBe('a');
  });

  it('starts from the oldest going forward and the newest going back', () => {
    expect(step(ids, undefined, 'next')).toBe('a');
    expect(step(ids, 'zzz', 'previous')).toBe('c');
    expect(step([], undefined, 'next')).toBeUndefined();
  });
});
