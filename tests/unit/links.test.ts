import { describe, expect, it, vi } from 'vitest';
import { inApp } from '../../src/lib/links';

const click = (o: Partial<MouseEvent> = {}) => ({
  button: 0,
  metaKey: false,
  ctrlKey: false,
  shiftKey: false,
  altKey: false,
  preventDefault: vi.fn(),
  ...o,
});

describe('inApp', () => {
  it('keeps a plain left click in the app', () => {
    const go = vi.fn();
    const e = click();
    inApp(go)(e);
    expect(go).toHaveBeenCalledOnce();
    expect(e.preventDefault).toHaveBeenCalledOnce();
  });

  it.each([{ button: 1 }, { metaKey: true }, { ctrlKey: true }, { shiftKey: true }, { altKey: true }])(
    'leaves %o to the browser (new tab, window, download)',
    (o) => {
      const go = vi.fn();
      const e = click(o);
      inApp(go)(e);
      expect(go).not.toHaveBeenCalled();
      expect(e.preventDefault).not.toHaveBeenCalled();
    },
  );
});
