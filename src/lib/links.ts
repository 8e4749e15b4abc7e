// Real links the app follows itself: a plain left click stays in the app (no reload); a middle
// click or a click with a modifier (new tab, new window, download) is left to the browser.

type Click = Pick<MouseEvent, 'button' | 'metaKey' | 'ctrlKey' | 'shiftKey' | 'altKey' | 'preventDefault'>;

/** An `onclick` for a real link that runs `go` on a plain left click instead of navigating. */
export function inApp(go: () => void): (e: Click) => void {
  return (e) => {
    if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    go();
  };
}
