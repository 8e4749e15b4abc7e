// MapLibre, loaded on demand: the list and the versions panel are readable before its ~280 kB
// (gzip) arrive on a slow link. Everything that needs the library at run time comes through here.
import { Map, Popup, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';

// Vite serves the worker as its own file; without this the built app logs "Worker failed to load".
setWorkerUrl(workerUrl);

export { Map, Popup };
