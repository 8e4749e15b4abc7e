// Global keyboard shortcuts, as a pure decision so it can be tested without a DOM:
// j / → next incident in time, k / ← previous, Escape closes the panel.

export type KeyAction = 'next' | 'previous' | 'close' | undefined;

export interface KeyContext {
  key: string;
  /** Any of Ctrl, Meta, Alt held. */
  modified: boolean;
  /** Tag name of the focused element (uppercase), and whether it is editable. */
  targetTag: string;
  editable: boolean;
  /** Focus is on the map canvas, where arrow keys pan the map. */
  onMap: boolean;
}

export function keyAction(c: KeyContext): KeyAction {
  if (
    c.modified ||
    c.editable ||
    c.targetTag === 'INPUT' ||
    c.targetTag === 'SELECT' ||
    c.targetTag === 'TEXTAREA'
  ) {
    return c.key === 'Escape' && !c.editable ? 'close' : undefined;
  }
  switch (c.key) {
    case 'j':
      return 'next';
    case 'k':
      return 'previous';
    case 'ArrowRight':
      return c.onMap ? undefined : 'next';
    case 'ArrowLeft':
      return c.onMap ? undefined : 'previous';
    case 'Escape':
      return 'close';
    default:
      return undefined;
  }
}

/** The neighbour of `id` in `ids` (time order), or the first/last when nothing is selected. */
export function step(
  ids: readonly string[],
  id: string | undefined,
  dir: 'next' | 'previous',
): string | undefined {
  if (ids.length === 0) return undefined;
  const i = id ? ids.indexOf(id) : -1;
  if (i === -1) return dir === 'next' ? ids[0] : ids[ids.length - 1];
  const j = dir === 'next' ? Math.min(i + 1, ids.length - 1) : Math.max(i - 1, 0);
  return ids[j];
}
