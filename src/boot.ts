// The page's entry. A module script runs once the page is parsed and its stylesheet has arrived:
// only then do the app and MapLibre start downloading, side by side, so on a slow link the
// stylesheet (and with it the prerendered page) does not share the line with ~60 KB of the app's
// JavaScript (`npm run bench`). The map takes MapLibre from the loader's cache; a failure to load
// it is the map's to report (MapView imports it again and shows its message).
import('./main').catch((e: unknown) => console.error('Recoupe: the app could not load.', e));
import('./lib/map/maplibre').catch(() => undefined);
