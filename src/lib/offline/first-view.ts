// When the first view has settled: the page has loaded and the map has drawn (MapView's
// `recoupe:map-idle` mark), or it is late. The service worker registers only then, so its
// downloads never compete with the first view's on a slow link.

/** Resolves after the page's `load` and the map's first draw, or after `maxWaitMs` past `load`. */
export function afterFirstView(maxWaitMs = 10_000): Promise<void> {
  const loaded =
    document.readyState === 'complete'
      ? Promise.resolve()
      : new Promise<void>((ok) => addEventListener('load', () => ok(), { once: true }));
  return loaded.then(
    () =>
      new Promise<void>((ok) => {
        const drawn = () => performance.getEntriesByName('recoupe:map-idle').length > 0;
        if (drawn()) return ok();
        const done = () => {
          observer.disconnect();
          clearTimeout(timer);
          ok();
        };
        const observer = new PerformanceObserver(() => {
          if (drawn()) done();
        });
        observer.observe({ type: 'mark' });
        const timer = setTimeout(done, maxWaitMs);
      }),
  );
}
